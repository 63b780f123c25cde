import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { runMigrations } from '../src/db/migrate';
import { hasAccounts, resetDemoPasswords, seedDatabase } from './seed-database';

/**
 * Starts one real PostgreSQL for the API tests (embedded, or the server in DATABASE_URL),
 * migrates it and loads the Plymouth plan and its demo accounts, which the dataset tests read. Every other test
 * creates its own plan, so tests never depend on each other's data.
 */
export default async function globalSetup() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'send-test-'));
    const embedded = await startEmbeddedPostgres(dir, 'send_test');
    (globalThis as { __EMBEDDED_PG__?: typeof embedded }).__EMBEDDED_PG__ = embedded;
    url = embedded.url;
  }
  process.env.TEST_DATABASE_URL = url;
  await runMigrations(url);

  // The demo accounts get a password of this run's own, for the tests that sign in as them: from the
  // seed on a new database, and by hand on one an earlier run seeded (the seed keeps existing accounts as they are).
  const demoPassword = randomBytes(12).toString('base64url');
  process.env.TEST_DEMO_PASSWORD = demoPassword;
  const seededBefore = await hasAccounts(url);
  await seedDatabase(url, { demoPassword });
  if (seededBefore) await resetDemoPasswords(url, demoPassword);
}
