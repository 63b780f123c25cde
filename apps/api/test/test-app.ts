import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app.config';

export type TestApp = NestFastifyApplication;

/** Boots the real app (Fastify, pipes, filters, TypeORM) against the test database. */
export async function bootTestApp(): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the API tests through Jest, whose global setup starts PostgreSQL');
  const app = await createApp(loadConfig({}, { logLevel: 'error', webDist: '/nonexistent' }), url);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Sends a request through the whole HTTP stack and parses the JSON answer. */
export async function call<T = any>(app: TestApp, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<Reply<T>> {
  const res = await app.inject({ method, url, payload: payload as never });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: (type.includes('json') ? res.json() : res.body) as T, headers: res.headers };
}

export const unique = (prefix = 't') => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A small plan of this test's own: two priority areas and two organisations. */
export async function buildPlan(app: TestApp) {
  const slug = unique('plan');
  const plan = (await call(app, 'POST', '/api/plans', { slug, title: `Test plan ${slug}`, localArea: 'Testshire' })).body;
  const areas = [];
  for (const number of [1, 2]) {
    areas.push((await call(app, 'POST', '/api/priority-areas', { planId: plan.id, number, title: `Area ${number}` })).body);
  }
  const council = (await call(app, 'POST', '/api/organisations', { key: unique('council'), name: 'Test council', kind: 'council' })).body;
  const icb = (await call(app, 'POST', '/api/organisations', { key: unique('icb'), name: 'Test ICB', kind: 'nhs_icb' })).body;
  return { plan, areas, council, icb };
}

export type TestPlan = Awaited<ReturnType<typeof buildPlan>>;

export async function buildAction(app: TestApp, t: TestPlan, overrides: Record<string, unknown> = {}) {
  const res = await call(app, 'POST', '/api/actions', {
    priorityAreaId: t.areas[0].id,
    reference: `1.${Math.floor(Math.random() * 1e6)}`,
    title: 'Test action',
    ownerOrganisationId: t.council.id,
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`buildAction failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
