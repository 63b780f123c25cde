import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/**
 * Applies any pending migrations, each in its own transaction. Several instances starting together
 * take turns (a PostgreSQL advisory lock): the first applies them, the others find none pending.
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  return withMigrationSource(databaseUrl, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) new Logger('Migrations').log(`Applied ${applied.map((m) => m.name).join(', ')}`);
    return applied.map((m) => m.name);
  });
}

/**
 * Undoes the most recently applied migrations (one by default), newest first, each in its own
 * transaction. Answers the names undone; fewer than asked when there were fewer to undo.
 */
export async function revertMigrations(databaseUrl: string, count = 1): Promise<string[]> {
  return withMigrationSource(databaseUrl, async (dataSource) => {
    const reverted: string[] = [];
    for (let i = 0; i < count; i++) {
      const executed = await dataSource.query(`SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1`).catch(() => []);
      if (!executed.length) break;
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted.push(executed[0].name);
      new Logger('Migrations').log(`Reverted ${executed[0].name}`);
    }
    return reverted;
  });
}

/** Which migrations are applied and which are still to run. */
export async function migrationState(databaseUrl: string): Promise<{ applied: string[]; pending: string[] }> {
  return withMigrationSource(databaseUrl, async (dataSource) => {
    const applied: string[] = (await dataSource.query(`SELECT name FROM migrations ORDER BY "timestamp", id`).catch(() => [])).map((row: { name: string }) => row.name);
    const pending = dataSource.migrations
      .map((m) => m.name ?? m.constructor.name)
      .filter((name) => !applied.includes(name))
      .sort((a, b) => timestampOf(a) - timestampOf(b)); // TypeORM's own order: the timestamp each name ends with
    return { applied, pending };
  });
}

function timestampOf(migrationName: string): number {
  return Number(/(\d{13})$/.exec(migrationName)?.[1] ?? 0);
}

/** The advisory lock every process that changes the schema takes first (any fixed number would do). */
export const MIGRATION_LOCK = 7_341_902_211;

/** Runs `work` holding the migration lock, on a connection of its own that ends (releasing the lock) whatever happens. */
export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: databaseUrl, application_name: 'send-tracker migration lock' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await lock.end().catch(() => undefined);
  }
}

async function withMigrationSource<T>(databaseUrl: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  return withMigrationLock(databaseUrl, async () => {
    const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 1 } });
    await dataSource.initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });
}
