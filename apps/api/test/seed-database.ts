import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app.config';
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
