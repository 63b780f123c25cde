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
    throw new ApiError(0, 'The service could not be reached. Check your connection and try again.');
  }

  const text = response.status === 204 ? '' : await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const envelope = (data ?? {}) as Partial<ErrorEnvelope>;
    const message =
      typeof envelope.message === 'string' && envelope.message
        ? envelope.message
        : (FALLBACK_MESSAGES[response.status] ?? 'Sorry, there is a problem with the service. Try again later.');
    const errors = Array.isArray(envelope.errors) ? envelope.errors.filter(isFieldError) : [];
    throw new ApiError(response.status, message, errors, envelope.current);
  }
  return data as T;
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
