import type { Role } from '@send/domain';
import { randomUUID } from 'node:crypto';
import { createApp } from '../src/app.factory';
import type { Actor } from '../src/common/actor';
import { loadConfig } from '../src/config/app.config';
import type { Reply, TestApp } from './test-app';

const ACTOR_HEADER = 'x-test-actor';

/**
 * Boots the real app with one addition for tests that need several identities: a request may
 * carry its actor in a test-only header. The production app has no such hook.
 */
export async function bootTestAppWithActors(): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the API tests through Jest, whose global setup starts PostgreSQL');
  const app = await createApp(loadConfig({}, { logLevel: 'error', webDist: '/nonexistent' }), url);
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request) => {
    const header = request.headers[ACTOR_HEADER];
    if (typeof header === 'string') (request as unknown as { actor: Actor }).actor = JSON.parse(header) as Actor;
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** A signed-in user with these roles (and, for an action owner, the person they act as). */
export function actor(label: string, roles: Role[], personId: string | null = null): Actor {
  return { id: randomUUID(), label, roles, organisationId: null, personId };
}

export async function callActing<T = any>(
  app: TestApp, who: Actor, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown,
): Promise<Reply<T>> {
  const res = await app.inject({ method, url, payload: payload as never, headers: { [ACTOR_HEADER]: JSON.stringify(who) } });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: (type.includes('json') ? res.json() : res.body) as T, headers: res.headers };
}
