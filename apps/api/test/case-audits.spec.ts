import { plymouthPlanId } from './governance';
import { bootTestApp, buildPlan, call, callAs, ownerQuery, Session, TestApp, TestPlan } from './test-app';
import { signInAs } from './updates';

const GRADES = {
  identification_of_need: 'good', assessment: 'good', quality_of_ehc_plan: 'requires_improvement',
  childs_voice: 'inadequate', multi_agency_working: 'good', outcomes: 'outstanding',
};

/**
 * Multi-agency case audits: a plan manager records an audit of a child's files by its case
 * reference (never a name), graded per domain; managers, moderators and board members read them,
 * advisers read only the counted summary.
 */
describe('case audits', () => {
  let app: TestApp;
  let manager: Session;
  let moderator: Session;
  let board: Session;
  let adviser: Session;
  let owner: Session;
  let viewer: Session;
  let scrutiny: Session;
  let t: TestPlan;

  beforeAll(async () => {
    app = await bootTestApp();
    manager = await signInAs(app, 'Head of SEND', ['plan_manager']);
    moderator = await signInAs(app, 'Service Director', ['moderator']);
    board = await signInAs(app, 'Board member', ['board_member']);
    adviser = await signInAs(app, 'DfE SEND adviser', ['adviser']);
    owner = await signInAs(app, 'Owner', ['action_owner']);
    viewer = await signInAs(app, 'Viewer', ['viewer']);
    scrutiny = await signInAs(app, 'Scrutiny', ['scrutiny']);
    t = await buildPlan(app);
  }, 60_000);
  afterAll(() => app.close());

  const record = (body: Record<string, unknown>, as: Session = manager, planId = t.plan.id) =>
    callAs(app, as, 'POST', `/api/plans/${planId}/case-audits`, body);

  it('is recorded by a plan manager with its organisations, grades, themes and priority areas, and in the audit trail', async () => {
    const res = await record({
      reference: 'CA-2025-01', auditDate: '2025-01-22', auditorOrganisationIds: [t.council.id, t.icb.id], grades: GRADES,
      strengths: 'The family felt listened to.', learningThemes: ['Health advice arrives late', ' Outcomes are vague '], priorityAreaIds: [t.areas[1].id, t.areas[0].id],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      planId: t.plan.id, reference: 'CA-2025-01', auditDate: '2025-01-22', grades: GRADES, strengths: 'The family felt listened to.',
      learningThemes: ['Health advice arrives late', 'Outcomes are vague'], illustrative: false, recordedBy: { label: 'Head of SEND' }, version: 1,
    });
    expect(res.body.auditorOrganisations.map((o: { name: string }) => o.name).sort()).toEqual(['Test ICB', 'Test council']);
    expect(res.body.priorityAreas.map((p: { number: number }) => p.number)).toEqual([1, 2]);
    const audit = await call(app, 'GET', `/api/audit?entityType=case_audit&entityId=${res.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['create']);
    for (const session of [manager, moderator, board]) {
      expect((await callAs(app, session, 'GET', `/api/case-audits/${res.body.id}`)).status).toBe(200);
      const list = await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/case-audits`);
      expect(list.body.items.map((a: { id: string }) => a.id)).toContain(res.body.id);
    }
  });

  it('refuses a field it does not know, such as a name, naming the field (400)', async () => {
    const res = await record({ reference: 'NAME-TEST-1', name: 'Jamie Smith', auditDate: '2025-01-22', grades: GRADES });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    const nested = await record({ reference: 'NAME-TEST-1', auditDate: '2025-01-22', grades: { ...GRADES, childName: 'Jamie' } });
    expect(nested.status).toBe(400);
    expect(nested.body.errors.map((e: { field: string }) => e.field)).toEqual(['grades.childName']);
    expect((await ownerQuery(`SELECT 1 FROM case_audit WHERE reference = 'NAME-TEST-1'`)).length).toBe(0);
  });

  it('refuses a reference that is not a reference (a name has no digit), bad grades and dates, field by field (400)', async () => {
    const res = await record({ reference: 'Jamie', auditDate: 'yesterday', grades: { ...GRADES, outcomes: 'brilliant' }, learningThemes: [''] });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['auditDate', 'grades.outcomes', 'learningThemes', 'reference']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'reference').message).toMatch(/never a child's name/);
    for (const reference of ['CA 2025 01', 'A'.repeat(31) + '1', 'CA-\u00002025']) {
      const bad = await record({ reference, auditDate: '2025-01-22', grades: GRADES });
      expect([reference, bad.status]).toEqual([reference, 400]);
    }
    const missing = await record({ reference: 'CA-9', auditDate: '2025-01-22' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('grades');
    const foreignArea = await record({ reference: 'CA-10', auditDate: '2025-01-22', grades: GRADES, priorityAreaIds: [(await buildPlan(app)).areas[0].id] });
    expect(foreignArea.status).toBe(400);
    expect(foreignArea.body.errors).toEqual([expect.objectContaining({ field: 'priorityAreaIds' })]);
    const unknownOrg = await record({ reference: 'CA-11', auditDate: '2025-01-22', grades: GRADES, auditorOrganisationIds: ['00000000-0000-4000-8000-000000000001'] });
    expect(unknownOrg.status).toBe(400);
    expect(unknownOrg.body.errors).toEqual([expect.objectContaining({ field: 'auditorOrganisationIds' })]);
  });

  it('is corrected with the version it was read at: a stale version is refused (409)', async () => {
    const created = (await record({ reference: 'CA-2025-03', auditDate: '2025-01-23', grades: GRADES })).body;
    const first = await callAs(app, manager, 'PATCH', `/api/case-audits/${created.id}`, { version: created.version, learningThemes: ['Transition planning starts too late'] });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ learningThemes: ['Transition planning starts too late'], version: created.version + 1 });
    const stale = await callAs(app, manager, 'PATCH', `/api/case-audits/${created.id}`, { version: created.version, strengths: 'Late edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([expect.objectContaining({ field: 'version' })]);
    expect((await callAs(app, manager, 'PATCH', `/api/case-audits/${created.id}`, { version: first.body.version, name: 'Jamie' })).status).toBe(400);
    const audit = await call(app, 'GET', `/api/audit?entityType=case_audit&entityId=${created.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('is summarised as counts per grade per domain and learning themes with counts', async () => {
    const s = await buildPlan(app);
    const grade = (g: string) => Object.fromEntries(Object.keys(GRADES).map((k) => [k, g]));
    expect((await record({ reference: 'S-1', auditDate: '2025-01-20', grades: grade('good'), learningThemes: ['Health advice arrives late'] }, manager, s.plan.id)).status).toBe(201);
    expect((await record({ reference: 'S-2', auditDate: '2025-01-21', grades: { ...grade('inadequate'), outcomes: 'good' }, learningThemes: ['health advice arrives late.', 'Transition'] }, manager, s.plan.id)).status).toBe(201);
    for (const session of [manager, moderator, board, adviser]) {
      const res = await callAs(app, session, 'GET', `/api/plans/${s.plan.id}/case-audits/summary`);
      expect(res.status).toBe(200);
      expect(res.body.audits).toBe(2);
      expect(res.body.domains.map((d: { domain: string }) => d.domain)).toEqual(Object.keys(GRADES));
      expect(res.body.domains.find((d: { domain: string }) => d.domain === 'outcomes').counts).toEqual({ outstanding: 0, good: 2, requires_improvement: 0, inadequate: 0 });
      expect(res.body.domains.find((d: { domain: string }) => d.domain === 'assessment').counts).toEqual({ outstanding: 0, good: 1, requires_improvement: 0, inadequate: 1 });
      expect(res.body.learningThemes).toEqual([{ theme: 'Health advice arrives late', count: 2 }, { theme: 'Transition', count: 1 }]);
      // The summary names no case.
      expect(JSON.stringify(res.body)).not.toMatch(/S-1|S-2/);
    }
  });

  it('is read by plan managers, moderators and board members only; recorded by plan managers only', async () => {
    const created = (await record({ reference: 'CA-2025-04', auditDate: '2025-01-24', grades: GRADES })).body;
    for (const session of [adviser, owner, viewer, scrutiny]) {
      expect((await callAs(app, session, 'GET', `/api/case-audits/${created.id}`)).status).toBe(403);
      expect((await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/case-audits`)).status).toBe(403);
    }
    for (const session of [owner, viewer, scrutiny]) expect((await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/case-audits/summary`)).status).toBe(403);
    for (const session of [moderator, board, adviser, owner, viewer]) {
      expect((await record({ reference: 'CA-2025-05', auditDate: '2025-01-24', grades: GRADES }, session)).status).toBe(403);
      expect((await callAs(app, session, 'PATCH', `/api/case-audits/${created.id}`, { version: created.version })).status).toBe(403);
    }
    expect((await callAs(app, null, 'GET', `/api/case-audits/${created.id}`)).status).toBe(401);
  });

  it('answers 404 for an unknown plan or audit', async () => {
    const none = '00000000-0000-4000-8000-00000000dead';
    expect((await call(app, 'GET', `/api/case-audits/${none}`)).status).toBe(404);
    expect((await call(app, 'GET', '/api/case-audits/not-an-id')).status).toBe(404);
    expect((await call(app, 'GET', `/api/plans/${none}/case-audits`)).status).toBe(404);
    expect((await call(app, 'GET', `/api/plans/${none}/case-audits/summary`)).status).toBe(404);
    expect((await record({ reference: 'CA-1', auditDate: '2025-01-22', grades: GRADES }, manager, none)).status).toBe(404);
    expect((await call(app, 'PATCH', `/api/case-audits/${none}`, { version: 1 })).status).toBe(404);
  });

  it("seeds Plymouth's six audits of children's files, every one illustrative", async () => {
    const planId = await plymouthPlanId(app);
    const rows = await ownerQuery<{ reference: string; illustrative: boolean }>('SELECT reference, illustrative FROM case_audit WHERE plan_id = $1 ORDER BY reference', [planId]);
    expect(rows.filter((r) => r.reference.startsWith('CA-2025-0')).length).toBe(6);
    expect(rows.filter((r) => r.reference.startsWith('CA-2025-0')).every((r) => r.illustrative)).toBe(true);
    const summary = await call(app, 'GET', `/api/plans/${planId}/case-audits/summary`);
    expect(summary.body.audits).toBeGreaterThanOrEqual(6);
    expect(summary.body.learningThemes[0]).toEqual({ theme: 'Health advice arrives late for EHC needs assessments', count: 3 });
  });
});
