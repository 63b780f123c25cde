import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../src/db/embedded-postgres';

export const API_DIR = join(__dirname, '..');

export interface BenchDatabase {
  url: string;
  server: string;
  stop(): Promise<void>;
}

/**
 * A fresh database for the run: on the server of DATABASE_URL when given (created, and dropped
 * afterwards), otherwise on an embedded PostgreSQL in a temporary folder (removed afterwards).
 */
export async function openBenchDatabase(givenUrl: string | undefined): Promise<BenchDatabase> {
  const name = `send_bench_${Date.now()}`;
  if (givenUrl) {
    const admin = new Client({ connectionString: givenUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(givenUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      server: `the PostgreSQL of DATABASE_URL (${url.host})`,
      async stop() {
        const dropper = new Client({ connectionString: givenUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'send-bench-'));
  const embedded = await startEmbeddedPostgres(dir, name);
  return {
    url: embedded.url,
    server: 'an embedded PostgreSQL in a temporary folder',
    async stop() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A server this run started, as a child process; its output is kept for when it fails. */
export interface Server {
  base: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export async function startServer(name: string, args: string[], env: Record<string, string>, readyPath: string): Promise<Server> {
  const port = await findFreePort();
  const child = spawn(process.execPath, args, {
    cwd: API_DIR,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const server: Server = {
    base,
    child,
    output: () => lines.join(''),
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolveStop();
        });
        child.kill('SIGTERM');
      }),
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${server.output()}`);
    try {
      const res = await fetch(base + readyPath);
      if (res.status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`${name} did not answer within two minutes:\n${server.output()}`);
}
