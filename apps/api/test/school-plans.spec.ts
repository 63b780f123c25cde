import JSZip from 'jszip';
import { dayNumberToIsoDate, DELIVERY_STATUS_INFO, isoDateToDayNumber, type Role, termlyMeetings, todayIso } from '@send/domain';
import { download, pdfText } from './files';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, ownerQuery, Session, signIn, TestApp } from './test-app';

const plusDays = (date: string, days: number) => dayNumberToIsoDate(isoDateToDayNumber(date) + days);

const randomUrn = () => String(100000 + Math.floor(Math.random() * 800000));
const squash = (text: string) => text.replace(/\s+/g, ' ');

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join(''))
    .join('\n');
}

type PlanView = {
  id: string; title: string;
  priorities: { number: number; title: string; actions: { id: string; reference: string; title: string; version: number; deliveryStatus: string; deliveryStatusLabel: string; impactStatusLabel: string; dueDate: string | null; evidence: { title: string; demonstratesImpact: boolean }[] }[] }[];
};

describe("a school's own improvement plan and its governors' report", () => {
  let app: TestApp;
  const sessions = new Map<string, Session>();
  let school: { id: string; name: string; urn: string };
  let otherSchool: { id: string };
  let senco: Session;
  let otherSenco: Session;

  async function as(role: Role): Promise<Session> {
    if (!sessions.has(role)) sessions.set(role, await signIn(app, await createUser(app, { roles: [role] })));
    return sessions.get(role)!;
  }
  async function sencoOf(schoolId: string, roles: Role[] = ['school_senco'], personId?: string): Promise<Session> {
    const user = await createUser(app, { roles, ...(personId ? { personId } : {}) });
    await ownerQuery('UPDATE app_user SET school_id = $1 WHERE id = $2', [schoolId, user.id]);
    return signIn(app, user);
  }

  beforeAll(async () => {
    app = await bootTestApp();
    const pm = await as('plan_manager');
    school = (await callAs(app, pm, 'POST', '/api/schools', { name: 'Plan Test Primary School', phase: 'primary', urn: randomUrn(), sencoName: 'P. Senco' })).body;
    otherSchool = (await callAs(app, pm, 'POST', '/api/schools', { name: 'Other Plan Test School', phase: 'secondary', urn: randomUrn() })).body;
    senco = await sencoOf(school.id);
    otherSenco = await sencoOf(otherSchool.id);
  }, 60_000);
  afterAll(() => app.close());

  it('is started by the school\'s SENCO with its priorities, once; bad input is answered field by field', async () => {
    expect((await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).status).toBe(404);
    const bad = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan`, { title: ' ', priorities: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['priorities', 'title']);
    expect((await callAs(app, otherSenco, 'POST', `/api/schools/${school.id}/plan`, { title: 'Not mine', priorities: [{ title: 'X' }] })).status).toBe(404);

    const created = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan`, {
      title: 'SEND improvement plan', description: 'Progress of pupils with SEND must improve.',
      priorities: [{ title: 'Identification', aim: 'Needs known early' }, { title: 'Provision', aim: 'Mapped and costed' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.priorities.map((p: { number: number; title: string }) => [p.number, p.title])).toEqual([[1, 'Identification'], [2, 'Provision']]);
    // The school becomes the organisation that owns its plan's actions, in the audit trail with the plan.
    const audited = await ownerQuery<{ entity_type: string }>(
      "SELECT entity_type FROM audit_event WHERE actor_id = $1 AND (entity_id = $2 OR after->>'key' = $3) ORDER BY id", [senco.user.id, created.body.id, `school-${school.urn}`]);
    expect(audited.map((e) => e.entity_type).sort()).toEqual(['organisation', 'plan']);
    const again = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan`, { title: 'Again', priorities: [{ title: 'X' }] });
    expect(again.status).toBe(409);
  });

  it('takes actions, status changes (409 on a stale version) and evidence from the SENCO', async () => {
    const added = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan/actions`, { priorityNumber: 2, title: 'Map provision for every pupil', description: 'Costed', startDate: todayIso(), dueDate: '2099-01-31' });
    expect(added.status).toBe(201);
    const action = (added.body as PlanView).priorities[1].actions[0];
    expect(action).toMatchObject({ reference: '2.1', deliveryStatus: 'not_started' });
    expect((await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan/actions`, { priorityNumber: 9, title: 'Nowhere' })).body.errors[0].field).toBe('priorityNumber');

    const moved = await callAs(app, senco, 'PATCH', `/api/schools/${school.id}/plan/actions/${action.id}`, { version: action.version, deliveryStatus: 'on_track' });
    expect(moved.status).toBe(200);
    expect((moved.body as PlanView).priorities[1].actions[0].deliveryStatus).toBe('on_track');
    expect((await callAs(app, senco, 'PATCH', `/api/schools/${school.id}/plan/actions/${action.id}`, { version: action.version, deliveryStatus: 'at_risk' })).status).toBe(409);
    const badStatus = await callAs(app, senco, 'PATCH', `/api/schools/${school.id}/plan/actions/${action.id}`, { version: action.version + 1, deliveryStatus: 'sideways' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.errors[0].field).toBe('deliveryStatus');

    const evidence = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan/actions/${action.id}/evidence`, { type: 'data', title: 'Reading ages after intervention', date: todayIso(), demonstratesImpact: true });
    expect(evidence.status).toBe(201);
    // Every change is in the audit trail, by the SENCO.
    const [{ count }] = await ownerQuery<{ count: string }>("SELECT count(*) FROM audit_event WHERE entity_id = $1 AND actor_id = $2", [action.id, senco.user.id]);
    expect(Number(count)).toBeGreaterThanOrEqual(2);

    // Another school's SENCO, and another school's action under this school, are not found.
    expect((await callAs(app, otherSenco, 'PATCH', `/api/schools/${school.id}/plan/actions/${action.id}`, { version: action.version + 1, deliveryStatus: 'at_risk' })).status).toBe(404);
    const [laAction] = await ownerQuery<{ id: string }>('SELECT a.id FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.school_id IS NULL LIMIT 1');
    expect((await callAs(app, senco, 'PATCH', `/api/schools/${school.id}/plan/actions/${laAction.id}`, { version: 1, deliveryStatus: 'at_risk' })).status).toBe(404);
  });

  it("answers bad action input with the very messages the local area's action routes give", async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const action = plan.priorities[1].actions[0];
    const pm = await as('plan_manager');
    const fields = (r: { body: { errors: { field: string; message: string }[] } }) => [...r.body.errors].sort((a, b) => `${a.field}${a.message}`.localeCompare(`${b.field}${b.message}`));
    const badEdit = { version: action.version, title: 'x'.repeat(201), description: 7, dueDate: '31/01/2099', deliveryStatus: 'sideways', impactStatus: 'great' };
    const schoolEdit = await callAs(app, senco, 'PATCH', `/api/schools/${school.id}/plan/actions/${action.id}`, badEdit);
    const areaEdit = await callAs(app, pm, 'PATCH', `/api/actions/${action.id}`, badEdit);
    expect(schoolEdit.status).toBe(400);
    expect(fields(schoolEdit).map((e) => e.field)).toEqual(expect.arrayContaining(['title', 'description', 'dueDate', 'deliveryStatus', 'impactStatus']));
    expect(fields(schoolEdit)).toEqual(fields(areaEdit));
    const badNew = { title: ' ', description: 'y'.repeat(5001), startDate: 'soon', dueDate: '2099-02-30' };
    const schoolNew = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan/actions`, { ...badNew, priorityNumber: 1 });
    const areaNew = await callAs(app, pm, 'POST', '/api/actions', { ...badNew, priorityAreaId: (plan as unknown as { priorities: { id: string }[] }).priorities[0].id, reference: '1.9', ownerOrganisationId: action.id });
    expect(schoolNew.status).toBe(400);
    expect(fields(schoolNew)).toEqual(fields(areaNew).filter((e) => ['title', 'description', 'startDate', 'dueDate'].includes(e.field)));
    expect(fields(schoolNew).length).toBeGreaterThanOrEqual(4);
  });

  it("gives its SENCO a plan manager's say over their own school's plan and over nothing else", async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const schoolAction = plan.priorities[1].actions[0];
    // Through the local area's routes a SENCO has no say at all: those routes are not theirs.
    expect((await callAs(app, senco, 'PATCH', `/api/actions/${schoolAction.id}`, { version: schoolAction.version, title: 'Renamed' })).status).toBe(403);
    expect((await callAs(app, senco, 'POST', `/api/actions/${schoolAction.id}/milestones`, { title: 'A milestone' })).status).toBe(403);

    // A SENCO who also owns one of the local area's actions: an owner's rights there, never a plan manager's.
    const t = await buildPlan(app);
    const person = (await call(app, 'POST', '/api/people', { name: 'SENCO and action owner', organisationId: t.council.id })).body as { id: string };
    const laAction = await buildAction(app, t, { ownerPersonId: person.id });
    const both = await sencoOf(school.id, ['school_senco', 'action_owner'], person.id);
    const official = await callAs(app, both, 'PATCH', `/api/actions/${laAction.id}`, { version: laAction.version, deliveryStatus: 'on_track', title: 'Renamed' });
    expect(official.status).toBe(403);
    expect(official.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['deliveryStatus', 'title']);
    expect((await callAs(app, both, 'PATCH', `/api/actions/${laAction.id}`, { version: laAction.version, description: 'Owner words' })).status).toBe(200);
    // ...and on their own school's plan, a plan manager's, whichever route they come by.
    const renamed = await callAs(app, both, 'PATCH', `/api/actions/${schoolAction.id}`, { version: schoolAction.version, title: 'Map provision for every pupil with SEND' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Map provision for every pupil with SEND');

    // Another school's SENCO reaches none of it, by either route.
    expect((await callAs(app, otherSenco, 'POST', `/api/schools/${school.id}/plan/actions/${schoolAction.id}/evidence`, { type: 'data', title: 'X', date: todayIso() })).status).toBe(404);
    const otherBoth = await sencoOf(otherSchool.id, ['school_senco', 'action_owner'], person.id);
    expect((await callAs(app, otherBoth, 'PATCH', `/api/actions/${schoolAction.id}`, { version: renamed.body.version, title: 'Not theirs' })).status).toBe(404);
    expect((await callAs(app, otherBoth, 'GET', `/api/actions/${schoolAction.id}`)).status).toBe(404);
  });

  it('is read by its own SENCO and the local authority\'s reviewers, never by another school (404) or a plan reader outside schools (403)', async () => {
    expect((await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).status).toBe(200);
    expect((await callAs(app, otherSenco, 'GET', `/api/schools/${school.id}/plan`)).status).toBe(404);
    expect((await callAs(app, otherSenco, 'GET', `/api/schools/${school.id}/plan/governors-report.pdf`)).status).toBe(404);
    for (const role of ['plan_manager', 'moderator', 'board_member'] as Role[]) {
      expect((await callAs(app, await as(role), 'GET', `/api/schools/${school.id}/plan`)).status).toBe(200);
    }
    expect((await callAs(app, await as('moderator'), 'POST', `/api/schools/${school.id}/plan/actions`, { priorityNumber: 1, title: 'X' })).status).toBe(403);
    expect((await callAs(app, await as('viewer'), 'GET', `/api/schools/${school.id}/plan`)).status).toBe(403);
  });

  it("does not exist, through the local area's routes, for anyone who does not read school plans", async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView & { priorities: { id: string }[] };
    const action = plan.priorities[1].actions[0];
    const [evidence] = await ownerQuery<{ id: string }>('SELECT id FROM evidence WHERE action_id = $1', [action.id]);
    const reads = [
      `/api/plans/${plan.id}`, `/api/plans/${plan.id}/summary`, `/api/plans/${plan.id}/changes`, `/api/actions?planId=${plan.id}`,
      `/api/actions/${action.id}`, `/api/actions/${action.id}/history`, `/api/actions/${action.id}/evidence`, `/api/actions/${action.id}/updates`,
      `/api/priority-areas/${plan.priorities[1].id}`, `/api/evidence/${evidence.id}`,
    ];
    for (const role of ['action_owner', 'viewer', 'adviser'] as Role[]) {
      const session = await as(role);
      for (const url of reads) expect([url, (await callAs(app, session, 'GET', url)).status]).toEqual([url, 404]);
    }
    // Writes too: an action owner of the same area cannot reach the school's action.
    const owner = await as('action_owner');
    expect((await callAs(app, owner, 'PATCH', `/api/actions/${action.id}`, { version: action.version, description: 'Not theirs' })).status).toBe(404);
    expect((await callAs(app, owner, 'POST', `/api/actions/${action.id}/evidence`, { type: 'data', title: 'X', date: todayIso() })).status).toBe(404);
    // Scrutiny reads no plan by these routes: the same refusal as for a plan that does not exist.
    const scrutiny = await as('scrutiny');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await callAs(app, scrutiny, 'GET', `/api/plans/${plan.id}`)).status).toBe((await callAs(app, scrutiny, 'GET', `/api/plans/${missing}`)).status);
    expect((await callAs(app, scrutiny, 'GET', `/api/plans/${plan.id}/summary`)).status).not.toBe(200);
    // The local area's reports, which scrutiny and action owners do read, are not a way round: the school's plan is not found there.
    for (const session of [scrutiny, owner]) {
      for (const report of ['tracker.csv', 'progress.pdf']) expect((await callAs(app, session, 'GET', `/api/plans/${plan.id}/reports/${report}`)).status).toBe(404);
    }
    expect((await callAs(app, await as('board_member'), 'GET', `/api/plans/${plan.id}/reports/tracker.csv`)).status).toBe(200);
    // The local authority's school reviewers still read it there; the local area's plans stay open to everyone who reads plans.
    expect((await callAs(app, await as('moderator'), 'GET', `/api/actions/${action.id}`)).status).toBe(200);
    const [laPlan] = await ownerQuery<{ id: string }>('SELECT id FROM plan WHERE school_id IS NULL AND local_area_id = (SELECT local_area_id FROM plan WHERE id = $1) LIMIT 1', [plan.id]);
    expect((await callAs(app, owner, 'GET', `/api/plans/${laPlan.id}`)).status).toBe(200);
  });

  it('is started again once the school\'s plan is archived, never while one is live', async () => {
    const pm = await as('plan_manager');
    const fresh = (await callAs(app, pm, 'POST', '/api/schools', { name: 'Second Plan Primary School', phase: 'primary', urn: randomUrn() })).body as { id: string };
    const freshSenco = await sencoOf(fresh.id);
    const first = await callAs(app, freshSenco, 'POST', `/api/schools/${fresh.id}/plan`, { title: 'Plan 2025/26', priorities: [{ title: 'Identification' }] });
    expect(first.status).toBe(201);
    expect((await callAs(app, freshSenco, 'POST', `/api/schools/${fresh.id}/plan`, { title: 'Too soon', priorities: [{ title: 'X' }] })).status).toBe(409);
    // The database holds the rule too: a second live plan for the school is refused there.
    await expect(ownerQuery(
      "INSERT INTO plan (slug, title, local_area, local_area_id, school_id, version) SELECT 'dup-' || id, 'Dup', 'X', local_area_id, school_id, 1 FROM plan WHERE id = $1", [first.body.id],
    )).rejects.toThrow(/plan_one_per_school/);

    // Archived (as an operator would), the plan no longer stands in the way of the next one.
    await ownerQuery('UPDATE plan SET archived_at = now() WHERE id = $1', [first.body.id]);
    expect((await callAs(app, freshSenco, 'GET', `/api/schools/${fresh.id}/plan`)).status).toBe(404);
    const second = await callAs(app, freshSenco, 'POST', `/api/schools/${fresh.id}/plan`, { title: 'Plan 2026/27', priorities: [{ title: 'Provision' }] });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await callAs(app, freshSenco, 'GET', `/api/schools/${fresh.id}/plan`)).body).toMatchObject({ id: second.body.id, title: 'Plan 2026/27' });
    const added = await callAs(app, freshSenco, 'POST', `/api/schools/${fresh.id}/plan/actions`, { priorityNumber: 1, title: 'Map provision' });
    expect(added.status).toBe(201);
    expect(added.body.priorities[0].actions.map((a: { reference: string }) => a.reference)).toEqual(['1.1']);
  });

  it("never shows up among the local area's own plans, actions or headline figures", async () => {
    const schoolPlanIds = (await ownerQuery<{ id: string }>('SELECT id FROM plan WHERE school_id IS NOT NULL')).map((r) => r.id);
    expect(schoolPlanIds.length).toBeGreaterThanOrEqual(2); // this test's and the seeded illustrative one
    const plans = (await call(app, 'GET', '/api/plans?pageSize=100')).body.items as { id: string }[];
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.filter((p) => schoolPlanIds.includes(p.id))).toEqual([]);
    const actions = (await call(app, 'GET', '/api/actions?pageSize=100')).body.items as { planId: string }[];
    expect(actions.filter((a) => schoolPlanIds.includes(a.planId))).toEqual([]);
    const summary = (await call(app, 'GET', '/api/local-areas/summary')).body as { plans: { id: string }[]; actions: number }[];
    for (const area of summary) expect(area.plans.filter((p) => schoolPlanIds.includes(p.id))).toEqual([]);
    const [{ count: localActions }] = await ownerQuery<{ count: string }>(
      `SELECT count(*) FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.school_id IS NULL AND p.archived_at IS NULL AND a.archived_at IS NULL
          AND p.local_area_id = (SELECT local_area_id FROM plan WHERE id = $1)`, [plans[0].id]);
    expect(summary.some((a) => a.actions === Number(localActions))).toBe(true);
  });

  it('reports to its governing board each term: a board started with the plan, three termly meetings, each with its reporting period', async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const bodies = await ownerQuery<{ id: string; name: string; kind: string }>('SELECT id, name, kind FROM governance_body WHERE plan_id = $1', [plan.id]);
    expect(bodies).toEqual([{ id: expect.any(String), name: 'Governing board', kind: 'improvement_board' }]);
    const rows = await ownerQuery<{ body_id: string; meeting_date: string; title: string; opens_on: string; update_deadline: string; board_date: string }>(
      `SELECT m.body_id, m.meeting_date::text, p.title, p.opens_on::text, p.update_deadline::text, p.board_date::text
         FROM meeting m JOIN reporting_period p ON p.meeting_id = m.id WHERE m.plan_id = $1 ORDER BY m.meeting_date`, [plan.id]);
    // Created the day the plan was started (today): the academic year's three terms.
    expect(rows.map((r) => [r.body_id, r.title, r.meeting_date, r.opens_on, r.update_deadline, r.board_date])).toEqual(
      termlyMeetings(todayIso()).map((m) => [bodies[0].id, m.title, m.meetingDate, m.opensOn, m.updateDeadline, m.meetingDate]));
    // In the audit trail, by the SENCO who started the plan.
    const [{ count }] = await ownerQuery<{ count: string }>(
      "SELECT count(*) FROM audit_event WHERE plan_id = $1 AND actor_id = $2 AND entity_type IN ('governance_body', 'meeting', 'reporting_period')", [plan.id, senco.user.id]);
    expect(Number(count)).toBe(7);
  });

  /** Opens the plan's next reporting period today (as its plan manager may), unless one is open already. */
  async function openPeriodToday(planId: string): Promise<{ id: string; title: string }> {
    const pm = await as('plan_manager');
    const periods = (await callAs(app, pm, 'GET', `/api/plans/${planId}/periods`)).body as { currentPeriodId: string | null; items: { id: string; title: string; version: number; opensOn: string; boardDate: string }[] };
    const current = periods.items.find((p) => p.id === periods.currentPeriodId);
    if (current) return current;
    const next = periods.items.find((p) => p.boardDate >= todayIso())!;
    const opened = await callAs(app, pm, 'PATCH', `/api/plans/${planId}/periods/${next.id}`, { version: next.version, opensOn: todayIso() });
    expect(opened.status).toBe(200);
    return opened.body;
  }

  it("takes a status update from its own SENCO, written and submitted through the update routes; another school's SENCO and the local area's owners find no such action", async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const action = plan.priorities[1].actions[0];
    const period = await openPeriodToday(plan.id);
    const body = { narrative: 'Provision is mapped for half of our pupils with SEND.', proposedDeliveryStatus: 'at_risk', nextSteps: 'Map the rest by half term' };

    // The plan fence: to another school's SENCO and to the local area's action owners the action does not exist.
    expect((await callAs(app, otherSenco, 'POST', `/api/actions/${action.id}/updates`, body)).status).toBe(404);
    expect((await callAs(app, await as('action_owner'), 'POST', `/api/actions/${action.id}/updates`, body)).status).toBe(404);

    const written = await callAs(app, senco, 'POST', `/api/actions/${action.id}/updates`, body);
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ state: 'draft', period: { id: period.id }, proposedDeliveryStatus: 'at_risk', narrative: body.narrative });
    const edited = await callAs(app, senco, 'PATCH', `/api/updates/${written.body.id}`, { version: written.body.version, risks: 'Staff absence' });
    expect(edited.status).toBe(200);
    // Its SENCO reads the draft on the school's own route; another school's SENCO finds no such action, and a board member reads no draft.
    const listed = await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan/actions/${action.id}/updates`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((u: { id: string; state: string; risks: string }) => [u.id, u.state, u.risks])).toEqual([[written.body.id, 'draft', 'Staff absence']]);
    expect((await callAs(app, otherSenco, 'GET', `/api/schools/${school.id}/plan/actions/${action.id}/updates`)).status).toBe(404);
    expect((await callAs(app, otherSenco, 'GET', `/api/schools/${otherSchool.id}/plan/actions/${action.id}/updates`)).status).toBe(404);
    expect((await callAs(app, await as('board_member'), 'GET', `/api/schools/${school.id}/plan/actions/${action.id}/updates`)).body.total).toBe(0);
    for (const session of [otherSenco, await as('action_owner')]) {
      expect((await callAs(app, session, 'POST', `/api/updates/${written.body.id}/submit`, { version: edited.body.version })).status).toBe(404);
      expect((await callAs(app, session, 'PATCH', `/api/updates/${written.body.id}`, { version: edited.body.version, risks: 'Not theirs' })).status).toBe(404);
    }
    const submitted = await callAs(app, senco, 'POST', `/api/updates/${written.body.id}/submit`, { version: edited.body.version });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', risks: 'Staff absence' });
    // A SENCO keeps their own school's plan and nothing else: the local area's actions take no update from them.
    const [laAction] = await ownerQuery<{ id: string }>('SELECT a.id FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.school_id IS NULL AND a.archived_at IS NULL LIMIT 1');
    expect((await callAs(app, senco, 'POST', `/api/actions/${laAction.id}/updates`, body)).status).toBe(403);
  });

  it('has its updates moderated by a second person of the local authority, whose approval moves the action and writes its history', async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const action = plan.priorities[1].actions[0];
    const [update] = await ownerQuery<{ id: string; version: number }>("SELECT id, version FROM status_update WHERE action_id = $1 AND state = 'submitted'", [action.id]);
    // Its SENCO keeps the plan but does not moderate their own updates.
    expect((await callAs(app, senco, 'POST', `/api/updates/${update.id}/approve`, { version: update.version })).status).toBe(403);
    // No SENCO moderates at all (the route's permission refuses them before any plan is looked at).
    expect((await callAs(app, otherSenco, 'POST', `/api/updates/${update.id}/approve`, { version: update.version })).status).toBe(403);
    const moderator = await as('moderator');
    const returned = await callAs(app, moderator, 'POST', `/api/updates/${update.id}/return`, { version: update.version, comment: 'Say which pupils are still to be mapped' });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    const edited = await callAs(app, senco, 'PATCH', `/api/updates/${update.id}`, { version: returned.body.version, narrative: 'Provision is mapped for half of our pupils with SEND; Years 5 and 6 are next.' });
    const resubmitted = await callAs(app, senco, 'POST', `/api/updates/${update.id}/submit`, { version: edited.body.version });
    expect(resubmitted.status).toBe(200);

    const approved = await callAs(app, moderator, 'POST', `/api/updates/${update.id}/approve`, { version: resubmitted.body.version });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    const after = ((await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView).priorities[1].actions[0];
    expect(after.deliveryStatus).toBe('at_risk');
    const history = await ownerQuery<{ cause: string; delivery_status: string; status_update_id: string }>(
      'SELECT cause, delivery_status, status_update_id FROM action_status_history WHERE action_id = $1 ORDER BY valid_from DESC LIMIT 1', [action.id]);
    expect(history).toEqual([{ cause: 'update_approved', delivery_status: 'at_risk', status_update_id: update.id }]);
    // The SENCO is told, with a link to the action's page on the school's routes (the local area's action page is not theirs).
    const notices = await ownerQuery<{ link: string }>("SELECT link FROM notification WHERE user_id = $1 AND kind = 'update_moderated'", [senco.user.id]);
    expect(notices.map((n) => n.link)).toEqual(expect.arrayContaining([`/schools/${school.id}/plan/actions/${action.id}`]));
    expect(notices.every((n) => n.link === `/schools/${school.id}/plan/actions/${action.id}`)).toBe(true);

    // A plan manager who writes an update on the school's plan does not approve it themselves either.
    const pm = await as('plan_manager');
    const added = await callAs(app, senco, 'POST', `/api/schools/${school.id}/plan/actions`, { priorityNumber: 1, title: 'Review the SEND register each half term' });
    const second = (added.body as PlanView).priorities[0].actions.at(-1)!;
    const own = await callAs(app, pm, 'POST', `/api/actions/${second.id}/updates`, { narrative: 'The register was reviewed in October.' });
    expect(own.status).toBe(201);
    const ownSubmitted = await callAs(app, pm, 'POST', `/api/updates/${own.body.id}/submit`, { version: own.body.version });
    const self = await callAs(app, pm, 'POST', `/api/updates/${own.body.id}/approve`, { version: ownSubmitted.body.version });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe('moderatorId');
    expect((await callAs(app, moderator, 'POST', `/api/updates/${own.body.id}/approve`, { version: ownSubmitted.body.version })).status).toBe(200);
  });

  it("keeps its governing board, meetings, periods and updates out of the local area's own governance lists and moderation queue", async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const [body] = await ownerQuery<{ id: string }>('SELECT id FROM governance_body WHERE plan_id = $1', [plan.id]);
    const meetings = await ownerQuery<{ id: string; meeting_date: string }>('SELECT id, meeting_date::text FROM meeting WHERE plan_id = $1', [plan.id]);
    const periods = await ownerQuery<{ id: string }>('SELECT id FROM reporting_period WHERE plan_id = $1', [plan.id]);
    expect(meetings).toHaveLength(3);
    const moderator = await as('moderator');
    for (const session of [await as('plan_manager'), moderator, await as('action_owner')]) {
      const bodies = (await callAs(app, session, 'GET', '/api/governance-bodies')).body.items as { id: string }[];
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.map((b) => b.id)).not.toContain(body.id);
      for (const m of meetings) {
        const listed = (await callAs(app, session, 'GET', `/api/meetings?from=${m.meeting_date}&to=${m.meeting_date}&pageSize=100`)).body.items as { id: string }[];
        expect(listed.map((x) => x.id)).not.toContain(m.id);
      }
      // The local area's moderation queue, even filtered to the school's period, holds none of its updates.
      for (const period of periods) expect((await callAs(app, session, 'GET', `/api/updates?periodId=${period.id}`)).body.total).toBe(0);
    }
    // Named by its plan, the school's updates are there for the local authority's moderators.
    expect((await callAs(app, moderator, 'GET', `/api/updates?planId=${plan.id}`)).body.total).toBeGreaterThanOrEqual(2);
    // Its board is named and described as the school's governing board, not as an improvement board.
    expect((await callAs(app, moderator, 'GET', `/api/governance-bodies?planId=${plan.id}`)).body.items.map((b: { id: string; name: string; kindLabel: string }) => [b.id, b.name, b.kindLabel]))
      .toEqual([[body.id, 'Governing board', 'Governing board']]);
    expect((await callAs(app, moderator, 'GET', `/api/meetings/${meetings[0].id}`)).status).toBe(200);
    // The school's board and meetings do not exist, by their own routes, for the local area's people who do not read school plans.
    for (const role of ['action_owner', 'viewer', 'adviser'] as Role[]) {
      const session = await as(role);
      expect((await callAs(app, session, 'GET', `/api/meetings/${meetings[0].id}`)).status).toBe(404);
      expect((await callAs(app, session, 'GET', `/api/meetings/${meetings[0].id}/decisions`)).status).toBe(404);
      expect((await callAs(app, session, 'GET', `/api/meetings?planId=${plan.id}`)).status).toBe(404);
      expect((await callAs(app, session, 'GET', `/api/plans/${plan.id}/periods`)).status).toBe(404);
    }
    expect((await callAs(app, await as('scrutiny'), 'GET', `/api/meetings/${meetings[0].id}`)).status).toBe(404);
  });

  describe("its governing board's calendar", () => {
    type Board = { planId: string; bodyId: string; meetings: { id: string; meeting_date: string; version: number }[]; periods: { id: string; version: number; opens_on: string; update_deadline: string; board_date: string; meeting_id: string }[] };
    /** A school whose SENCO has started its plan, with its governing board as the database holds it. */
    async function schoolWithPlan(): Promise<{ schoolId: string; senco: Session; board: () => Promise<Board> }> {
      const pm = await as('plan_manager');
      const created = (await callAs(app, pm, 'POST', '/api/schools', { name: 'Calendar Test School', phase: 'primary', urn: randomUrn() })).body as { id: string };
      const own = await sencoOf(created.id);
      const plan = await callAs(app, own, 'POST', `/api/schools/${created.id}/plan`, { title: 'SEND improvement plan', priorities: [{ title: 'Identification' }] });
      expect(plan.status).toBe(201);
      const board = async (): Promise<Board> => {
        const [body] = await ownerQuery<{ id: string }>('SELECT id FROM governance_body WHERE plan_id = $1', [plan.body.id]);
        return {
          planId: plan.body.id, bodyId: body.id,
          meetings: await ownerQuery('SELECT id, meeting_date::text, version FROM meeting WHERE plan_id = $1 ORDER BY meeting_date', [plan.body.id]),
          periods: await ownerQuery('SELECT id, version, opens_on::text, update_deadline::text, board_date::text, meeting_id FROM reporting_period WHERE plan_id = $1 ORDER BY board_date', [plan.body.id]),
        };
      };
      return { schoolId: created.id, senco: own, board };
    }
    const auditBy = (entityId: string, actorId: string) =>
      ownerQuery<{ action: string; entity_type: string }>('SELECT action, entity_type FROM audit_event WHERE entity_id = $1 AND actor_id = $2 ORDER BY id', [entityId, actorId]);

    it("lets the SENCO move their board's next meeting, which its reporting period follows, and a period's dates, in the audit trail", async () => {
      type BoardView = { id: string; name: string; meetings: { id: string; title: string; meetingDate: string; location: string; version: number; period: { id: string; title: string; opensOn: string; updateDeadline: string; version: number } | null }[] };
      const mine = await schoolWithPlan();
      const boardOf = async () => (await callAs(app, mine.senco, 'GET', `/api/schools/${mine.schoolId}/plan`)).body.governingBoard as BoardView;
      // The school's plan shows its SENCO the board's meetings and periods, with the versions to change them by.
      const board = await boardOf();
      const held = await mine.board();
      expect(board).toMatchObject({ id: held.bodyId, name: 'Governing board' });
      expect(board.meetings.map((m) => [m.id, m.meetingDate, m.version, m.period?.id])).toEqual(held.meetings.map((m) => [m.id, m.meeting_date, m.version, held.periods.find((p) => p.meeting_id === m.id)!.id]));
      expect(board.meetings.map((m) => m.period!.title)).toEqual(termlyMeetings(todayIso()).map((m) => m.title));

      const next = board.meetings.find((m) => m.meetingDate >= todayIso())!;
      // The governors meet on Thursdays, not Wednesdays.
      const moved = await callAs(app, mine.senco, 'PATCH', `/api/meetings/${next.id}`, { version: next.version, meetingDate: plusDays(next.meetingDate, 1), location: 'School library' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ id: next.id, meetingDate: plusDays(next.meetingDate, 1), location: 'School library' });
      expect((await callAs(app, mine.senco, 'PATCH', `/api/meetings/${next.id}`, { version: next.version, title: 'Stale' })).status).toBe(409);
      const [{ board_date }] = await ownerQuery<{ board_date: string }>('SELECT board_date::text FROM reporting_period WHERE id = $1', [next.period!.id]);
      expect(board_date).toBe(plusDays(next.meetingDate, 1));
      expect(await auditBy(next.id, mine.senco.user.id)).toContainEqual({ action: 'update', entity_type: 'meeting' });
      expect((await boardOf()).meetings.find((m) => m.id === next.id)).toMatchObject({ meetingDate: plusDays(next.meetingDate, 1), location: 'School library', version: next.version + 1 });

      // The last period opens a week earlier and takes its updates a day sooner.
      const later = board.meetings[board.meetings.length - 1].period!;
      const period = await callAs(app, mine.senco, 'PATCH', `/api/plans/${held.planId}/periods/${later.id}`, {
        version: later.version, opensOn: plusDays(later.opensOn, -7), updateDeadline: plusDays(later.updateDeadline, -1),
      });
      expect(period.status).toBe(200);
      expect(period.body).toMatchObject({ id: later.id, opensOn: plusDays(later.opensOn, -7), updateDeadline: plusDays(later.updateDeadline, -1) });
      expect(await auditBy(later.id, mine.senco.user.id)).toContainEqual({ action: 'update', entity_type: 'reporting_period' });
      expect((await boardOf()).meetings[board.meetings.length - 1].period).toMatchObject({ opensOn: plusDays(later.opensOn, -7), version: later.version + 1 });
      // A period that would no longer fit its meeting is refused as the plan manager's would be.
      const refused = await callAs(app, mine.senco, 'PATCH', `/api/plans/${held.planId}/periods/${later.id}`, { version: later.version + 1, updateDeadline: plusDays(board.meetings[board.meetings.length - 1].meetingDate, 1) });
      expect(refused.status).toBe(400);
    });

    it('lets the SENCO add a meeting to their board, with its reporting period', async () => {
      const mine = await schoolWithPlan();
      const { bodyId, planId, meetings } = await mine.board();
      const extraDate = plusDays(meetings[meetings.length - 1].meeting_date, 28);
      const added = await callAs(app, mine.senco, 'POST', '/api/meetings', { bodyId, meetingDate: extraDate, title: 'Governing board, extraordinary meeting' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ meetingDate: extraDate, planId });
      const period = await callAs(app, mine.senco, 'POST', `/api/plans/${planId}/periods`, { meetingId: added.body.id, title: 'Extraordinary meeting' });
      expect(period.status).toBe(201);
      expect(await auditBy(added.body.id, mine.senco.user.id)).toEqual([{ action: 'create', entity_type: 'meeting' }]);
      expect(await auditBy(period.body.id, mine.senco.user.id)).toEqual([{ action: 'create', entity_type: 'reporting_period' }]);
    });

    it("finds no meeting or period of another school's board for a SENCO, and changes nothing", async () => {
      const mine = await schoolWithPlan();
      const theirs = await (await schoolWithPlan()).board();
      const [meeting] = theirs.meetings;
      const [period] = theirs.periods;
      expect((await callAs(app, mine.senco, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, meetingDate: plusDays(meeting.meeting_date, 1) })).status).toBe(404);
      expect((await callAs(app, mine.senco, 'PATCH', `/api/plans/${theirs.planId}/periods/${period.id}`, { version: period.version, opensOn: plusDays(period.opens_on, -1) })).status).toBe(404);
      // Their period named under the SENCO's own plan is no period of it.
      const own = await mine.board();
      expect((await callAs(app, mine.senco, 'PATCH', `/api/plans/${own.planId}/periods/${period.id}`, { version: period.version, opensOn: plusDays(period.opens_on, -1) })).status).toBe(404);
      expect((await callAs(app, mine.senco, 'POST', `/api/plans/${theirs.planId}/periods`, { meetingId: meeting.id })).status).toBe(404);
      const added = await callAs(app, mine.senco, 'POST', '/api/meetings', { bodyId: theirs.bodyId, meetingDate: '2099-01-07' });
      expect(added.status).toBe(400);
      expect(added.body.errors).toEqual([{ field: 'bodyId', message: 'There is no governance body with this id' }]);
      expect(await ownerQuery('SELECT meeting_date::text, version FROM meeting WHERE plan_id = $1 ORDER BY meeting_date', [theirs.planId]))
        .toEqual(theirs.meetings.map((m) => ({ meeting_date: m.meeting_date, version: m.version })));
      expect(await ownerQuery('SELECT opens_on::text, version FROM reporting_period WHERE plan_id = $1 ORDER BY board_date', [theirs.planId]))
        .toEqual(theirs.periods.map((p) => ({ opens_on: p.opens_on, version: p.version })));
    });

    it("finds no meeting or period of the local area's plan for a SENCO, whose plan manager still keeps both calendars", async () => {
      const mine = await schoolWithPlan();
      const t = await buildPlan(app);
      const body = await call(app, 'POST', '/api/governance-bodies', { planId: t.plan.id, name: 'SEND Improvement Board', kind: 'improvement_board' });
      expect(body.status).toBe(201);
      const meeting = (await call(app, 'POST', '/api/meetings', { bodyId: body.body.id, meetingDate: '2099-03-11' })).body as { id: string; version: number };
      const period = (await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, { meetingId: meeting.id, opensOn: '2099-02-01' })).body as { id: string; version: number };
      expect(period.id).toEqual(expect.any(String));

      expect((await callAs(app, mine.senco, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, meetingDate: '2099-03-12' })).status).toBe(404);
      expect((await callAs(app, mine.senco, 'PATCH', `/api/plans/${t.plan.id}/periods/${period.id}`, { version: period.version, opensOn: '2099-01-25' })).status).toBe(404);
      expect((await callAs(app, mine.senco, 'POST', `/api/plans/${t.plan.id}/periods`, { meetingId: meeting.id })).status).toBe(404);
      const added = await callAs(app, mine.senco, 'POST', '/api/meetings', { bodyId: body.body.id, meetingDate: '2099-05-06' });
      expect(added.status).toBe(400);
      expect(added.body.errors[0].field).toBe('bodyId');
      expect(await ownerQuery('SELECT count(*)::int AS n FROM meeting WHERE plan_id = $1', [t.plan.id])).toEqual([{ n: 1 }]);

      // Their plan manager moves the local area's meeting and period, and the school's.
      const pm = await as('plan_manager');
      const areaMeeting = await callAs(app, pm, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, meetingDate: '2099-03-12' });
      expect(areaMeeting.status).toBe(200);
      const areaPeriod = (await callAs(app, pm, 'GET', `/api/plans/${t.plan.id}/periods`)).body.items[0] as { id: string; version: number };
      expect((await callAs(app, pm, 'PATCH', `/api/plans/${t.plan.id}/periods/${areaPeriod.id}`, { version: areaPeriod.version, opensOn: '2099-01-25' })).status).toBe(200);
      const school = await mine.board();
      const [first] = school.meetings;
      expect((await callAs(app, pm, 'PATCH', `/api/meetings/${first.id}`, { version: first.version, location: 'Main hall' })).status).toBe(200);
      expect((await callAs(app, pm, 'PATCH', `/api/plans/${school.planId}/periods/${school.periods[2].id}`, { version: school.periods[2].version, title: 'Summer term (moved)' })).status).toBe(200);
      expect(await auditBy(first.id, pm.user.id)).toContainEqual({ action: 'update', entity_type: 'meeting' });
    });
  });

  it('is seeded for the illustrative demo school, marked illustrative, with actions live on the day', async () => {
    const [row] = await ownerQuery<{ id: string; school_id: string }>("SELECT p.id, p.school_id FROM plan p JOIN school s ON s.id = p.school_id WHERE s.urn = '990001'");
    const plan = (await call(app, 'GET', `/api/schools/${row.school_id}/plan`)).body as PlanView & { description: string; school: { illustrative: boolean } };
    expect(plan.title).toMatch(/illustrative/i);
    expect(plan.description).toMatch(/^Illustrative/);
    expect(plan.school.illustrative).toBe(true);
    const actions = plan.priorities.flatMap((p) => p.actions);
    expect(actions.length).toBeGreaterThanOrEqual(5);
    expect(actions.some((a) => a.deliveryStatus !== 'complete' && a.dueDate! > todayIso())).toBe(true);
    // It reports to its governing board, with a period open on the day it was seeded, so that its SENCO can write an update that day.
    const periods = (await call(app, 'GET', `/api/plans/${row.id}/periods`)).body as { items: { opensOn: string; boardDate: string }[] };
    expect(periods.items).toHaveLength(3);
    const [{ day }] = await ownerQuery<{ day: string }>(
      "SELECT (created_at AT TIME ZONE 'Europe/London')::date::text AS day FROM plan WHERE id = $1", [row.id]);
    expect(periods.items.filter((p) => p.opensOn <= day && day <= p.boardDate)).toHaveLength(1);
  });

  it("renders the governors' report, Word and PDF, from what the database holds", async () => {
    const plan = (await callAs(app, senco, 'GET', `/api/schools/${school.id}/plan`)).body as PlanView;
    const action = plan.priorities[1].actions[0];
    const docx = await download(app, `/api/schools/${school.id}/plan/governors-report.docx`, senco.cookie);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    expect(String(docx.headers['content-disposition'])).toContain(`governors-report-${school.urn}`);
    const pdf = await download(app, `/api/schools/${school.id}/plan/governors-report.pdf`, (await as('board_member')).cookie);
    expect(pdf.status).toBe(200);
    const [{ delivery_status: status }] = await ownerQuery<{ delivery_status: keyof typeof DELIVERY_STATUS_INFO }>('SELECT delivery_status FROM action WHERE id = $1', [action.id]);
    const [evidence] = await ownerQuery<{ title: string }>('SELECT title FROM evidence WHERE action_id = $1 AND demonstrates_impact', [action.id]);
    const live = await ownerQuery<{ delivery_status: string }>('SELECT a.delivery_status FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.school_id = $1 AND p.archived_at IS NULL AND a.archived_at IS NULL', [school.id]);
    const [{ count: impactCount }] = (await ownerQuery<{ count: string }>(
      `SELECT count(*) FROM evidence e JOIN action a ON a.id = e.action_id JOIN plan p ON p.id = a.plan_id
        WHERE p.school_id = $1 AND p.archived_at IS NULL AND a.archived_at IS NULL AND e.archived_at IS NULL AND e.demonstrates_impact`, [school.id])).map((r) => ({ count: Number(r.count) }));
    expect(impactCount).toBeGreaterThan(0);
    for (const text of [squash(await docxText(docx.bytes)), squash(await pdfText(pdf.bytes))]) {
      expect(text).toContain(`SEND report to governors: ${school.name}`);
      for (const heading of ['The issue', 'SEND audit', "The school's self-review", 'The solution: our actions', 'Provision map', 'Evidence of impact']) expect(text).toContain(heading);
      expect(text).toContain('Priority 2: Provision');
      expect(text).toContain(action.title);
      expect(text).toContain(DELIVERY_STATUS_INFO[status].label);
      expect(text).toContain(evidence.title);
      expect(text).toContain('No audit visit has been published for this school yet.');
      // The figures agree with what the database holds.
      expect(text).toContain(`${live.length} ${live.length === 1 ? 'action' : 'actions'} under 2 priorities; ${live.filter((a) => a.delivery_status === 'complete').length} complete`);
      expect(text).toContain('Actions by delivery status');
      expect(text).toContain(`${impactCount} ${impactCount === 1 ? 'piece' : 'pieces'} of evidence showing impact on pupils`);
    }
  });

  it("carries the school's latest published audit into the report", async () => {
    const pm = await as('plan_manager');
    const audit = (await callAs(app, pm, 'POST', `/api/schools/${school.id}/audits`, { visitDate: todayIso(), auditors: ['R. Auditor'] })).body;
    const updated = await callAs(app, pm, 'PATCH', `/api/audits/${audit.id}`, {
      version: audit.version, state: 'published', strengths: ['A calm, well-led SEND team'],
      findings: [{ theme: 'identification', text: 'The SEND register is not reviewed often enough' }], nextSteps: [{ theme: 'outcomes', text: 'Measure each intervention' }],
    });
    expect(updated.status).toBe(200);
    const text = squash(await docxText((await download(app, `/api/schools/${school.id}/plan/governors-report.docx`, senco.cookie)).bytes));
    for (const s of ['A calm, well-led SEND team', 'The SEND register is not reviewed often enough', 'Measure each intervention', 'R. Auditor']) expect(text).toContain(s);
  });
});
