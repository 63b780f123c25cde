import 'reflect-metadata';
import { loadConfig } from '../config/app.config';
import { openDatabase } from './database';
import { migrationState, revertMigrations } from './migrate';

/**
 * `npm run migration:run`: applies pending migrations (to DATABASE_URL, or the embedded PostgreSQL
 * under DATA_DIR). `npm run migration:revert [-- N]`: undoes the last N applied migrations (1 by
 * default). `npm run migration:status`: lists what is applied and what is pending.
 */
async function main(command: string | undefined, arg: string | undefined) {
  const config = loadConfig();
  const database = await openDatabase(config, { migrate: command === 'run' });
  try {
    if (command === 'run') {
      console.log('The database is at the newest migration');
    } else if (command === 'revert') {
      const count = arg === undefined ? 1 : Number(arg);
      if (!Number.isInteger(count) || count < 1) throw new UsageError(`The number of migrations to revert must be a whole number of 1 or more, not "${arg}"`);
      const reverted = await revertMigrations(database.url, count);
      console.log(reverted.length ? `Reverted ${reverted.join(', ')}` : 'No migration is applied; nothing to revert');
    } else if (command === 'status') {
      const { applied, pending } = await migrationState(database.url);
      console.log(`Applied (${applied.length}):\n${applied.map((name) => `  ${name}`).join('\n')}`);
      console.log(`Pending (${pending.length}):\n${pending.map((name) => `  ${name}`).join('\n')}`);
    } else {
      throw new UsageError('Usage: migrate.cli.js run | revert [N] | status');
    }
  } finally {
    await database.stop();
  }
}

class UsageError extends Error {}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof Error && (error instanceof UsageError || error.name === 'ConfigError') ? error.message : error);
  process.exit(1);
});
