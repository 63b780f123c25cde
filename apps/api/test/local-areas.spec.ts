import { UserService } from '../src/auth/user.service';
import { SYSTEM_ACTOR } from '../src/common/actor';
import { LocalAreaService } from '../src/local-area/local-area.service';
import { PLYMOUTH_LOCAL_AREA } from '../src/seed/seed.service';
import { plymouthPlanId } from './governance';
import { adminSession, bootTestApp, call, callAs, Method, ownerQuery, Session, signIn, TestApp, testPassword, unique } from './test-app';
import { postForm } from './tracker';

/**
 * Two local areas on one installation: Plymouth (the seeded demo and every test's own data) and a
 * second one made here through the API. Its administrator sees nothing of Plymouth's: every route
 * of the OpenAPI document, given Plymouth's records, answers 404. An adviser given both reads both
 * and writes nothing.
 */
describe('local areas', () => {
  let app: TestApp;
  let installationAdmin: Session;
  let other: { localArea: { id: string; slug: string }; administrator: { id: string; email: string; password: string } };
  let otherAdmin: Session;
  let plymouth: { id: string };

  beforeAll(async () => {
    app = await bootTestApp();
    const area = await app.get(LocalAreaService).ensureLocalArea(PLYMOUTH_LOCAL_AREA);
    plymouth = { id: area.id };
    const email = `${unique('installation')}@example.test`;
    const password = testPassword();
    await app.get(UserService).createUser({ email, password, displayName: 'Installation administrator', roles: ['admin'] }, SYSTEM_ACTOR, { localAreaId: area.id, installationAdmin: true });
    installationAdmin = await signIn(app, { email, password });
    const slug = unique('area');
    const res = await callAs(app, installationAdmin, 'POST', '/api/local-areas', {
      name: 'Testshire', slug, councilName: 'Testshire County Council', icbName: 'NHS Testshire',
      administrator: { email: `${unique('first-admin')}@Example.test`, displayName: 'Testshire administrator' },
    });
    expect(res.status).toBe(201);
    other = res.body;
    otherAdmin = await signIn(app, other.administrator);
  }, 60_000);
  afterAll(() => app.close());

  describe('made by the installation administrator', () => {
    it('answers the local area and its first administrator, with a random password shown once', async () => {
      expect(other.localArea).toMatchObject({ id: expect.any(String), name: 'Testshire', councilName: 'Testshire County Council', icbName: 'NHS Testshire' });
      expect(other.administrator).toEqual({ id: expect.any(String), email: expect.stringMatching(/^first-admin-.*@example\.test$/), password: expect.any(String) });
      expect(other.administrator.password.length).toBeGreaterThanOrEqual(16);
      expect(otherAdmin.user).toMatchObject({ roles: ['admin'], localAreaId: other.localArea.id, installationAdmin: false });
      const list = await callAs(app, installationAdmin, 'GET', '/api/local-areas');
      expect(list.status).toBe(200);
      expect(list.body.map((a: { slug: string }) => a.slug)).toEqual(expect.arrayContaining(['plymouth', other.localArea.slug]));
    });

    it('refuses a slug or an email already taken (409), bad input field by field (400), and anyone but the installation administrator (403)', async () => {
      const taken = await callAs(app, installationAdmin, 'POST', '/api/local-areas', { name: 'Again', slug: other.localArea.slug, administrator: { email: `${unique('x')}@example.test`, displayName: 'X' } });
      expect(taken.status).toBe(409);
      expect(taken.body.errors).toEqual([{ field: 'slug', message: 'Another local area already has this slug' }]);
      const bad = await callAs(app, installationAdmin, 'POST', '/api/local-areas', { name: '', slug: 'Not A Slug', administrator: { email: 'nope', displayName: 'X' } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['administrator.email', 'name', 'slug']);
      for (const session of [otherAdmin, await adminSession(app)]) {
        expect((await callAs(app, session, 'POST', '/api/local-areas', { name: 'Mine', slug: unique('mine'), administrator: { email: `${unique('y')}@example.test`, displayName: 'Y' } })).status).toBe(403);
        expect((await callAs(app, session, 'GET', '/api/local-areas')).status).toBe(403);
      }
    });
  });

  describe("a user of one local area and another's records", () => {
    /** One of Plymouth's records of each kind a route names, by the path segment before the parameter. */
    let records: Record<string, string>;

    beforeAll(async () => {
      const planId = await plymouthPlanId(app);
      // An import of Plymouth's, so the import routes have a record to be refused.
      const csv = 'Ref,Action,Organisation\n9.1,Imported for the tenancy test,Plymouth City Council\n';
      const imported = await postForm(app, '/api/imports', { planId }, { name: 'tracker.csv', content: Buffer.from(csv), type: 'text/csv' });
      expect(imported.status).toBe(201);
      const one = async (table: string, where = '') =>
        (await ownerQuery<{ id: string }>(`SELECT id::text FROM ${table} WHERE local_area_id = $1 ${where} ORDER BY created_at LIMIT 1`, [plymouth.id]))[0]?.id;
      // A notification of Plymouth's, for the routes that mark one read.
      const [admin] = await ownerQuery<{ id: string }>(`SELECT id::text FROM app_user WHERE local_area_id = $1 ORDER BY created_at LIMIT 1`, [plymouth.id]);
      await ownerQuery(
        `INSERT INTO notification (version, user_id, kind, event_key, title, local_area_id) VALUES (1, $1, 'update_moderated', $2, 'A notice', $3)`,
        [admin.id, unique('tenancy'), plymouth.id],
      );
      // A monitoring evidence pack of Plymouth's, for the routes that publish and download one.
      const readinessPack = await call(app, 'POST', `/api/plans/${planId}/readiness-packs`, {});
      expect([200, 201]).toContain(readinessPack.status);
      records = {
        plans: planId,
        'priority-areas': await one('priority_area'),
        actions: await one('action', `AND plan_id = '${planId}'`),
        updates: await one('status_update'),
        periods: await one('reporting_period', `AND plan_id = '${planId}'`),
        people: await one('person'),
        organisations: await one('organisation'),
        users: (await adminSession(app)).user.id,
        decisions: await one('decision'),
        meetings: await one('meeting'),
        milestones: await one('milestone'),
        evidence: await one('evidence'),
        measures: await one('measure'),
        'measure-values': await one('measure_value'),
        packs: await one('pack'),
        imports: imported.body.id,
        'governance-bodies': await one('governance_body'),
        files: 'board-pack.pdf',
        notifications: await one('notification'),
        'critical-reviews': await one('critical_review'),
        'case-audits': await one('case_audit'),
        inspections: await one('inspection'),
        findings: await one('inspection_finding'),
        // A criterion of the inspection framework (the plan in the path is what is refused).
        sections: 'needs-identified',
        'readiness-packs': readinessPack.body.id,
        voice: await one('voice_item'),
        schools: await one('school'),
        'self-reviews': await one('school_self_review'),
        audits: await one('school_audit'),
      };
      for (const [kind, id] of Object.entries(records)) if (!id) throw new Error(`Plymouth has no record for /${kind}/{id}`);
    }, 60_000);

    const INSTALLATION_ROUTES = ['/api/advisers/', '/api/local-areas/'];
    // What a local area publishes is everyone's, signed in or not, whatever their area: 200 when
    // published, 404 otherwise (public-summary.spec.ts reads another area's published summary).
    const PUBLIC_ROUTES = ['/api/public/'];

    /** What routes need beside their path to get as far as looking the record up. */
    const REQUIRED_QUERY: Record<string, string> = { 'get /api/plans/{planId}/changes': '?from=2025-01-01&to=2025-06-30' };

    /** Every route of the OpenAPI document with a parameter in its path, filled with Plymouth's records. */
    async function routesWithRecords(): Promise<{ method: Method; path: string; url: string }[]> {
      const doc = (await callAs(app, otherAdmin, 'GET', '/api/docs/json')).body as { paths: Record<string, Record<string, unknown>> };
      const routes = [];
      for (const [path, methods] of Object.entries(doc.paths)) {
        if (!path.includes('{')) continue;
        // The installation's own routes (advisers across local areas) are no local area's: refused (403) to
        // everyone but an installation administrator, whatever the id (access-matrix.spec.ts).
        if (INSTALLATION_ROUTES.some((prefix) => path.startsWith(prefix))) continue;
        if (PUBLIC_ROUTES.some((prefix) => path.startsWith(prefix))) continue;
        const url = path.replace(/([^/]+)\/\{[^}]+\}/g, (_, segment: string) => {
          const id = records[segment];
          if (!id) throw new Error(`No Plymouth record for the route ${path}: add one of /${segment}/{id} to the test`);
          return `${segment}/${id}`;
        });
        for (const method of Object.keys(methods)) routes.push({ method: method.toUpperCase() as Method, path, url: url + (REQUIRED_QUERY[`${method} ${path}`] ?? '') });
      }
      return routes;
    }

    it('answers 404 on every route given a record of the other local area, never 403 or the record', async () => {
      const routes = await routesWithRecords();
      expect(routes.length).toBeGreaterThan(30);
      const answers = [];
      for (const r of routes) {
        const res = await callAs(app, otherAdmin, r.method, r.url, r.method === 'GET' ? undefined : { version: 1 });
        answers.push(`${r.method} ${r.path} ${r.method === 'GET' ? res.status : res.status === 400 ? 404 : res.status}`);
      }
      // A write may be refused for its body (400) before anything is looked up; that says nothing about the record.
      expect(answers).toEqual(routes.map((r) => `${r.method} ${r.path} 404`));
      // The same routes answer for Plymouth's own users (the records are real).
      expect((await call(app, 'GET', `/api/plans/${records.plans}/summary`)).status).toBe(200);
    }, 120_000);

    it("reads what another local area has published on the public routes, as anyone may, and nothing it has not", async () => {
      const unpublished = await callAs(app, otherAdmin, 'GET', `/api/public/plans/${records.plans}`);
      const published = await call(app, 'POST', `/api/plans/${records.plans}/public-summary/publish`);
      expect(published.status).toBe(201);
      expect([404, 200]).toContain(unpublished.status); // 200 when another test published it first
      for (const url of [`/api/public/plans/${records.plans}`, '/api/public/local-areas/plymouth']) {
        const res = await callAs(app, otherAdmin, 'GET', url);
        expect([url, res.status]).toEqual([url, 200]);
      }
      // Its own private routes stay closed to the other area.
      expect((await callAs(app, otherAdmin, 'GET', `/api/plans/${records.plans}/public-summary`)).status).toBe(404);
      expect((await callAs(app, otherAdmin, 'GET', `/api/public/local-areas/${other.localArea.slug}`)).status).toBe(404);
    });

    it("lists none of the other local area's records", async () => {
      const users = await callAs(app, otherAdmin, 'GET', '/api/users');
      expect(users.body.items.map((u: { id: string; localAreaId: string }) => [u.id, u.localAreaId])).toEqual([[other.administrator.id, other.localArea.id]]);
      for (const url of ['/api/plans', '/api/organisations', '/api/people', '/api/actions', '/api/updates', '/api/decisions', '/api/meetings', '/api/governance-bodies']) {
        const res = await callAs(app, otherAdmin, 'GET', url);
        const items = (res.body.items ?? res.body) as unknown[];
        expect(`${url} ${res.status === 200 ? items.length : res.status}`).toMatch(new RegExp(`^${url} (0|404)$`));
      }
      // The audit trail holds only the area's own events: its administrator signing in.
      const audit = await callAs(app, otherAdmin, 'GET', '/api/audit?pageSize=200');
      expect(audit.body.items.map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`)).toEqual([`sign_in ${other.administrator.id}`]);
      const filtered = await callAs(app, otherAdmin, 'GET', `/api/actions?planId=${records.plans}`);
      expect([404, 200]).toContain(filtered.status);
      if (filtered.status === 200) expect(filtered.body.items).toEqual([]);
    });

    it("sees none of the other's schools, reviews or expectations, nor its overview", async () => {
      expect((await callAs(app, otherAdmin, 'GET', '/api/schools')).body).toEqual([]);
      expect((await callAs(app, otherAdmin, 'GET', '/api/expectations')).status).toBe(404);
      const overview = (await callAs(app, otherAdmin, 'GET', '/api/school-reviews/thematic-summary')).body;
      expect(overview.schoolsVisited).toBe(0);
    });

    it("creates its own plans, organisations and people beside the other's, with the same slugs and keys", async () => {
      const plan = await callAs(app, otherAdmin, 'POST', '/api/plans', { slug: 'plymouth-send-2023', title: 'Testshire plan', localArea: 'Testshire' });
      expect(plan.status).toBe(201);
      const org = await callAs(app, otherAdmin, 'POST', '/api/organisations', { key: 'plymouth-city-council', name: 'Testshire County Council', kind: 'council' });
      expect(org.status).toBe(201);
      const [row] = await ownerQuery('SELECT local_area_id::text FROM plan WHERE id = $1', [plan.body.id]);
      expect(row.local_area_id).toBe(other.localArea.id);
      expect((await call(app, 'GET', `/api/plans/${plan.body.id}`)).status).toBe(404);
    });
  });

  describe('an import', () => {
    it("makes and fills plans in the importer's local area only", async () => {
      const csv = Buffer.from('Ref,Action,Organisation\n1.1,Publish the local offer,Testshire County Council\n');
      const intoTheirs = await postForm(app, '/api/imports', { planId: await plymouthPlanId(app) }, { name: 'tracker.csv', content: csv, type: 'text/csv' }, otherAdmin);
      expect(intoTheirs.status).toBe(400);
      expect(intoTheirs.body.errors).toEqual([{ field: 'planId', message: 'There is no plan with this id' }]);

      const preview = await postForm(app, '/api/imports', { title: 'Testshire imported plan', localArea: 'Testshire' }, { name: 'tracker.csv', content: csv, type: 'text/csv' }, otherAdmin);
      expect(preview.status).toBe(201);
      const committed = await callAs(app, otherAdmin, 'POST', `/api/imports/${preview.body.id}/commit`, { version: preview.body.version });
      expect(committed.status).toBe(200);
      const planId = committed.body.result.planId;
      const areas = await ownerQuery(
        `SELECT DISTINCT local_area_id::text AS id FROM (SELECT local_area_id FROM plan WHERE id = $1 UNION ALL SELECT local_area_id FROM action WHERE plan_id = $1
           UNION ALL SELECT o.local_area_id FROM organisation o JOIN action a ON a.owner_organisation_id = o.id WHERE a.plan_id = $1) t`,
        [planId],
      );
      expect(areas).toEqual([{ id: other.localArea.id }]);
      expect((await call(app, 'GET', `/api/plans/${planId}`)).status).toBe(404);
    });
  });

  describe('an adviser', () => {
    let adviser: Session;
    let adviserId: string;
    let otherPlanId: string;

    beforeAll(async () => {
      otherPlanId = (await callAs(app, otherAdmin, 'POST', '/api/plans', { slug: unique('adviser-plan'), title: 'Testshire plan to advise on', localArea: 'Testshire' })).body.id;
      const email = `${unique('adviser')}@example.test`;
      const password = testPassword();
      const user = await app.get(UserService).createUser({ email, password, displayName: 'DfE SEND adviser', roles: ['adviser'] }, SYSTEM_ACTOR, { localAreaId: plymouth.id });
      adviser = await signIn(app, { email, password });
      adviserId = user.id;
      // Before the installation administrator gives it Testshire, it reads Plymouth only.
      expect((await callAs(app, adviser, 'GET', `/api/plans/${otherPlanId}/summary`)).status).toBe(404);
      const given = await callAs(app, installationAdmin, 'PUT', `/api/advisers/${user.id}/local-areas`, { localAreaIds: [other.localArea.id, plymouth.id] });
      expect(given.status).toBe(200);
      // Its own local area is always its own: only Testshire is kept as advised.
      expect(given.body).toMatchObject({ id: user.id, localArea: { id: plymouth.id }, advisedLocalAreas: [{ id: other.localArea.id, name: 'Testshire', slug: other.localArea.slug }] });
    });

    it('is given its local areas by the installation administrator only, with bad input refused field by field', async () => {
      const list = await callAs(app, installationAdmin, 'GET', '/api/advisers');
      expect(list.status).toBe(200);
      expect(list.body.find((a: { id: string }) => a.id === adviserId)).toMatchObject({ displayName: 'DfE SEND adviser', advisedLocalAreas: [{ id: other.localArea.id }] });
      for (const session of [otherAdmin, await adminSession(app), adviser]) {
        expect((await callAs(app, session, 'GET', '/api/advisers')).status).toBe(403);
        expect((await callAs(app, session, 'PUT', `/api/advisers/${adviserId}/local-areas`, { localAreaIds: [] })).status).toBe(403);
      }
      const unknownArea = await callAs(app, installationAdmin, 'PUT', `/api/advisers/${adviserId}/local-areas`, { localAreaIds: ['00000000-0000-4000-8000-000000000000'] });
      expect(unknownArea.status).toBe(400);
      expect(unknownArea.body.errors).toEqual([{ field: 'localAreaIds', message: 'There is no local area with id 00000000-0000-4000-8000-000000000000' }]);
      const notIds = await callAs(app, installationAdmin, 'PUT', `/api/advisers/${adviserId}/local-areas`, { localAreaIds: ['plymouth', 'plymouth'], extra: 1 });
      expect(notIds.status).toBe(400);
      expect(notIds.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'localAreaIds']);
      expect((await callAs(app, installationAdmin, 'PUT', `/api/advisers/${other.administrator.id}/local-areas`, { localAreaIds: [] })).body.errors)
        .toEqual([{ field: 'userId', message: 'Testshire administrator is not an adviser: give the account the adviser role first' }]);
      expect((await callAs(app, installationAdmin, 'PUT', '/api/advisers/00000000-0000-4000-8000-000000000000/local-areas', { localAreaIds: [] })).status).toBe(404);
      // Nothing above changed what it reads.
      expect((await callAs(app, adviser, 'GET', `/api/plans/${otherPlanId}/summary`)).status).toBe(200);
    });

    it('reads the plans of both its local areas', async () => {
      const planId = await plymouthPlanId(app);
      expect((await callAs(app, adviser, 'GET', `/api/plans/${planId}/summary`)).status).toBe(200);
      expect((await callAs(app, adviser, 'GET', `/api/plans/${otherPlanId}/summary`)).status).toBe(200);
      const plans = (await callAs(app, adviser, 'GET', '/api/plans?pageSize=200')).body.items.map((p: { id: string }) => p.id);
      expect(plans).toEqual(expect.arrayContaining([planId, otherPlanId]));
    });

    it("reads a plan with the plan's own local area in sight: what the plan's own administrator reads, and nothing once the area is taken away", async () => {
      const planId = await plymouthPlanId(app);
      const reads = (id: string) => [
        `/api/plans/${id}`, `/api/plans/${id}/summary`, `/api/plans/${id}/summary?asAt=2025-06-30`,
        `/api/plans/${id}/changes?from=2024-01-01&to=2026-01-01`, `/api/actions?planId=${id}&pageSize=200`, `/api/actions?planId=${id}&deliveryStatus=off_track`,
      ];
      for (const [id, owner] of [[planId, await adminSession(app)], [otherPlanId, otherAdmin]] as const) {
        for (const path of reads(id)) {
          const [asAdviser, asOwner] = [await callAs(app, adviser, 'GET', path), await callAs(app, owner, 'GET', path)];
          expect([path, asAdviser.status]).toEqual([path, 200]);
          expect(asAdviser.body).toEqual(asOwner.body);
        }
      }
      // The plan's area, once learnt, is not a way in: taken away, Testshire's plan is out of sight again.
      expect((await callAs(app, installationAdmin, 'PUT', `/api/advisers/${adviserId}/local-areas`, { localAreaIds: [] })).status).toBe(200);
      try {
        const deadline = Date.now() + 5_000;
        let status = 0;
        do {
          status = (await callAs(app, adviser, 'GET', `/api/plans/${otherPlanId}/summary`)).status;
          if (status !== 404) await new Promise((r) => setTimeout(r, 50));
        } while (status !== 404 && Date.now() < deadline);
        expect(status).toBe(404);
        expect((await callAs(app, adviser, 'GET', `/api/actions?planId=${otherPlanId}`)).body.items).toEqual([]);
      } finally {
        expect((await callAs(app, installationAdmin, 'PUT', `/api/advisers/${adviserId}/local-areas`, { localAreaIds: [other.localArea.id] })).status).toBe(200);
      }
    });

    it('writes nothing: every write route answers 403', async () => {
      const doc = (await callAs(app, adviser, 'GET', '/api/docs/json')).body as { paths: Record<string, Record<string, unknown>> };
      const writes = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).filter((m) => m !== 'get').map((m) => ({ method: m.toUpperCase() as Method, path })))
        // Their own session, password, notifications and email choices are anyone's to change; an unsubscribe link needs no sign-in.
        .filter((r) => !['/api/auth/', '/api/notifications', '/api/notification-preferences', '/api/unsubscribe'].some((own) => r.path.startsWith(own)));
      expect(writes.length).toBeGreaterThan(20);
      const answers = [];
      for (const r of writes) {
        const url = r.path.replace(/\{[^}]+\}/g, otherPlanId);
        answers.push(`${r.method} ${r.path} ${(await callAs(app, adviser, r.method, url, {})).status}`);
      }
      expect(answers).toEqual(writes.map((r) => `${r.method} ${r.path} 403`));
    }, 60_000);

    it("sees each local area's headline figures side by side", async () => {
      const res = await callAs(app, adviser, 'GET', '/api/local-areas/summary');
      expect(res.status).toBe(200);
      const bySlug = Object.fromEntries(res.body.map((s: { localArea: { slug: string } }) => [s.localArea.slug, s]));
      expect(Object.keys(bySlug).sort()).toEqual(['plymouth', other.localArea.slug].sort());
      expect(bySlug.plymouth.actions).toBeGreaterThanOrEqual(55);
      expect(bySlug.plymouth).toMatchObject({ byImpactStatus: expect.any(Object), byDeliveryStatus: expect.any(Object), offTrack: expect.any(Number), overdue: expect.any(Number), measures: expect.any(Number), measuresOffTrack: expect.any(Number) });
      expect(bySlug[other.localArea.slug].plans.map((p: { id: string }) => p.id)).toContain(otherPlanId);
      // A user of one local area sees only their own.
      const own = await callAs(app, otherAdmin, 'GET', '/api/local-areas/summary');
      expect(own.body.map((s: { localArea: { slug: string } }) => s.localArea.slug)).toEqual([other.localArea.slug]);
    });

    it('loses a local area at once when the installation administrator takes it away, in the session it already has', async () => {
      const taken = await callAs(app, installationAdmin, 'PUT', `/api/advisers/${adviserId}/local-areas`, { localAreaIds: [] });
      expect(taken.body.advisedLocalAreas).toEqual([]);
      expect((await callAs(app, adviser, 'GET', `/api/plans/${otherPlanId}/summary`)).status).toBe(404);
      const audit = await ownerQuery<{ before: unknown; after: unknown }>(
        "SELECT before, after FROM audit_event WHERE entity_id = $1 AND action = 'advised_local_areas' ORDER BY id DESC LIMIT 1", [adviserId]);
      expect(audit[0]).toEqual({ before: { localAreaIds: [other.localArea.id] }, after: { localAreaIds: [] } });
    });
  });
});
