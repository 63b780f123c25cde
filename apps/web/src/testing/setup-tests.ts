import '@testing-library/jest-dom';
import { cleanup } from '@testing-library/react';
import { takeUnexpectedRequests, unexpectedRequest } from './unexpected-requests';

// Every test stubs the calls it expects (see test-utils.tsx); anything else fails the test, even
// when the component shows the failure and the test's assertions still hold.
beforeEach(() => {
  takeUnexpectedRequests();
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    throw unexpectedRequest(`${init.method ?? 'GET'} ${(input instanceof Request ? input.url : String(input))}`);
  }) as typeof fetch;
});

afterEach(() => {
  cleanup();
  const unexpected = takeUnexpectedRequests();
  if (unexpected.length) throw new Error(`The test made requests that no stub answers:\n  ${unexpected.join('\n  ')}`);
});
