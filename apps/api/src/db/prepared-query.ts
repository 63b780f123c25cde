import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a read that every request makes (the session check, the plan summary) as a named prepared
 * statement on the app's own pool: PostgreSQL parses and plans it once per connection instead of on
 * every call, and TypeORM's query runner is skipped. `name` must always come with the same `text`.
 */
export async function queryPrepared<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
