import { bootTestApp, buildAction, buildPlan, call, TestApp, TestPlan } from '../../test/test-app';

describe('actions API', () => {
  let app: TestApp;
  let t: TestPlan;

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
  });
  afterAll(() => app.close());

  it('creates an action with its owner and partners, and reads it back with milestones', async () => {
    const created = await buildAction(app, t, { reference: '1.1', title: 'Train SENCOs', partnerOrganisationIds: [t.icb.id], dueDate: '2030-01-31' });
    expect(created).toMatchObject({
      reference: '1.1', title: 'Train SENCOs', deliveryStatus: 'not_started', deliveryStatusLabel: 'Not started',
      impactStatus: 'not_yet_complete', ownerOrganisation: { id: t.council.id }, partners: [{ id: t.icb.id, name: 'Test ICB' }],
      version: 1, milestones: [], overdue: false, priorityNumber: 1,
    });
    const milestone = await call(app, 'POST', `/api/actions/${created.id}/milestones`, { title: 'Course designed', dueDate: '2029-06-30' });
    expect(milestone.status).toBe(201);
    const read = await call(app, 'GET', `/api/actions/${created.id}`);
    expect(read.body.milestones).toEqual([expect.objectContaining({ title: 'Course designed', done: false })]);
  });

  it('filters by plan, priority, organisation, status, overdue and free text, and paginates', async () => {
    const mine = await buildPlan(app);
    await buildAction(app, mine, { reference: '1.1', title: 'Early help hub', deliveryStatus: 'on_track', dueDate: '2020-01-01' });
    await buildAction(app, mine, { reference: '1.2', title: 'Waiting well offer', deliveryStatus: 'off_track', ownerOrganisationId: mine.icb.id });
    await buildAction(app, mine, { reference: '1.10', title: 'Sufficiency plan', description: 'special school places', deliveryStatus: 'complete', dueDate: '2020-01-01' });
    await buildAction(app, mine, { priorityAreaId: mine.areas[1].id, reference: '2.1', title: 'Transition portal' });
    const q = (s: string) => call(app, 'GET', `/api/actions?planId=${mine.plan.id}${s}`).then((r) => r.body);

    expect((await q('')).items.map((a: { reference: string }) => a.reference)).toEqual(['1.1', '1.2', '1.10', '2.1']);
    expect((await q(`&priorityId=${mine.areas[1].id}`)).total).toBe(1);
    expect((await q(`&organisationId=${mine.icb.id}`)).items[0].reference).toBe('1.2');
    expect((await q('&deliveryStatus=off_track')).items.map((a: { reference: string }) => a.reference)).toEqual(['1.2']);
    expect((await q('&overdue=true')).items.map((a: { reference: string }) => a.reference)).toEqual(['1.1']);
    expect((await q('&overdue=false')).total).toBe(3);
    expect((await q('&q=SPECIAL')).items.map((a: { reference: string }) => a.reference)).toEqual(['1.10']);
    expect((await q('&q=1.1')).total).toBe(2); // 1.1 and 1.10
    const page = await q('&page=2&pageSize=3');
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items.map((a: { reference: string }) => a.reference)).toEqual(['2.1']);
    // A page past the end is empty and still says how many there are.
    expect(await q('&page=5&pageSize=3')).toMatchObject({ items: [], total: 4, page: 5 });
    // The search's wildcards are the user's literal characters.
    expect((await q('&q=%25')).total).toBe(0);
    expect((await q('&q=1_1')).total).toBe(0);
    // A listed action is the action as it is answered alone (without its milestones).
    const partnered = await buildAction(app, mine, { reference: '3.1', priorityAreaId: mine.areas[1].id, partnerOrganisationIds: [mine.icb.id, mine.council.id] });
    const { milestones: _m, ...alone } = (await call(app, 'GET', `/api/actions/${partnered.id}`)).body;
    expect((await q(`&q=3.1`)).items).toEqual([alone]);
  });

  it('refuses a stale version with 409 and the current record', async () => {
    const action = await buildAction(app, t);
    const first = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, title: 'First edit' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, title: 'Second edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ title: 'First edit', version: 2 });
    expect(stale.body.errors).toEqual([expect.objectContaining({ field: 'version' })]);
  });

  it('answers a bad enum with 400 naming the field', async () => {
    const action = await buildAction(app, t);
    const res = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, deliveryStatus: 'purple' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Validation failed');
    expect(res.body.errors).toEqual([{ field: 'deliveryStatus', message: expect.stringContaining('on_track') }]);
  });

  it('answers bad input field by field, never with a 500', async () => {
    const res = await call(app, 'POST', '/api/actions', { priorityAreaId: 'nope', reference: '', dueDate: '2025-02-30', extra: 1 });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['priorityAreaId', 'reference', 'title', 'ownerOrganisationId', 'dueDate', 'extra']));
    expect((await call(app, 'GET', '/api/actions?overdue=maybe')).status).toBe(400);
    expect((await call(app, 'GET', '/api/actions?pageSize=100000')).body.errors[0].field).toBe('pageSize');
  });

  it('answers a required field sent as null with 400 naming it', async () => {
    const action = await buildAction(app, t);
    const res = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, title: null });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'title' })]);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/actions', headers: { 'content-type': 'application/json' }, payload: '{"title": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ message: 'The request body is not valid JSON', errors: [] });
  });

  it('answers an unknown id with 404', async () => {
    expect((await call(app, 'GET', '/api/actions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call(app, 'GET', '/api/actions/not-an-id')).status).toBe(404);
    expect((await call(app, 'PATCH', '/api/actions/00000000-0000-4000-8000-000000000000', { version: 1 })).status).toBe(404);
  });

  it('refuses a duplicate reference in the same plan with 409', async () => {
    await buildAction(app, t, { reference: '1.99' });
    const res = await call(app, 'POST', '/api/actions', { priorityAreaId: t.areas[0].id, reference: '1.99', title: 'Again', ownerOrganisationId: t.council.id });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].field).toBe('reference');
  });

  it('refuses an impact judgement the domain does not allow', async () => {
    const action = await buildAction(app, t);
    const notComplete = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, impactStatus: 'complete_monitoring_impact' });
    expect(notComplete.status).toBe(400);
    expect(notComplete.body.errors[0].field).toBe('impactStatus');
    const noEvidence = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced' });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.message).toMatch(/evidence/i);
  });

  it('writes an audit event with before and after for each change', async () => {
    const action = await buildAction(app, t);
    await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, deliveryStatus: 'at_risk' });
    const audit = await call(app, 'GET', `/api/audit?entityType=action&entityId=${action.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit.body.items[0]).toMatchObject({
      actor: { label: 'Test administrator' },
      before: { deliveryStatus: 'not_started', version: 1 },
      after: { deliveryStatus: 'at_risk', version: 2 },
    });
  });

  it('leaves nothing behind when a write fails part-way', async () => {
    const mine = await buildPlan(app);
    const missingPartner = '00000000-0000-4000-8000-000000000001';
    const res = await call(app, 'POST', '/api/actions', {
      priorityAreaId: mine.areas[0].id, reference: '1.1', title: 'Half written', ownerOrganisationId: mine.council.id, partnerOrganisationIds: [missingPartner],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('partnerOrganisationIds');
    expect((await call(app, 'GET', `/api/actions?planId=${mine.plan.id}`)).body.total).toBe(0);
    expect((await call(app, 'GET', `/api/audit?planId=${mine.plan.id}&entityType=action`)).body.total).toBe(0);
  });

  it('archives instead of deleting, and hides archived actions from lists by default', async () => {
    const mine = await buildPlan(app);
    const action = await buildAction(app, mine);
    const archived = await call(app, 'POST', `/api/actions/${action.id}/archive`, { version: 1 });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await call(app, 'GET', `/api/actions?planId=${mine.plan.id}`)).body.total).toBe(0);
    expect((await call(app, 'GET', `/api/actions?planId=${mine.plan.id}&includeArchived=true`)).body.total).toBe(1);
    expect((await call(app, 'GET', `/api/actions/${action.id}`)).status).toBe(200);
  });
});
