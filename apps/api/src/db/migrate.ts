import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/** Applies any pending migrations, each in its own transaction. */
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

async function withMigrationSource<T>(databaseUrl: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
