import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

export interface StubbedResponse {
  status?: number;
  body?: unknown;
}

type Handler = (url: URL, init: RequestInit) => StubbedResponse | undefined;

/**
 * Stubs fetch: each handler answers the requests it recognises; a request nobody answers
 * fails the test. Returns the list of requests made, for assertions.
 */
export function stubApi(...handlers: Handler[]) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body });
    for (const h of handlers) {
      const r = h(url, init);
      if (r) {
        const text = r.body === undefined ? '' : JSON.stringify(r.body);
        return new Response(text, { status: r.status ?? 200, headers: { 'Content-Type': 'application/json' } });
      }
    }
    throw new Error(`Unexpected request in a component test: ${method} ${url.pathname}${url.search}`);
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
