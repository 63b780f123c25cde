/** The web app's configuration, read once from Vite's build-time environment. */
export interface WebEnv {
  /** Where the API lives; empty for the same origin (the API serves the app). */
  apiUrl: string;
}

function readEnv(): WebEnv {
  const raw = import.meta.env.VITE_API_URL as unknown;
  if (raw !== undefined && (typeof raw !== 'string' || (raw !== '' && !/^https?:\/\//.test(raw)))) {
    throw new Error('VITE_API_URL must be an http(s) URL, or empty for the same origin');
  }
  return { apiUrl: (raw ?? '').replace(/\/$/, '') };
}

export const env: WebEnv = readEnv();
