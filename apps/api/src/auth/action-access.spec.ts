import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, Session, signIn, TestApp, TestPlan } from '../../test/test-app';

/** What an action owner may and may not do to actions, through the HTTP API. */
describe('action owners', () => {
  let app: TestApp;
  let t: TestPlan;
  let owner: { id: string };
  let colleague: { id: string };
  let icbLead: { id: string };
  let ownerSession: Session;

  const person = async (name: string, organisationId: string) =>
    (await call(app, 'POST', '/api/people', { name, organisationId })).body as { id: string };

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
    owner = await person('Council lead', t.council.id);
    colleague = await person('Council colleague', t.council.id);
    icbLead = await person('ICB lead', t.icb.id);
    ownerSession = await signIn(app, await createUser(app, { roles: ['action_owner'], personId: owner.id }));
  });
  afterAll(() => app.close());

  it('updates the description of an action they own, recorded in the audit log as them', async () => {
    const mine = await buildAction(app, t, { ownerPersonId: owner.id });
    const res = await callAs(app, ownerSession, 'PATCH', `/api/actions/${mine.id}`, { version: 1, description: 'Progress this month' });
    expect(res.status).toBe(200);
    expect(res.body.description).toBe('Progress this month');
    const audit = await call(app, 'GET', `/api/audit?entityType=action&entityId=${mine.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'update', actor: { id: ownerSession.user.id, label: 'Test action_owner' } });
  });

  it("cannot change another organisation's action, nor a colleague's without the organisation grant", async () => {
    const theirs = await buildAction(app, t, { ownerOrganisationId: t.icb.id, ownerPersonId: icbLead.id });
    const colleagues = await buildAction(app, t, { ownerPersonId: colleague.id });
    for (const action of [theirs, colleagues]) {
      const res = await callAs(app, ownerSession, 'PATCH', `/api/actions/${action.id}`, { version: 1, description: 'Not mine to write' });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ message: 'You can only change actions you own', errors: [] });
      expect((await call(app, 'GET', `/api/actions/${action.id}`)).body).toMatchObject({ description: '', version: 1 });
    }
  });

  it("changes every action of their organisation when granted, and still none of another's", async () => {
    const granted = await signIn(app, await createUser(app, {
      roles: ['action_owner'], personId: owner.id, organisationId: t.council.id, canEditOrganisationActions: true,
    }));
    const colleagues = await buildAction(app, t, { ownerPersonId: colleague.id });
    const unowned = await buildAction(app, t);
    const theirs = await buildAction(app, t, { ownerOrganisationId: t.icb.id, ownerPersonId: icbLead.id });
    expect((await callAs(app, granted, 'PATCH', `/api/actions/${colleagues.id}`, { version: 1, description: 'Covering' })).status).toBe(200);
    expect((await callAs(app, granted, 'PATCH', `/api/actions/${unowned.id}`, { version: 1, description: 'Covering' })).status).toBe(200);
    expect((await callAs(app, granted, 'PATCH', `/api/actions/${theirs.id}`, { version: 1, description: 'Covering' })).status).toBe(403);
  });

  it('cannot set the official delivery or impact status of their own action, nor hand it to someone else', async () => {
    const mine = await buildAction(app, t, { ownerPersonId: owner.id });
    const approve = await callAs(app, ownerSession, 'PATCH', `/api/actions/${mine.id}`, { version: 1, deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
    expect(approve.status).toBe(403);
    expect(approve.body.errors.map((e: { field: string }) => e.field)).toEqual(['deliveryStatus', 'impactStatus']);
    const handOver = await callAs(app, ownerSession, 'PATCH', `/api/actions/${mine.id}`, { version: 1, ownerPersonId: colleague.id, dueDate: '2099-01-01' });
    expect(handOver.status).toBe(403);
    expect(handOver.body.errors.map((e: { field: string }) => e.field)).toEqual(['ownerPersonId', 'dueDate']);
    expect((await call(app, 'GET', `/api/actions/${mine.id}`)).body).toMatchObject({ deliveryStatus: 'not_started', ownerPerson: { id: owner.id }, version: 1 });
  });

  it('may send unchanged values back with an edit, as a form does', async () => {
    const mine = await buildAction(app, t, { ownerPersonId: owner.id, dueDate: '2030-03-31' });
    const res = await callAs(app, ownerSession, 'PATCH', `/api/actions/${mine.id}`, {
      version: 1, title: mine.title, dueDate: '2030-03-31', deliveryStatus: 'not_started', ownerPersonId: owner.id, description: 'Only this changes',
    });
    expect(res.status).toBe(200);
  });

  it('cannot create or archive actions', async () => {
    const mine = await buildAction(app, t, { ownerPersonId: owner.id });
    const create = await callAs(app, ownerSession, 'POST', '/api/actions', { priorityAreaId: t.areas[0].id, reference: '1.77', title: 'Mine now', ownerOrganisationId: t.council.id });
    expect(create.status).toBe(403);
    expect((await callAs(app, ownerSession, 'POST', `/api/actions/${mine.id}/archive`, { version: 1 })).status).toBe(403);
  });

  it('adds and updates milestones on their own actions only', async () => {
    const mine = await buildAction(app, t, { ownerPersonId: owner.id });
    const theirs = await buildAction(app, t, { ownerOrganisationId: t.icb.id, ownerPersonId: icbLead.id });
    const added = await callAs(app, ownerSession, 'POST', `/api/actions/${mine.id}/milestones`, { title: 'Training delivered', dueDate: '2030-01-31' });
    expect(added.status).toBe(201);
    const done = await callAs(app, ownerSession, 'PATCH', `/api/milestones/${added.body.id}`, { version: 1, completedOn: '2029-12-01' });
    expect(done.status).toBe(200);

    expect((await callAs(app, ownerSession, 'POST', `/api/actions/${theirs.id}/milestones`, { title: 'Sneaky' })).status).toBe(403);
    const theirMilestone = (await call(app, 'POST', `/api/actions/${theirs.id}/milestones`, { title: 'ICB step' })).body;
    const refused = await callAs(app, ownerSession, 'PATCH', `/api/milestones/${theirMilestone.id}`, { version: 1, completedOn: '2029-12-01' });
    expect(refused.status).toBe(403);
    expect((await call(app, 'GET', `/api/actions/${theirs.id}`)).body.milestones[0]).toMatchObject({ done: false, version: 1 });
  });

  it('reads the whole plan, like every reader', async () => {
    const theirs = await buildAction(app, t, { ownerOrganisationId: t.icb.id });
    expect((await callAs(app, ownerSession, 'GET', `/api/actions/${theirs.id}`)).status).toBe(200);
    expect((await callAs(app, ownerSession, 'GET', `/api/plans/${t.plan.id}/summary`)).status).toBe(200);
  });
});

describe('roles without write access to actions', () => {
  let app: TestApp;
  let t: TestPlan;
  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
  });
  afterAll(() => app.close());

  it('refuses scrutiny members all plan content', async () => {
    const action = await buildAction(app, t);
    const scrutiny = await signIn(app, await createUser(app, { roles: ['scrutiny'] }));
    for (const url of ['/api/plans', `/api/plans/${t.plan.id}`, `/api/plans/${t.plan.id}/summary`, `/api/priority-areas/${t.areas[0].id}`,
      '/api/actions', `/api/actions/${action.id}`, '/api/organisations', '/api/people', '/api/audit']) {
      const res = await callAs(app, scrutiny, 'GET', url);
      expect({ url, status: res.status }).toEqual({ url, status: 403 });
    }
  });

  it('lets moderators, board members and viewers read but not change an action, even one their person owns', async () => {
    const lead = (await call(app, 'POST', '/api/people', { name: 'Board member who leads', organisationId: t.council.id })).body;
    const action = await buildAction(app, t, { ownerPersonId: lead.id });
    for (const role of ['moderator', 'board_member', 'viewer'] as const) {
      const session = await signIn(app, await createUser(app, { roles: [role], personId: lead.id, canEditOrganisationActions: true }));
      expect((await callAs(app, session, 'GET', `/api/actions/${action.id}`)).status).toBe(200);
      expect((await callAs(app, session, 'PATCH', `/api/actions/${action.id}`, { version: 1, description: 'x' })).status).toBe(403);
      expect((await callAs(app, session, 'POST', `/api/actions/${action.id}/milestones`, { title: 'x' })).status).toBe(403);
    }
  });
});
