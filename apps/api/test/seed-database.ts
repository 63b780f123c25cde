import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { hashPassword } from '../src/auth/password';
import { loadConfig } from '../src/config/app.config';
import { DEMO_USERS } from '../src/seed/demo-users';
import { SeedService } from '../src/seed/seed.service';

/**
 * Loads the Plymouth plan and its demo accounts into a migrated database, as the app does on its
 * first start, through the app's own services; `now` is the day it is seeded on.
 */
export async function seedDatabase(url: string, { demoPassword, now }: { demoPassword?: string; now?: Date } = {}): Promise<{ planId: string; ms: number }> {
  const started = Date.now();
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot(loadConfig({}, { logLevel: 'error', webDist: '/nonexistent', demoPassword }), url),
    { logger: ['error', 'warn'] },
  );
  try {
    const { planId } = await context.get(SeedService).seedPlymouth({ now });
    return { planId, ms: Date.now() - started };
  } finally {
    await context.close();
  }
}

/** Whether the database holds any account yet: the seed creates the demo accounts only into one with none. */
export async function hasAccounts(url: string): Promise<boolean> {
  const [row] = await query<{ any: boolean }>(url, 'SELECT EXISTS (SELECT 1 FROM app_user) AS any');
  return row.any;
}

/**
 * Gives the demo accounts `password`, as an operator would in SQL, and forgets their failed sign-ins:
 * for a database kept from an earlier run (a DATABASE_URL server), whose seed left the demo accounts
 * with that run's password, since it never changes the password of an account that exists.
 */
export async function resetDemoPasswords(url: string, password: string): Promise<void> {
  const emails = DEMO_USERS.map((u) => u.email);
  await query(url, 'UPDATE app_user SET password_hash = $2 WHERE email = ANY($1)', [emails, await hashPassword(password)]);
  await query(url, 'DELETE FROM login_failure WHERE email = ANY($1)', [emails]);
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
