import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app.config';
import { openDatabase } from '../db/database';
import { SeedService } from './seed.service';

/** `npm run seed`: migrates and loads the Plymouth plan if it is not there yet. Safe to run twice. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), { logger: ['error', 'warn', 'log'] });
    const result = await app.get(SeedService).seedPlymouth();
    console.log(result.created ? `Loaded the Plymouth plan (${result.planId})` : `The Plymouth plan is already loaded (${result.planId}); nothing changed`);
    await app.close();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
