import { bootTestApp, buildAction, buildPlan, call, callAs, TestApp, testDataSource, TestPlan } from './test-app';
import { buildPerson, daysFromToday, decideUpdate, openPeriod, signInAs } from './updates';

describe('the plan as at a date, and what changed between two dates', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  /** Moves an action's whole status history to an earlier moment, as if it had been created then. */
  async function backdate(actionId: string, at: string) {
    await (await testDataSource(app)).query('UPDATE action_status_history SET valid_from = $2 WHERE action_id = $1', [actionId, at]);
  }

  const yesterday = () => daysFromToday(-1);
  const today = () => daysFromToday(0);

  async function scene() {
    const t: TestPlan = await buildPlan(app);
    const period = await openPeriod(app, t.plan.id);
    const person = await buildPerson(app, t);
    return {
      t, period, person,
      owner: await signInAs(app, 'Owner', ['action_owner'], person.id),
      moderator: await signInAs(app, 'Service Director', ['moderator']),
    };
  }

  async function approve(s: Awaited<ReturnType<typeof scene>>, actionId: string, proposal: Record<string, unknown>) {
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${actionId}/updates`, { narrative: 'Progress.', ...proposal })).body.id;
    expect((await decideUpdate(app, s.owner, id, 'submit')).status).toBe(200);
    expect((await decideUpdate(app, s.moderator, id, 'approve')).status).toBe(200);
    return id as string;
  }

  it('shows the old status before an approval and the new one after, and lists the move between them', async () => {
    const s = await scene();
    const action = await buildAction(app, s.t, { reference: '1.1', ownerPersonId: s.person.id, deliveryStatus: 'on_track' });
    await backdate(action.id, `${daysFromToday(-5)}T12:00:00Z`);
    const updateId = await approve(s, action.id, { proposedDeliveryStatus: 'at_risk' });

    const before = (await call(app, 'GET', `/api/plans/${s.t.plan.id}/summary?asAt=${yesterday()}`)).body;
    expect(before).toMatchObject({ asAt: yesterday(), actions: 1, byDeliveryStatus: { on_track: 1, at_risk: 0 } });
    const after = (await call(app, 'GET', `/api/plans/${s.t.plan.id}/summary?asAt=${today()}`)).body;
    expect(after).toMatchObject({ asAt: today(), actions: 1, byDeliveryStatus: { on_track: 0, at_risk: 1 } });
    expect(after.priorities[0]).toMatchObject({ actions: 1, byDeliveryStatus: expect.objectContaining({ at_risk: 1 }) });
    const { asAt: _a, ...current } = (await call(app, 'GET', `/api/plans/${s.t.plan.id}/summary`)).body;
    const { asAt: _b, ...asAtToday } = after;
    expect(asAtToday).toEqual(current);

    const changes = (await call(app, 'GET', `/api/plans/${s.t.plan.id}/changes?from=${yesterday()}&to=${today()}`)).body;
    expect(changes).toMatchObject({ planId: s.t.plan.id, from: yesterday(), to: today(), counts: { statusChanges: 1, newActions: 0, completions: 0 } });
    expect(changes.statusChanges).toEqual([{
      action: { id: action.id, reference: '1.1', title: 'Test action', priorityNumber: 1 },
      at: expect.any(String),
      delivery: { from: 'on_track', to: 'at_risk' },
      impact: null,
      cause: 'update_approved',
      statusUpdate: { id: updateId, period: { id: s.period.id, title: s.period.title } },
      by: { label: 'Service Director' },
    }]);
    expect((await call(app, 'GET', `/api/plans/${s.t.plan.id}/changes?from=${daysFromToday(-10)}&to=${yesterday()}`)).body.statusChanges).toEqual([]);
  });

  it('lists actions with the statuses of the day asked for, and filters on them', async () => {
    const s = await scene();
    const action = await buildAction(app, s.t, { ownerPersonId: s.person.id, deliveryStatus: 'on_track', dueDate: daysFromToday(-3) });
    await backdate(action.id, `${daysFromToday(-5)}T12:00:00Z`);
    await approve(s, action.id, { proposedDeliveryStatus: 'complete' });
    const list = (q: string) => call(app, 'GET', `/api/actions?planId=${s.t.plan.id}${q}`).then((r) => r.body);

    expect((await list(`&asAt=${daysFromToday(-4)}`)).items[0]).toMatchObject({ id: action.id, deliveryStatus: 'on_track', deliveryStatusLabel: 'On track', overdue: false });
    expect((await list(`&asAt=${yesterday()}`)).items[0]).toMatchObject({ deliveryStatus: 'on_track', overdue: true });
    expect((await list(`&asAt=${today()}`)).items[0]).toMatchObject({ deliveryStatus: 'complete', overdue: false });
    expect((await list(`&asAt=${yesterday()}&deliveryStatus=complete`)).total).toBe(0);
    expect((await list(`&asAt=${yesterday()}&overdue=true`)).total).toBe(1);
    expect((await list(`&asAt=${today()}&deliveryStatus=complete`)).total).toBe(1);
    expect((await list(`&asAt=${daysFromToday(-6)}`)).total).toBe(0);
  });

  it('leaves out actions that did not exist yet, and keeps those archived only later', async () => {
    const s = await scene();
    const old = await buildAction(app, s.t, { ownerPersonId: s.person.id });
    await backdate(old.id, `${daysFromToday(-5)}T12:00:00Z`);
    await buildAction(app, s.t, { ownerPersonId: s.person.id }); // created today
    const summary = (day: string) => call(app, 'GET', `/api/plans/${s.t.plan.id}/summary?asAt=${day}`).then((r) => r.body.actions);
    expect(await summary(daysFromToday(-6))).toBe(0);
    expect(await summary(yesterday())).toBe(1);
    expect(await summary(today())).toBe(2);

    await call(app, 'POST', `/api/actions/${old.id}/archive`, { version: 1 });
    expect(await summary(yesterday())).toBe(1);
    expect(await summary(today())).toBe(1);
    expect((await call(app, 'GET', `/api/actions?planId=${s.t.plan.id}&asAt=${yesterday()}`)).body.items.map((a: { id: string }) => a.id)).toEqual([old.id]);
  });

  it('ends each day at midnight in England, in summer time and in winter', async () => {
    const s = await scene();
    const summer = await buildAction(app, s.t, { reference: '1.1' });
    const winter = await buildAction(app, s.t, { reference: '1.2' });
    await backdate(summer.id, '2024-07-01T23:30:00Z'); // 00:30 on 2 July in British Summer Time
    await backdate(winter.id, '2025-01-15T23:30:00Z'); // 23:30 on 15 January, GMT
    const actions = (day: string) => call(app, 'GET', `/api/plans/${s.t.plan.id}/summary?asAt=${day}`).then((r) => r.body.actions);
    expect(await actions('2024-07-01')).toBe(0);
    expect(await actions('2024-07-02')).toBe(1);
    expect(await actions('2025-01-14')).toBe(1);
    expect(await actions('2025-01-15')).toBe(2);
  });

  it('lists new actions, completions, direct edits and missed deadlines between two dates', async () => {
    const s = await scene();
    const late = await buildAction(app, s.t, { reference: '1.1', ownerPersonId: s.person.id, deliveryStatus: 'on_track', dueDate: daysFromToday(-8) });
    const done = await buildAction(app, s.t, { reference: '1.2', ownerPersonId: s.person.id, deliveryStatus: 'on_track', dueDate: daysFromToday(-9) });
    const edited = await buildAction(app, s.t, { reference: '1.3', ownerPersonId: s.person.id, dueDate: '2099-01-01' });
    for (const a of [late, done, edited]) await backdate(a.id, `${daysFromToday(-20)}T12:00:00Z`);
    const fresh = await buildAction(app, s.t, { reference: '2.1', priorityAreaId: s.t.areas[1].id, deliveryStatus: 'on_track' });
    await approve(s, done.id, { proposedDeliveryStatus: 'complete', proposedImpactStatus: 'complete_monitoring_impact' });
    await call(app, 'PATCH', `/api/actions/${edited.id}`, { version: 1, deliveryStatus: 'off_track' });

    const changes = (await call(app, 'GET', `/api/plans/${s.t.plan.id}/changes?from=${daysFromToday(-10)}&to=${today()}`)).body;
    expect(changes.counts).toEqual({ statusChanges: 2, newActions: 1, completions: 1, missedDeadlines: 1, reDated: 0 });
    expect(changes.newActions).toEqual([expect.objectContaining({ action: expect.objectContaining({ id: fresh.id, reference: '2.1', priorityNumber: 2 }), deliveryStatus: 'on_track', cause: 'create' })]);
    expect(changes.completions).toEqual([expect.objectContaining({ action: expect.objectContaining({ id: done.id }), statusUpdate: expect.objectContaining({ period: expect.objectContaining({ id: s.period.id }) }) })]);
    const moves = Object.fromEntries(changes.statusChanges.map((c: { action: { reference: string } }) => [c.action.reference, c]));
    expect(moves['1.2']).toMatchObject({ delivery: { from: 'on_track', to: 'complete' }, impact: { from: 'not_yet_complete', to: 'complete_monitoring_impact' }, cause: 'update_approved' });
    expect(moves['1.3']).toMatchObject({ delivery: { from: 'not_started', to: 'off_track' }, impact: null, cause: 'edit', statusUpdate: null, by: { label: 'Test administrator' } });
    expect(changes.missedDeadlines).toEqual([{
      action: expect.objectContaining({ id: late.id, reference: '1.1' }), dueDate: daysFromToday(-8), deliveryStatus: 'on_track', impactStatus: 'not_yet_complete',
      ownerPerson: { id: s.person.id, name: s.person.name }, ownerOrganisation: { id: s.t.council.id, name: 'Test council' },
    }]);
    // A deadline before the window is not "missed" in it.
    expect((await call(app, 'GET', `/api/plans/${s.t.plan.id}/changes?from=${daysFromToday(-7)}&to=${today()}`)).body.missedDeadlines).toEqual([]);
  });

  it('validates the dates', async () => {
    const t = await buildPlan(app);
    const summary = await call(app, 'GET', `/api/plans/${t.plan.id}/summary?asAt=2025-02-30`);
    expect(summary.status).toBe(400);
    expect(summary.body.errors[0].field).toBe('asAt');
    expect((await call(app, 'GET', `/api/actions?asAt=yesterday`)).body.errors[0].field).toBe('asAt');
    const missing = await call(app, 'GET', `/api/plans/${t.plan.id}/changes?to=2025-01-01`);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);
    const backwards = await call(app, 'GET', `/api/plans/${t.plan.id}/changes?from=2025-02-01&to=2025-01-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'to must be on or after from' }]);
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/changes?from=2025-01-01&to=2025-01-02')).status).toBe(404);
  });
  it('answers the summary as at a day afresh once its history is corrected, though it keeps it in memory', async () => {
    const s = await scene();
    const action = await buildAction(app, s.t, { reference: '1.1', deliveryStatus: 'on_track' });
    const asAtYesterday = async () => (await call(app, 'GET', `/api/plans/${s.t.plan.id}/summary?asAt=${yesterday()}`)).body;
    expect((await asAtYesterday()).actions).toBe(0); // made today
    expect((await asAtYesterday()).actions).toBe(0); // kept
    // A correction of the history alone, in SQL, as an operator might make it: nothing else is written.
    await backdate(action.id, `${daysFromToday(-5)}T12:00:00Z`);
    expect(await asAtYesterday()).toMatchObject({ asAt: yesterday(), actions: 1, byDeliveryStatus: { on_track: 1 } });
  });

  it('keeps on each history row what the action\'s row before it said, whatever order the rows are written in', async () => {
    const s = await scene();
    const action = await buildAction(app, s.t, { reference: '1.1', ownerPersonId: s.person.id, deliveryStatus: 'on_track' });
    await backdate(action.id, `${daysFromToday(-20)}T12:00:00Z`);
    await approve(s, action.id, { proposedDeliveryStatus: 'at_risk' });
    const db = await testDataSource(app);
    const links = () => db.query(
      `SELECT id, previous_id, previous_delivery_status, previous_impact_status, previous_due_date::text,
              lag(id) OVER w AS expected_id, lag(delivery_status) OVER w AS expected_delivery,
              lag(impact_status) OVER w AS expected_impact, (lag(due_date) OVER w)::text AS expected_due
         FROM action_status_history WHERE action_id = $1 WINDOW w AS (ORDER BY valid_from, id) ORDER BY valid_from, id`, [action.id],
    );
    const expectLinked = async (rows: number) => {
      const found = await links();
      expect(found).toHaveLength(rows);
      for (const r of found) {
        expect([r.previous_id, r.previous_delivery_status, r.previous_impact_status, r.previous_due_date])
          .toEqual([r.expected_id, r.expected_delivery, r.expected_impact, r.expected_due]);
      }
      return found;
    };
    const [first, second] = await expectLinked(2);
    expect(first.previous_id).toBeNull();
    expect(second).toMatchObject({ previous_id: first.id, previous_delivery_status: 'on_track' });

    // A row written into the past, between the two: the later row now follows it.
    await db.query(
      `INSERT INTO action_status_history (action_id, plan_id, delivery_status, impact_status, valid_from, cause, actor_label, priority_area_id,
              reference, title, description, owner_organisation_id, due_date)
       SELECT action_id, plan_id, 'off_track', impact_status, $1, 'edit', 'Test', priority_area_id, reference, title, description, owner_organisation_id, '2030-01-31'
         FROM action_status_history WHERE id = $2`,
      [`${daysFromToday(-10)}T12:00:00Z`, first.id],
    );
    const [, inserted, last] = await expectLinked(3);
    expect(last).toMatchObject({ previous_id: inserted.id, previous_delivery_status: 'off_track', previous_due_date: '2030-01-31' });
    const moves = (await call(app, 'GET', `/api/plans/${s.t.plan.id}/changes?from=${daysFromToday(-15)}&to=${today()}`)).body;
    expect(moves.statusChanges.map((c: { delivery: unknown }) => c.delivery)).toEqual([{ from: 'on_track', to: 'off_track' }, { from: 'off_track', to: 'at_risk' }]);

    // Deleted again (as an operator might), and the rows close up.
    await db.query('DELETE FROM action_status_history WHERE id = $1', [inserted.id]);
    const [, relinked] = await expectLinked(2);
    expect(relinked).toMatchObject({ previous_id: first.id, previous_delivery_status: 'on_track', previous_due_date: null });
  });
});
