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

// Used by the TypeORM CLI (`migration:generate`); it needs DATABASE_URL.
export default new DataSource(dataSourceOptions(loadConfig().databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/send_tracker'));
