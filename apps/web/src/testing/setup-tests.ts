import '@testing-library/jest-dom';
import { cleanup } from '@testing-library/react';

// Every test stubs the calls it expects (see test-utils.tsx); anything else fails the test.
beforeEach(() => {
  globalThis.fetch = jest.fn((input: RequestInfo | URL) => {
    throw new Error(`Unexpected request in a component test: ${String(input)}`);
  }) as typeof fetch;
});

afterEach(() => {
  cleanup();
});
