import { adminSession, type Session, type TestApp } from './test-app';

export interface FilePart {
  name: string;
  type: string;
  content: Buffer | string;
}

export interface FormOptions {
  /** Who sends it: the test administrator unless given; `null` for no session. */
  session?: Session | null;
  /** The name of the file part (`file` unless given). */
  fileField?: string;
  /** Put the file before the text fields, as some clients do. */
  fileFirst?: boolean;
}

/**
 * Sends a multipart/form-data request through the whole HTTP stack, built the way a browser
 * builds one (the platform's FormData, serialised by the platform's Request).
 */
export async function postForm(app: TestApp, url: string, fields: Record<string, string>, file?: FilePart, options: FormOptions = {}) {
  const form = new FormData();
  const appendFile = () => file && form.append(options.fileField ?? 'file', new Blob([file.content], { type: file.type }), file.name);
  if (options.fileFirst) appendFile();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (!options.fileFirst) appendFile();
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  const session = options.session === undefined ? await adminSession(app) : options.session;
  const headers: Record<string, string> = { 'content-type': request.headers.get('content-type')! };
  if (session) headers.cookie = session.cookie;
  const res = await app.inject({ method: 'POST', url, payload, headers });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: type.includes('json') ? res.json() : res.body, headers: res.headers };
}

/** The start of a real PDF, then filler: enough for any content check. */
export function pdfBytes(size = 2048): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + 7) % 256;
  return Buffer.concat([head, body]).subarray(0, size);
}

/** Downloads a file as the test administrator (or `session`), keeping the raw bytes. */
export async function fetchFile(app: TestApp, url: string, session?: Session | null) {
  const who = session === undefined ? await adminSession(app) : session;
  return app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
}
