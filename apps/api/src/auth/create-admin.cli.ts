import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { SYSTEM_ACTOR } from '../common/actor';
import { loadConfig } from '../config/app.config';
import { openDatabase } from '../db/database';
import { randomPassword } from './password';
import { UserService } from './user.service';
import { LocalAreaService } from '../local-area/local-area.service';

/**
 * `npm run create-admin -- --email you@example.org --name "Your Name"`: creates an administrator
 * with a random password, printed once (change it after signing in). For installations started
 * with SEED_DEMO=false, which have no accounts.
 */
async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const email = arg('email');
  const name = arg('name') ?? 'Administrator';
  if (!email) throw new Error('Usage: npm run create-admin -- --email you@example.org [--name "Your Name"]');

  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), { logger: ['error', 'warn'] });
    try {
      const password = randomPassword();
      // The installation's administrator belongs to a local area of their own unless one is named.
      const slug = arg('local-area') ?? 'installation';
      const area = await app.get(LocalAreaService).ensureLocalArea({ name: arg('local-area-name') ?? slug, slug });
      await app.get(UserService).createUser({ email, displayName: name, roles: ['admin'], password }, SYSTEM_ACTOR, { localAreaId: area.id, installationAdmin: true });
      console.log(`Created the administrator ${email.toLowerCase()}. Password (shown once, change it after signing in): ${password}`);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const response = (error as { response?: { message?: string } }).response;
  console.error(response?.message ?? error);
  process.exit(1);
});
