import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from './app.module';
import { loadConfig } from './config/app.config';
import { buildOpenApiDocument } from './openapi';

/**
 * Writes the API's OpenAPI document (`openapi.cli <file>`, or to stdout), with no database: Nest's
 * preview mode reads the modules, controllers and DTOs without creating a provider, so nothing
 * connects. The web app's types (apps/web/src/lib/api-types.ts) are generated from this document.
 */
async function main() {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(loadConfig(), 'postgres://openapi.invalid/none'),
    new FastifyAdapter(),
    { preview: true, logger: false },
  );
  app.setGlobalPrefix('api');
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  const target = process.argv[2];
  if (target) writeFileSync(resolve(target), json);
  else process.stdout.write(json);
  await app.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
