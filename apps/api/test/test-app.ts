import { runInLocalAreas } from '../src/db/local-area-context';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/db/data-source';
import { Client } from 'pg';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@send/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import { createApp } from '../src/app.factory';
import { UserService } from '../src/auth/user.service';
import { LocalAreaService } from '../src/local-area/local-area.service';
import { PLYMOUTH_LOCAL_AREA } from '../src/seed/seed.service';
import { SYSTEM_ACTOR } from '../src/common/actor';
import { AppConfig, loadConfig } from '../src/config/app.config';

export type TestApp = NestFastifyApplication;

/** Boots the real app (Fastify, pipes, filters, TypeORM) against the test database (or another one, by its URL). */
export async function bootTestApp(config: Partial<AppConfig> = {}, url = process.env.TEST_DATABASE_URL): Promise<TestApp> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the API tests through Jest, whose global setup starts PostgreSQL');
  // Job queue workers look for work often, and retry soon, so that tests of queued work are quick. Each Jest
  // worker has a queue of its own: test files run side by side on one database, and a job queued by one
  // file's app must not be taken by another file's app, configured otherwise (a closed SMTP server, say).
  const jobs = { pollingSeconds: 0.5, retryDelaySeconds: 1, retryLimit: 3, schema: `pgboss_test_${process.env.JEST_WORKER_ID ?? '1'}` };
  const app = await createApp(loadConfig({}, { logLevel: 'error', webDist: '/nonexistent', jobs, ...config }), url);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in browser: the session cookie to send, and who it belongs to. */
export interface Session {
  cookie: string;
  user: { id: string; email: string; displayName: string; roles: Role[]; organisationId: string | null; personId: string | null; localAreaId: string; installationAdmin: boolean };
}

/** An account made for a test, with the password to sign in with. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/**
 * Sends a request through the whole HTTP stack as a signed-in administrator (one per app, signed
 * in once through the real login route) and parses the JSON answer.
 */
export async function call<T = any>(app: TestApp, method: Method, url: string, payload?: unknown): Promise<Reply<T>> {
  return callAs<T>(app, await adminSession(app), method, url, payload);
}

/** Sends a request as `session`'s user, or with no session at all (`null`). */
export async function callAs<T = any>(app: TestApp, session: Session | null, method: Method, url: string, payload?: unknown): Promise<Reply<T>> {
  const res = await app.inject({ method, url, payload: payload as never, headers: session ? { cookie: session.cookie } : {} });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: (type.includes('json') ? res.json() : res.body) as T, headers: res.headers };
}

/** Signs in through `POST /api/auth/login` and keeps the session cookie. Throws if refused. */
export async function signIn(app: TestApp, user: { email: string; password: string }): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
  if (res.statusCode !== 200) throw new Error(`signIn failed for ${user.email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'send_session' || c.name === '__Host-send_session');
  if (!cookie) throw new Error('signIn: the answer set no session cookie');
  return { cookie: `${cookie.name}=${cookie.value}`, user: res.json().user };
}

/**
 * One raw sign-in attempt, from a client address of its own (random, unless given) so that failed
 * attempts in one test never throttle another test's sign-ins. Answers the raw reply.
 */
export function attemptSignIn(app: TestApp, email: string, password: string, address = randomAddress()) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: address });
}

/** A client address from the range reserved for documentation: never a real host. */
export const randomAddress = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

export const testPassword = () => `pw-${randomBytes(12).toString('base64url')}`;

/** Creates an account through `POST /api/users` (as the administrator); its email is unique. */
export async function createUser(
  app: TestApp,
  options: { roles: Role[]; organisationId?: string | null; personId?: string | null; canEditOrganisationActions?: boolean; displayName?: string },
): Promise<TestUser> {
  const email = `${unique(options.roles.join('-') || 'user')}@example.test`;
  const password = testPassword();
  const res = await call(app, 'POST', '/api/users', {
    email, password, displayName: options.displayName ?? `Test ${options.roles.join(' and ')}`, roles: options.roles,
    ...(options.organisationId !== undefined ? { organisationId: options.organisationId } : {}),
    ...(options.personId !== undefined ? { personId: options.personId } : {}),
    ...(options.canEditOrganisationActions !== undefined ? { canEditOrganisationActions: options.canEditOrganisationActions } : {}),
  });
  if (res.status !== 201) throw new Error(`createUser failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, email, password };
}

const adminSessions = new WeakMap<TestApp, Promise<Session>>();

/** The administrator `call` acts as: created once per app (directly, as no one can sign in yet), then signed in. */
export function adminSession(app: TestApp): Promise<Session> {
  let session = adminSessions.get(app);
  if (!session) {
    session = (async () => {
      const email = `${unique('admin')}@example.test`;
      const password = testPassword();
      // In the demo's local area, beside the Plymouth plan the dataset tests read.
      const area = await app.get(LocalAreaService).ensureLocalArea(PLYMOUTH_LOCAL_AREA);
      await app.get(UserService).createUser({ email, password, displayName: 'Test administrator', roles: ['admin'] }, SYSTEM_ACTOR, { localAreaId: area.id });
      return signIn(app, { email, password });
    })();
    adminSessions.set(app, session);
  }
  return session;
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

/**
 * A statement run as the database's owner, past row-level security (the app itself works as the
 * send_app role): for tests that look behind the API or act as an operator would in SQL.
 */
export async function ownerQuery<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const testDataSources = new WeakMap<TestApp, Promise<DataSource>>();

/**
 * A DataSource for tests that read or write the database behind the API: as the owner, past
 * row-level security, and writing (through the columns' default) into the demo's local area, where
 * `call`'s administrator keeps every test's data. Closed with the app.
 */
export function testDataSource(app: TestApp): Promise<DataSource> {
  let found = testDataSources.get(app);
  if (!found) {
    found = (async () => {
      const area = await app.get(LocalAreaService).ensureLocalArea(PLYMOUTH_LOCAL_AREA);
      const url = (app.get(DataSource).options as { url: string }).url; // the app's own database: a test may boot one on a scratch database
      const dataSource = new DataSource({ ...dataSourceOptions(url), extra: { max: 2, options: `-c app.local_area_ids=${area.id}` } });
      await dataSource.initialize();
      const close = app.close.bind(app);
      app.close = async () => {
        await dataSource.destroy();
        await close();
      };
      return dataSource;
    })();
    testDataSources.set(app, found);
  }
  return found;
}

/** Runs service-level work (what a timetabled job does) in the demo's local area, where the tests' data is. */
export async function inDemoArea<T>(app: TestApp, work: () => Promise<T>): Promise<T> {
  const area = await app.get(LocalAreaService).ensureLocalArea(PLYMOUTH_LOCAL_AREA);
  return runInLocalAreas([area.id], work);
}
