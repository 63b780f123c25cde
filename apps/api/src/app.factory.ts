import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { UnauthorizedException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module';
import { SessionService } from './auth/session.service';
import { compileResponses } from './common/compiled-response';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { logAnswer, useAppLogging } from './common/logging';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import { runInRequestScope } from './db/local-area-context';
import { MULTIPART_LIMITS } from './evidence/evidence-upload';
import { buildOpenApiDocument } from './openapi';
import type { AppConfig } from './config/app.config';

/** Builds the one HTTP app: the API under /api, its OpenAPI document at /api/docs, the web app at /. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // A correlation id per request, returned to the client and logged with each line.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 100) : randomUUID()),
    bodyLimit: 1024 * 1024,
    // Forwarded addresses and schemes are believed only from the proxies configured (TRUST_PROXY).
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, { logger: useAppLogging(config) });
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  // Security headers on every answer, worked out once. The API docs page needs inline styles; its
  // relaxed policy applies to the /api/docs routes only.
  const headers = securityHeaders(SECURITY_HEADERS);
  const docsHeaders = securityHeaders(DOCS_SECURITY_HEADERS);
  const sessions = app.get(SessionService);
  // Every answer's headers are set when the request arrives: one synchronous hook, the cheapest
  // Fastify runs.
  fastify.addHook('onRequest', (request, reply, done) => {
    const url = request.url;
    const docs = url.startsWith('/api/docs');
    void reply.headers(docs ? docsHeaders : headers);
    reply.header('x-request-id', request.id);
    // Browsers remember HSTS; send it only where HTTPS is really in use (behind a TLS proxy).
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (url.startsWith('/api/auth') || url.startsWith('/api/users')) reply.header('cache-control', 'no-store');
    // The API docs (page, document and scripts) are served outside the controllers, so outside the
    // access guard: they are for signed-in users only.
    if (docs) void assertSignedIn(sessions, request).then(() => done(), done);
    else done();
  });
  // Each request is handled (guard, pipes, handler and all they start) in a scope of its own, which
  // the access guard narrows to the user's local areas. Opened just before the handler, after the
  // body is read: a scope opened earlier would not reach past the body's stream events.
  fastify.addHook('preHandler', (request, _reply, done) => runInRequestScope(request.id, done));
  fastify.addHook('onResponse', (request, reply, done) => {
    logAnswer(request, reply);
    done();
  });
  // Uploads (evidence files, tracker imports): parsed as a stream by the routes that take them, within
  // these limits, which a route may tighten (the JSON body limit above does not apply to multipart bodies).
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const webDist = existsSync(config.webDist) ? config.webDist : undefined;
  app.useGlobalFilters(new HttpExceptionFilter(webDist));

  const document = buildOpenApiDocument(app);
  // Before the routes are registered (app.init): the most read answers are serialised from their schemas.
  compileResponses(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/json' });

  if (webDist) {
    app.useStaticAssets({ root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  return app;
}

const SELF = "'self'";
const CONTENT_SECURITY_POLICY = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  scriptSrcAttr: ["'none'"],
  styleSrc: [SELF],
  imgSrc: [SELF, 'data:'],
  fontSrc: [SELF],
  connectSrc: [SELF],
  manifestSrc: [SELF],
  objectSrc: ["'none'"],
  baseUri: [SELF],
  formAction: [SELF],
  frameAncestors: ["'none'"],
};

/**
 * Strict headers for everything served: the web app (a Vite build served from this origin: its
 * own scripts and styles, no inline script) and the API. HSTS is added only over HTTPS (above).
 */
const SECURITY_HEADERS = {
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  hsts: false,
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'same-origin' as const },
};

/** Swagger UI writes inline styles; nothing else is relaxed. */
const DOCS_SECURITY_HEADERS = {
  ...SECURITY_HEADERS,
  contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY, styleSrc: [SELF, "'unsafe-inline'"] } },
};

async function assertSignedIn(sessions: SessionService, request: FastifyRequest): Promise<void> {
  const token = sessions.tokenOf(request);
  if (!token || !(await sessions.resolve(token))) throw new UnauthorizedException({ message: 'Sign in to continue', errors: [] });
}
