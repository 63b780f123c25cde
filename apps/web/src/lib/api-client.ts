import { env } from '@/config/env';

/** One problem with one field, as the API reports it: `{ field: 'dueDate', message: '...' }`. */
export interface FieldError {
  field: string;
  message: string;
}

/** The API's error envelope. A 409 carries the record as it is now in `current`. */
export interface ErrorEnvelope {
  message: string;
  errors: FieldError[];
  current?: unknown;
}

/** A refused or failed call: status 0 when the service could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The messages for one field (exact name, or a dotted path below it such as `values.0`). */
  messagesFor(field: string): string[] {
    return this.fieldErrors.filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(x: unknown): x is ApiError {
  return x instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  query?: QueryParams;
  /** JSON-encoded unless it is FormData (sent as multipart). */
  body?: unknown;
  signal?: AbortSignal;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'The request was not accepted. Check what you entered.',
  401: 'You need to sign in.',
  403: 'You do not have permission to do this.',
  404: 'Page not found.',
  409: 'Someone else changed this while you were working on it.',
  413: 'The file is too large.',
};

export function toQueryString(query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (options.body instanceof FormData) {
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}${path}${toQueryString(options.query)}`, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw unreachable();
  }
  return settle<T>(response.status, response.status === 204 ? '' : await response.text());
}

const unreachable = () => new ApiError(0, 'The service could not be reached. Check your connection and try again.');

/** The body of an answer, or the ApiError its envelope describes: one reading for fetch and upload alike. */
function settle<T>(status: number, text: string): T {
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (status < 200 || status >= 300) {
    const envelope = (data ?? {}) as Partial<ErrorEnvelope>;
    const message =
      typeof envelope.message === 'string' && envelope.message
        ? envelope.message
        : (FALLBACK_MESSAGES[status] ?? 'Sorry, there is a problem with the service. Try again later.');
    const errors = Array.isArray(envelope.errors) ? envelope.errors.filter(isFieldError) : [];
    throw new ApiError(status, message, errors, envelope.current);
  }
  return data as T;
}

export interface UploadOptions {
  query?: QueryParams;
  signal?: AbortSignal;
  /** Told the share of the body sent so far (0 to 1), as the browser sends it. */
  onProgress?: (sent: number) => void;
}

/**
 * POSTs a multipart form and reports how much of it has been sent. fetch cannot report upload
 * progress, so this one call goes through XMLHttpRequest; the answer is read as `request` reads it.
 */
function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${env.apiUrl}${path}${toQueryString(options.query)}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress?.(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      try {
        resolve(settle<T>(xhr.status, xhr.status === 204 ? '' : xhr.responseText));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => reject(unreachable());
    xhr.onabort = () => reject(new DOMException('The upload was stopped', 'AbortError'));
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was stopped', 'AbortError'));
      return;
    }
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

function isFieldError(x: unknown): x is FieldError {
  return typeof x === 'object' && x !== null && typeof (x as FieldError).field === 'string' && typeof (x as FieldError).message === 'string';
}

/** The one client for the API: JSON in and out, errors as ApiError. */
export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** A multipart POST with upload progress (see `upload`). */
  upload: <T>(path: string, form: FormData, options?: UploadOptions) => upload<T>(path, form, options),
};

/** A page of results, as every list endpoint returns. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Fetches every page of a list (200 at a time, the API's maximum). */
export async function getAllPages<T>(path: string, query: QueryParams = {}, signal?: AbortSignal): Promise<T[]> {
  const pageSize = 200;
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await api.get<Page<T>>(path, { query: { ...query, page, pageSize }, signal });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}
