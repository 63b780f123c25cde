import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BrowserTestState {
  baseUrl: string;
  pid: number;
  dataDir: string;
  chromePath: string;
  demoPassword: string;
}

/** Where global setup tells the test files how to reach the app (one run at a time per user). */
// One file per Jest run: global setup (in the run's main process) names it and passes the name to the
// test workers through the environment, so two runs on one machine never share an app.
export const STATE_FILE = (process.env.SEND_BROWSER_STATE ??= join(tmpdir(), `send-browser-tests-${process.pid}.json`));

/** Debian's Chromium, or CHROME_PATH; without either the run fails with how to install it. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found at /usr/bin/chromium or CHROME_PATH: apt-get install chromium');
  return found;
}

export function testState(): BrowserTestState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as BrowserTestState;
}
