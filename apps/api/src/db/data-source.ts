import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { loadConfig } from '../config/app.config';

/** One set of options for the app, the tests and the migration CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10 },
  };
}

/** The role the API works as, switched to as each connection opens: row-level security applies to it. */
export const APP_DATABASE_ROLE = 'send_app';

/**
 * The app's own connections: as the app role, not as the owner that migrations run as, so that
 * PostgreSQL's row-level security keeps every query within the local areas in sight.
 */
export function appDataSourceOptions(url: string): DataSourceOptions {
  return { ...dataSourceOptions(url), extra: { max: 10, options: `-c role=${APP_DATABASE_ROLE}` } };
}

// Used by the TypeORM CLI (`migration:generate`); it needs DATABASE_URL.
export default new DataSource(dataSourceOptions(loadConfig().databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/send_tracker'));
