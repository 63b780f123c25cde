import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, STATE_FILE, type BrowserTestState } from './environment';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const API_MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');
const WEB_INDEX = join(ROOT, 'apps', 'web', 'dist', 'index.html');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Starts the real built app once for the browser tests: the API's dist/main.js, serving the built
 * web app, with its own embedded PostgreSQL in a temporary data directory and the Plymouth plan.
 */
export default async function globalSetup() {
  const chromePath = findChromium(); // Fails with the install hint before anything starts.
  for (const [file, what] of [
    [API_MAIN, 'the API'],
    [WEB_INDEX, 'the web app'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`The browser tests need ${what} built (${file} is missing): run npm run build`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'send-browser-'));
  const port = await freePort();
  const demoPassword = 'browser-tests-demo-password';
  // Always its own embedded PostgreSQL, whatever server the environment names.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const logFile = join(dataDir, 'app.log');
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: join(ROOT, 'apps', 'api'),
    env: { ...inherited, PORT: String(port), DATA_DIR: dataDir, DEMO_PASSWORD: demoPassword, LOG_LEVEL: 'warn', INIT_CWD: dataDir },
    // Output goes to a file, not a pipe: PostgreSQL, started by the app, inherits it and would
    // otherwise hold a pipe to this process open after the tests.
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const output = () => readFileSync(logFile, 'utf8').slice(-4000);

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) {
      const message = `The app stopped while starting (exit ${child.exitCode}):\n${output()}`;
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(message);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { headers: { connection: 'close' } });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const message = `The app did not start within 4 minutes:\n${output()}`;
      child.kill('SIGTERM');
      throw new Error(message);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const state: BrowserTestState = { baseUrl, pid: child.pid!, dataDir, chromePath, demoPassword };
  writeFileSync(STATE_FILE, JSON.stringify(state));
  (globalThis as { __SEND_APP__?: typeof child }).__SEND_APP__ = child;
}
