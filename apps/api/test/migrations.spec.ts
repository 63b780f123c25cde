import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/db/data-source';
import { migrationState, revertMigrations, runMigrations } from '../src/db/migrate';
import { createScratchDatabase } from './scratch-database';

/**
 * Every migration can be undone and applied again, and after them the schema is what the entities
 * describe: a change to an entity without its migration (or a `down` that leaves something behind)
 * fails here rather than in a customer's upgrade.
 */
describe('migrations', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase('migrations');
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it('run up, all the way down and up again on an empty database, leaving nothing pending', async () => {
    const applied = await runMigrations(scratch.url);
    const { pending } = await migrationState(scratch.url);
    expect(applied.length).toBeGreaterThan(10);
    expect(pending).toEqual([]);
    const schemaAfterUp = await schemaOf(scratch.url);

    const reverted = await revertMigrations(scratch.url, applied.length + 1);
    expect(reverted).toEqual([...applied].reverse());
    expect(await migrationState(scratch.url)).toEqual({ applied: [], pending: applied });
    // Down leaves no table of ours behind (only TypeORM's own bookkeeping).
    expect((await schemaOf(scratch.url)).filter((line) => !line.startsWith('migrations.'))).toEqual([]);

    expect(await runMigrations(scratch.url)).toEqual(applied);
    expect(await schemaOf(scratch.url)).toEqual(schemaAfterUp);
  }, 120_000);

  it('leave the schema exactly as the entities describe it (no migration waiting to be generated)', async () => {
    await runMigrations(scratch.url);
    const dataSource = new DataSource({ ...dataSourceOptions(scratch.url), extra: { max: 1 } });
    await dataSource.initialize();
    try {
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      expect(upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});

/** Every column of every table in the public schema, with its type and nullability, sorted. */
async function schemaOf(url: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
  await dataSource.initialize();
  try {
    const rows: { line: string }[] = await dataSource.query(
      `SELECT table_name || '.' || column_name || ' ' || data_type || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END AS line
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
    );
    return rows.map((row) => row.line);
  } finally {
    await dataSource.destroy();
  }
}
