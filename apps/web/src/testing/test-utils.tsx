import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { unexpectedRequest } from './unexpected-requests';

export interface StubbedResponse {
  status?: number;
  body?: unknown;
  /**
   * For an upload (XMLHttpRequest): the shares of the body reported sent, in order, before the
   * answer; a promise in the list holds the upload there until it settles.
   */
  uploadProgress?: (number | Promise<unknown>)[];
}

type Handler = (url: URL, init: RequestInit) => StubbedResponse | undefined;

/**
 * Stubs fetch and XMLHttpRequest (used for uploads): each handler answers the requests it
 * recognises; a request nobody answers fails the test. Returns the list of requests made, for assertions.
 */
export function stubApi(...handlers: Handler[]) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  globalThis.XMLHttpRequest = fakeXhr(handlers, calls);
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL((input instanceof Request ? input.url : String(input)), 'http://localhost');
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body });
    for (const h of handlers) {
      const r = h(url, init);
      if (r) {
        const text = r.body === undefined ? '' : JSON.stringify(r.body);
        return new Response(text, { status: r.status ?? 200, headers: { 'Content-Type': 'application/json' } });
      }
    }
    throw unexpectedRequest(`${method} ${url.pathname}${url.search}`);
  }) as typeof fetch;
  return calls;
}

/** Answers one method and path (exactly, query ignored). */
export const on =
  (method: string, path: string, response: StubbedResponse | ((url: URL, init: RequestInit) => StubbedResponse)): Handler =>
  (url, init) =>
    (init.method ?? 'GET') === method && url.pathname === path ? (typeof response === 'function' ? response(url, init) : response) : undefined;

/** Renders UI inside a fresh query client and a memory router at `path`. */
export function renderWithProviders(ui: ReactElement, { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: route, element: ui }, { path: '*', element: <p>Elsewhere</p> }], { initialEntries: [path] });
  return {
    client,
    router,
    ...render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}

/** An XMLHttpRequest that answers from the same handlers as the stubbed fetch, with upload progress events. */
function fakeXhr(handlers: Handler[], calls: { method: string; url: URL; body: unknown }[]): typeof XMLHttpRequest {
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = new URL('http://localhost/');
    private aborted = false;

    open(method: string, url: string) {
      this.method = method;
      this.url = new URL(url, 'http://localhost');
    }

    setRequestHeader() {}

    abort() {
      this.aborted = true;
      this.onabort?.();
    }

    send(body: unknown) {
      calls.push({ method: this.method, url: this.url, body });
      const init = { method: this.method, body } as RequestInit;
      const answer = handlers.map((h) => h(this.url, init)).find(Boolean);
      void (async () => {
        if (!answer) {
          unexpectedRequest(`upload ${this.method} ${this.url.pathname}`);
          this.onerror?.();
          return;
        }
        const total = 1000;
        for (const step of answer.uploadProgress ?? []) {
          if (typeof step === 'number') this.upload.onprogress?.({ lengthComputable: true, loaded: step * total, total });
          else await step;
          await new Promise((r) => setTimeout(r, 0));
        }
        if (this.aborted) return;
        this.status = answer.status ?? 200;
        this.responseText = answer.body === undefined ? '' : JSON.stringify(answer.body);
        this.onload?.();
      })();
    }
  }
  return FakeXhr as unknown as typeof XMLHttpRequest;
}
