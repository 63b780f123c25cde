import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../src/db/embedded-postgres';
import { createScratchDatabase } from './scratch-database';

const API_DIR = join(__dirname, '..');
const MAIN = join(API_DIR, 'dist', 'main.js');
const PASSWORD = 'two-instances-demo-password';

interface Instance {
  base: string;
  output: () => string;
  stop(): Promise<void>;
}

/** The built API as its own process, as it runs in production, on `url`. */
async function startInstance(url: string): Promise<Instance> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: API_DIR,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), SEED_DEMO: 'true', DEMO_PASSWORD: PASSWORD, NODE_ENV: 'production', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const instance: Instance = {
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
  return instance;
}

async function waitUntilServing(instance: Instance): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${instance.base}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The instance did not start:\n${instance.output()}`);
}

/**
 * Two API processes on one database, as behind the `scale` profile's proxy: started together on an
 * empty database, they migrate and seed it once between them; a sign-out on one is honoured by the other.
 */
describe('two API instances on one database', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let instances: Instance[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('Build the API first (npm run build): this test starts dist/main.js');
    database = await createScratchDatabase('instances');
    instances = await Promise.all([startInstance(database.url), startInstance(database.url)]);
    await Promise.all(instances.map(waitUntilServing));
  }, 240_000);
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await database?.drop();
  });

  it('migrate and seed the database once between them when started together', () => {
    const applied = instances.map((i) => (i.output().match(/Applied InitialSchema/g) ?? []).length);
    expect(applied.sort()).toEqual([0, 1]);
    const seeded = instances.map((i) => (i.output().match(/Loaded the plan/g) ?? []).length);
    expect(seeded.sort()).toEqual([0, 1]);
  });

  it('honour a sign-out on one at once on the other', async () => {
    const [one, other] = instances;
    const login = await fetch(`${one.base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'viewer@demo.example', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const me = () => fetch(`${other.base}/api/auth/me`, { headers: { cookie } }).then((r) => r.status);
    // The other instance has checked the session, and keeps it in memory.
    expect(await me()).toBe(200);
    expect(await me()).toBe(200);
    const out = await fetch(`${one.base}/api/auth/logout`, { method: 'POST', headers: { cookie, origin: one.base } });
    expect(out.status).toBeLessThan(300);
    expect(await me()).toBe(401);
  });

  it("answer a plan's summary written on one at once on the other, though the other keeps summaries in memory", async () => {
    const [one, other] = instances;
    const login = await fetch(`${one.base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.example', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const headers = { cookie: login.headers.getSetCookie()[0].split(';')[0] };
    const get = (base: string, path: string) => fetch(base + path, { headers }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const planId = (await get(other.base, '/api/plans')).body.items[0].id as string;
    const actions = (await get(other.base, `/api/actions?planId=${planId}&pageSize=3`)).body.items as { id: string; version: number }[];
    const summary = async (base: string) => (await get(base, `/api/plans/${planId}/summary`)).body as { actions: number };
    const before = await summary(other.base);
    // Read again, so that it answers from memory.
    expect(await summary(other.base)).toEqual(before);
    for (const [n, action] of actions.entries()) {
      const archived = await fetch(`${one.base}/api/actions/${action.id}/archive`, {
        method: 'POST', headers: { ...headers, origin: one.base, 'content-type': 'application/json' }, body: JSON.stringify({ version: action.version }),
      });
      expect(archived.status).toBeLessThan(300);
      // At once, with no pause: the other never answers the figure from before the write.
      expect((await summary(other.base)).actions).toBe(before.actions - n - 1);
      expect((await summary(one.base)).actions).toBe(before.actions - n - 1);
    }
  });
});
