import { CURRENT_INSPECTION_FRAMEWORK, frameworkCriteria } from '@send/domain';
import { plymouthPlanId } from './governance';
import { pdfBytes, postForm } from './multipart';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, ownerQuery, Session, signIn, TestApp, TestPlan } from './test-app';

const CRITERIA = frameworkCriteria(CURRENT_INSPECTION_FRAMEWORK);
const SECTION = { evaluation: 'Needs are identified earlier than in 2023: the graduated approach is in every school.', strengths: 'Early help', areasToDevelop: 'Timeliness of EHC needs assessments', grade: 'inconsistent' };

/** The partnership's self-evaluation: one section per criterion of the inspection framework, each save a version. */
describe('the self-evaluation', () => {
  let app: TestApp;
  let t: TestPlan;
  let url: string;
  let evidenceId: string;
  let measureId: string;
  let findingId: string;
  const as: Record<string, Session> = {};

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
    url = `/api/plans/${t.plan.id}/self-evaluation`;
    const action = await buildAction(app, t);
    const evidence = await postForm(app, `/api/actions/${action.id}/evidence`, { type: 'audit', title: 'Dip sample of EHC plans', description: 'Autumn', date: '2024-12-20', demonstratesImpact: 'true' }, { name: 'dip.pdf', type: 'application/pdf', content: pdfBytes() });
    evidenceId = evidence.body.id;
    measureId = (await call(app, 'POST', '/api/measures', { planId: t.plan.id, title: 'EHC plans issued within 20 weeks', unit: 'percent', polarity: 'higher_is_better' })).body.id;
    const inspection = (await call(app, 'POST', `/api/plans/${t.plan.id}/inspections`, { date: '2023-06-20', kind: 'full' })).body;
    findingId = (await call(app, 'POST', `/api/inspections/${inspection.id}/findings`, { kind: 'area_for_improvement', number: 1, text: 'Plans do not put children at their centre', title: 'Children at the centre of plans' })).body.id;
    for (const role of ['plan_manager', 'moderator', 'action_owner', 'board_member', 'viewer', 'adviser', 'scrutiny'] as const) {
      as[role] = await signIn(app, await createUser(app, { roles: [role] }));
    }
  }, 60_000);
  afterAll(() => app.close());

  it('answers every criterion of the current framework, in order, unwritten at first', async () => {
    const res = await callAs(app, as.viewer, 'GET', url);
    expect(res.status).toBe(200);
    expect(res.body.framework).toMatchObject({ version: 'area-send-2023', areas: [{ key: 'impact' }, { key: 'leadership' }] });
    expect(res.body.sections.map((s: { criterionKey: string }) => s.criterionKey)).toEqual(CRITERIA.map((c) => c.key));
    expect(res.body.sections[0]).toMatchObject({ evaluation: '', grade: null, version: 0, updatedBy: null, comments: [] });
    expect(res.body.completeness).toEqual({ written: 0, total: 11, missing: 11 });
  });

  it('saves a section as a new version, with who, when and what changed, and refuses a stale one (409)', async () => {
    const first = await callAs(app, as.plan_manager, 'PUT', `${url}/sections/needs-identified`, { ...SECTION, evidenceIds: [evidenceId], measureIds: [measureId], findingIds: [findingId], version: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      criterionKey: 'needs-identified', grade: 'inconsistent', version: 1, updatedBy: expect.any(String),
      evidence: [{ id: evidenceId, title: expect.stringContaining('Dip sample of EHC plans') }], measures: [{ id: measureId, title: 'EHC plans issued within 20 weeks' }],
      findings: [{ id: findingId, title: '1. Children at the centre of plans' }],
    });
    const second = await callAs(app, as.plan_manager, 'PUT', `${url}/sections/needs-identified`, { ...SECTION, grade: 'typically_positive', evidenceIds: [evidenceId], measureIds: [], findingIds: [findingId], version: 1 });
    expect(second.body.version).toBe(2);
    const stale = await callAs(app, as.plan_manager, 'PUT', `${url}/sections/needs-identified`, { ...SECTION, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([{ field: 'version', message: 'The section has changed since you opened it' }]);
    // A first save of a section someone else has written meanwhile is stale too.
    expect((await callAs(app, as.plan_manager, 'PUT', `${url}/sections/needs-identified`, { ...SECTION, version: 0 })).status).toBe(409);

    const history = await callAs(app, as.adviser, 'GET', `${url}/history?criterionKey=needs-identified`);
    expect(history.status).toBe(200);
    expect(history.body.map((h: { revision: number; changedFields: string[] }) => [h.revision, h.changedFields])).toEqual([
      [2, ['grade', 'measureIds']],
      [1, ['evaluation', 'strengths', 'areasToDevelop', 'grade', 'evidenceIds', 'measureIds', 'findingIds']],
    ]);
    expect(history.body[0]).toMatchObject({ by: 'Test plan_manager', before: { grade: 'inconsistent', measures: ['EHC plans issued within 20 weeks'] }, after: { grade: 'typically_positive', measures: [] } });
    const audit = await ownerQuery("SELECT action FROM audit_event WHERE entity_type = 'self_evaluation_section' AND plan_id = $1 ORDER BY id", [t.plan.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    const overview = (await callAs(app, as.viewer, 'GET', url)).body;
    expect(overview.completeness).toEqual({ written: 1, total: 11, missing: 10 });
  });

  it('refuses bad input field by field (400), links outside the plan, and unknown criteria or plans (404)', async () => {
    const bad = await callAs(app, as.plan_manager, 'PUT', `${url}/sections/leaders-ambitious`, { evaluation: 7, strengths: 'x'.repeat(20_001), grade: 'good', evidenceIds: ['nope'], version: -1, name: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['areasToDevelop', 'evaluation', 'evidenceIds', 'grade', 'name', 'strengths', 'version']);
    const plymouth = await plymouthPlanId(app);
    const [elsewhere] = await ownerQuery<{ id: string }>('SELECT e.id FROM evidence e JOIN action a ON a.id = e.action_id WHERE a.plan_id = $1 LIMIT 1', [plymouth]);
    const [otherFinding] = await ownerQuery<{ id: string }>('SELECT f.id FROM inspection_finding f JOIN inspection i ON i.id = f.inspection_id WHERE i.plan_id = $1 LIMIT 1', [plymouth]);
    const outside = await callAs(app, as.plan_manager, 'PUT', `${url}/sections/leaders-ambitious`, { ...SECTION, evidenceIds: [elsewhere.id], measureIds: ['00000000-0000-4000-8000-000000000000'], findingIds: [otherFinding.id], version: 0 });
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toEqual([
      { field: 'evidenceIds', message: `There is no evidence with id ${elsewhere.id} in this plan` },
      { field: 'measureIds', message: 'There is no measure with id 00000000-0000-4000-8000-000000000000 in this plan' },
      { field: 'findingIds', message: `There is no inspection finding with id ${otherFinding.id} in this plan` },
    ]);
    expect((await callAs(app, as.plan_manager, 'PUT', `${url}/sections/not-a-criterion`, { ...SECTION, version: 0 })).status).toBe(404);
    expect((await callAs(app, as.plan_manager, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/self-evaluation')).status).toBe(404);
  });

  it('is written by plan managers only, commented on by partners, read by every plan reader and not by scrutiny', async () => {
    for (const role of ['moderator', 'action_owner', 'board_member', 'viewer', 'adviser', 'scrutiny']) {
      expect((await callAs(app, as[role], 'PUT', `${url}/sections/multi-agency`, { ...SECTION, version: 0 })).status).toBe(403);
    }
    for (const role of ['moderator', 'action_owner', 'board_member']) {
      const res = await callAs(app, as[role], 'POST', `${url}/sections/multi-agency/comments`, { text: `A comment from the ${role}` });
      expect(res.status).toBe(201);
    }
    for (const role of ['viewer', 'adviser', 'scrutiny']) {
      expect((await callAs(app, as[role], 'POST', `${url}/sections/multi-agency/comments`, { text: 'No' })).status).toBe(403);
    }
    expect((await callAs(app, as.board_member, 'POST', `${url}/sections/multi-agency/comments`, { text: '  ' })).status).toBe(400);
    expect((await callAs(app, as.scrutiny, 'GET', url)).status).toBe(403);
    const section = (await callAs(app, as.adviser, 'GET', url)).body.sections.find((s: { criterionKey: string }) => s.criterionKey === 'multi-agency');
    // Commented on before anyone wrote it: still unwritten, with its three comments in order.
    expect(section).toMatchObject({ version: 1, evaluation: '', updatedBy: null });
    expect(section.comments.map((c: { text: string }) => c.text)).toEqual(['A comment from the moderator', 'A comment from the action_owner', 'A comment from the board_member']);
    // The first save after the comments carries the version the reader saw.
    expect((await callAs(app, as.plan_manager, 'PUT', `${url}/sections/multi-agency`, { ...SECTION, version: 1 })).body.version).toBe(2);
  });
});
