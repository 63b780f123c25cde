import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

/**
 * The logs as an operator reads them: the built app started as `npm start` starts it, its output
 * read line by line.
 */
describe('logging', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does)`);
  });

  it('LOG_FORMAT=json writes JSON lines, and a line logged inside a request carries its id', async () => {
    const app = await startApp({ LOG_FORMAT: 'json' });
    try {
      // A write whose Origin is this host over HTTPS: the cross-site check refuses it and logs why.
      const res = await fetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { origin: app.url.replace('http:', 'https:'), 'content-type': 'application/json', 'x-request-id': 'req-log-test-1' },
        body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong' }),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('x-request-id')).toBe('req-log-test-1');
      const lines = await app.linesUntil((line) => line.includes('"statusCode":403'));
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>); // every line is JSON
      const warning = records.find((record) => record.context === 'CrossSiteCheck');
      expect(warning).toMatchObject({ level: 40, reqId: 'req-log-test-1' });
      expect(records.find((record) => String(record.msg).startsWith('POST /api/auth/login 403 in '))).toMatchObject({ reqId: 'req-log-test-1' });
      // Start-up lines (before any request) are JSON too, and the route table is not among them.
      expect(records.some((record) => String(record.msg).startsWith('Serving the dashboard'))).toBe(true);
      expect(records.some((record) => record.context === 'RouterExplorer' || record.context === 'RoutesResolver')).toBe(false);
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('shows the route table only at LOG_LEVEL=debug', async () => {
    const app = await startApp({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' });
    try {
      const records = (await app.linesUntil((line) => line.includes('Serving the dashboard'))).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(records.filter((record) => record.context === 'RouterExplorer').length).toBeGreaterThan(50);
      expect(records.find((record) => record.context === 'RouterExplorer')).toMatchObject({ level: 20 });
    } finally {
      await app.stop();
    }
  }, 60_000);
});

interface RunningApp {
  url: string;
  /** Every line written so far, waiting until one matches. */
  linesUntil(match: (line: string) => boolean): Promise<string[]>;
  stop(): Promise<void>;
}

async function startApp(env: Record<string, string>): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, DATABASE_URL: process.env.TEST_DATABASE_URL, PORT: String(port), SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  const waiters: (() => void)[] = [];
  const take = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts.filter((line) => line.trim() !== ''));
    waiters.splice(0).forEach((wake) => wake());
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const linesUntil = async (match: (line: string) => boolean) => {
    const deadline = Date.now() + 30_000;
    while (!lines.some(match)) {
      if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${lines.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`No matching line in 30 s:\n${lines.join('\n')}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return [...lines];
  };
  await linesUntil((line) => line.includes('Serving the dashboard'));
  return {
    url: `http://localhost:${port}`,
    linesUntil,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
