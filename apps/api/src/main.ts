import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { useAppLogging } from './common/logging';
import { ConfigError, loadConfig } from './config/app.config';
import { openDatabase } from './db/database';
import { SeedService } from './seed/seed.service';

async function bootstrap() {
  const config = loadConfig();
  useAppLogging(config);
  const logger = new Logger('Bootstrap');
  const database = await openDatabase(config);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`);
    try {
      await app?.close();
    } finally {
      await database.stop();
      process.exit(0);
    }
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    app = await createApp(config, database.url);
    // Initialised before seeding: the database pool is scoped to local areas as the modules start.
    await app.init();
    if (config.seedDemo) {
      const seeded = await app.get(SeedService).seedPlymouth();
      if (!seeded.created) logger.log('The Plymouth plan is already loaded; reusing the existing data');
    }
    await app.listen(config.port, '0.0.0.0');
    logger.log(`Serving the dashboard at http://localhost:${config.port}/ and the API at http://localhost:${config.port}/api (docs: /api/docs)`);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
