import { randomUUID } from 'node:crypto';
import { UserService } from '../src/auth/user.service';
import { SYSTEM_ACTOR } from '../src/common/actor';
import { LocalAreaService } from '../src/local-area/local-area.service';
import { PLYMOUTH_LOCAL_AREA } from '../src/seed/seed.service';
import { bootTestApp, buildAction, buildPlan, call, createUser, signIn, TestApp, testPassword, unique } from './test-app';
import { buildBody, buildMeeting } from './governance';
import { postForm } from './tracker';
import { buildPerson, openPeriod } from './updates';

/**
 * Every route of the OpenAPI document, called as an administrator with input meant to break it: a
 * NUL character (which PostgreSQL refuses in text), numbers too large for any column, and JSON
 * nested 5,000 deep. None may answer 500; each must be a 400, naming the field where it can.
 */

interface Schema {
  type?: string;
  format?: string;
  example?: unknown;
  enum?: unknown[];
  items?: Schema;
  $ref?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
}

interface Operation {
  parameters?: { name: string; in: 'path' | 'query'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Attempt {
  method: string;
  url: string;
  payload?: string;
  what: string;
}

const NUL = 'a\u0000b';
// Sent as raw JSON text: JavaScript would round the second one.
const HUGE_NUMBERS = ['1e308', '99999999999999999999'];
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('hostile input on every route', () => {
  let app: TestApp;
  let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  /** Records of this test's own, by the name a path or body field gives them. */
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await bootTestApp();
    document = (await call(app, 'GET', '/api/docs/json')).body;
    const t = await buildPlan(app);
    const person = await buildPerson(app, t);
    const action = await buildAction(app, t, { ownerPersonId: person.id });
    const period = await openPeriod(app, t.plan.id);
    const update = (await call(app, 'POST', `/api/actions/${action.id}/updates`, { narrative: 'Progress' })).body;
    const milestone = (await call(app, 'POST', `/api/actions/${action.id}/milestones`, { title: 'Step' })).body;
    const evidence = (await call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'document', title: 'Doc', date: '2025-01-09', url: 'https://example.org/doc' })).body;
    const measure = (await call(app, 'POST', '/api/measures', { planId: t.plan.id, title: 'Visits', unit: 'count', polarity: 'higher_is_better' })).body;
    const value = (await call(app, 'POST', `/api/measures/${measure.id}/values`, { periodEnd: '2025-01-31', value: 10 })).body;
    const body = await buildBody(app, t);
    const meeting = await buildMeeting(app, body.id);
    const decision = (await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'decision', text: 'Agreed' })).body;
    const pack = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    const imported = (await postForm(app, '/api/imports', { planId: t.plan.id }, { name: 'tracker.csv', type: 'text/csv', content: `Ref,Action,Organisation\n9.1,New action,${t.council.name}\n` })).body;
    const review = (await call(app, 'POST', `/api/plans/${t.plan.id}/critical-reviews`, { reviewDate: '2025-01-09', title: 'Critical review' })).body;
    const grades = { identification_of_need: 'good', assessment: 'good', quality_of_ehc_plan: 'good', childs_voice: 'good', multi_agency_working: 'good', outcomes: 'good' };
    const caseAudit = (await call(app, 'POST', `/api/plans/${t.plan.id}/case-audits`, { reference: 'CA-1', auditDate: '2025-01-22', grades })).body;
    const user = await createUser(app, { roles: ['viewer'] });
    const voice = (await call(app, 'POST', `/api/plans/${t.plan.id}/voice`, { source: 'survey', voiceOf: 'parent_carers', heardOn: '2025-01-09', kind: 'recommendation', words: 'More short breaks' })).body;
    for (const [name, record] of Object.entries({ update, milestone, evidence, measure, value, pack, imported, decision, review, voice, caseAudit })) {
      if (!record?.id) throw new Error(`Could not build the ${name} the test needs: ${JSON.stringify(record)}`);
    }
    ids = {
      planId: t.plan.id, priorityAreaId: t.areas[0].id, actionId: action.id, organisationId: t.council.id, ownerOrganisationId: t.council.id,
      personId: person.id, ownerPersonId: person.id, leadPersonId: person.id, periodId: period.id, bodyId: body.id, meetingId: meeting.id,
      // The record a path's {id} names, by the segment before it.
      users: user.id, 'priority-areas': t.areas[0].id, actions: action.id, milestones: milestone.id, evidence: evidence.id, meetings: meeting.id,
      decisions: decision.id, packs: pack.id, measures: measure.id, 'measure-values': value.id, organisations: t.council.id, people: person.id,
      updates: update.id, imports: imported.id, 'critical-reviews': review.id, voice: voice.id, 'case-audits': caseAudit.id,
    };
  });
  afterAll(() => app.close());

  const resolve = (schema: Schema): Schema => (schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema);

  /** A value the field would accept, so that the hostile one is the only thing wrong with the body. */
  function sample(name: string, schema: Schema): unknown {
    const s = resolve(schema);
    if (s.enum?.length) return s.enum[0];
    if (s.format === 'uuid') return ids[name] ?? randomUUID();
    if (s.example !== undefined) return name === 'email' ? `${unique('e')}@example.test` : s.example;
    if (s.type === 'array') return [];
    if (s.type === 'boolean') return false;
    if (s.type === 'number' || s.type === 'integer') return 1;
    if (s.properties) return {};
    if (s.type === 'object') return null;
    if (/password/i.test(name)) return 'a long enough password';
    if (name === 'key' || name === 'slug') return unique('k');
    return 'Text';
  }

  function bodyOf(schema: Schema): Record<string, unknown> {
    const s = resolve(schema);
    const body: Record<string, unknown> = {};
    for (const name of s.required ?? []) body[name] = sample(name, s.properties![name]);
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      if (resolve(prop).type === 'number' && !(name in body)) body[name] = sample(name, prop);
    }
    return body;
  }

  function attempts(): Attempt[] {
    const list: Attempt[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [verb, operation] of Object.entries(operations)) {
        const method = verb.toUpperCase();
        const params = operation.parameters ?? [];
        const fill = (replace?: [string, string]) =>
          template.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
            if (replace && replace[0] === name) return replace[1];
            if (name === 'id') return ids[template.slice(0, offset - 1).split('/').pop()!] ?? randomUUID();
            if (name === 'name') return 'board-pack.pdf';
            return ids[name] ?? randomUUID();
          });
        const url = fill();
        const json = operation.requestBody?.content['application/json'];
        const body = json ? bodyOf(json.schema) : undefined;
        // The path or query string is the only thing wrong with the request.
        const payload = body ? JSON.stringify(body) : undefined;
        for (const param of params.filter((p) => p.in === 'path')) {
          for (const bad of ['%00', ...HUGE_NUMBERS]) list.push({ method, url: fill([param.name, bad]), payload, what: `path ${param.name}=${bad}` });
        }
        for (const param of params.filter((p) => p.in === 'query')) {
          for (const bad of ['a%00b', ...HUGE_NUMBERS]) list.push({ method, url: `${url}?${param.name}=${bad}`, payload, what: `query ${param.name}=${bad}` });
        }
        if (!json || !body) continue;
        list.push({ method, url, payload: deepJson(5000), what: 'JSON nested 5,000 deep' });
        for (const name of Object.keys(resolve(json.schema).properties ?? {})) {
          list.push({ method, url, payload: JSON.stringify({ ...body, [name]: NUL }), what: `body ${name} with NUL` });
          const raw = JSON.stringify({ ...body, [name]: 0 });
          for (const huge of HUGE_NUMBERS) list.push({ method, url, payload: raw.replace(`"${name}":0`, `"${name}":${huge}`), what: `body ${name}=${huge}` });
        }
      }
    }
    return list;
  }

  it('answers no 500 anywhere, and 400 naming the field for a NUL, a page out of range and deep JSON', async () => {
    // An installation administrator, so that the routes that make local areas get as far as reading their input.
    const email = `${unique('installation')}@example.test`;
    const password = testPassword();
    const area = await app.get(LocalAreaService).ensureLocalArea(PLYMOUTH_LOCAL_AREA);
    await app.get(UserService).createUser({ email, password, displayName: 'Installation administrator', roles: ['admin'] }, SYSTEM_ACTOR, { localAreaId: area.id, installationAdmin: true });
    const cookie = (await signIn(app, { email, password })).cookie;
    const list = attempts();
    expect(list.length).toBeGreaterThan(500);
    const failures: unknown[] = [];
    for (const attempt of list) {
      const res = await app.inject({
        method: attempt.method as 'GET', url: attempt.url,
        ...(attempt.payload ? { payload: attempt.payload, headers: { cookie, 'content-type': 'application/json' } } : { headers: { cookie } }),
      });
      const answer = { route: `${attempt.method} ${attempt.url.split('?')[0]}`, what: attempt.what, status: res.statusCode, body: res.body.slice(0, 300) };
      if (res.statusCode >= 500) failures.push(answer);
      const field = /^(path|query|body) (\w+)/.exec(attempt.what)?.[2];
      const named = (expected: string) => res.statusCode === 400 && (res.json().errors as { field: string }[]).some((e) => e.field === expected);
      if (attempt.what.includes('NUL') || attempt.what.includes('%00')) {
        if (!named(field!)) failures.push({ ...answer, expected: `400 naming ${field}` });
      }
      if (/^query page(Size)?=\d/.test(attempt.what) && !named(field!)) failures.push({ ...answer, expected: `400 naming ${field}` });
      if (attempt.what.startsWith('JSON nested') && !named('a')) failures.push({ ...answer, expected: '400 naming a' });
    }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL in a multipart text field too', async () => {
    const res = await postForm(app, '/api/imports', { title: NUL, localArea: 'Testshire' }, { name: 'tracker.csv', type: 'text/csv', content: 'Ref,Action\n1.1,A\n' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'title', message: 'title contains a NUL character (\\u0000), which no text can hold' }]);
  });
});
