/**
 * Requests a component test made that no stub answered. The request itself fails (as a network
 * error would), which a component may show and carry on from; the test fails after it, in
 * setup-tests.ts, so a forgotten stub can never pass unnoticed.
 */
const unexpected: string[] = [];

export function unexpectedRequest(description: string): Error {
  unexpected.push(description);
  return new Error(`Unexpected request in a component test: ${description}`);
}

/** Empties the list, answering what it held. */
export function takeUnexpectedRequests(): string[] {
  return unexpected.splice(0);
}
