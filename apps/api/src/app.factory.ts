import fastifyMultipart from '@fastify/multipart';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module';
import { validationException } from './common/error-envelope';
import { HttpExceptionFilter } from './common/http-exception.filter';
import type { AppConfig } from './config/app.config';

/** Builds the one HTTP app: the API under /api, its OpenAPI document at /api/docs, the web app at /. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // A correlation id per request, returned to the client and logged with each line.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 100) : randomUUID()),
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: levelsFrom(config.logLevel),
    bufferLogs: true,
  });
  app.useLogger(new Logger());
  app.getHttpAdapter().getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Uploads (multipart/form-data), read as a stream by the routes that take them; each route may set tighter limits.
  await app.register(fastifyMultipart, { limits: { fileSize: 25 * 1024 * 1024 } });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  const webDist = existsSync(config.webDist) ? config.webDist : undefined;
  app.useGlobalFilters(new HttpExceptionFilter(webDist));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SEND Improvement Plan tracker API')
      .setDescription('Plans, priority areas, actions, milestones, organisations, people and the audit trail.')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/json' });

  if (webDist) {
    app.useStaticAssets({ root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  return app;
}

function levelsFrom(level: AppConfig['logLevel']) {
  const all = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as unknown as ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}
