import { bootTestApp, buildAction, buildPlan, call, callAs, TestApp, testDataSource } from '../../test/test-app';
import { buildPerson, daysFromToday, decideUpdate, openPeriod, signInAs } from '../../test/updates';

describe('update tracking for a reporting period', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('counts updates by state, lists who has not reported, and flags stale and inconsistent actions', async () => {
    const t = await buildPlan(app);
    const person = await buildPerson(app, t, 'Head of Inclusion');
    const owner = await signInAs(app, 'Head of Inclusion', ['action_owner'], person.id);
    const moderator = await signInAs(app, 'Service Director', ['moderator']);
    const action = (reference: string, extra: Record<string, unknown> = {}) =>
      buildAction(app, t, { reference, ownerPersonId: person.id, deliveryStatus: 'on_track', dueDate: '2099-01-01', ...extra });
    const [a, b, c, d, e, f, g] = [
      await action('1.1'), await action('1.2'), await action('1.3', { dueDate: daysFromToday(-5) }),
      await action('1.4'), await action('1.5'), await action('1.6'), await action('1.7'),
    ];
    // They have been in the plan since December 2023.
    await (await testDataSource(app)).query(
      "UPDATE action_status_history SET valid_from = '2023-12-01T12:00:00Z' WHERE action_id = ANY($1)", [[a, b, c, d, e, f, g].map((x) => x.id)],
    );
    const write = (actionId: string, periodId: string, proposal: Record<string, unknown> = {}) =>
      callAs(app, owner, 'POST', `/api/actions/${actionId}/updates`, { narrative: 'Progress.', periodId, ...proposal }).then((r) => r.body.id as string);
    const submit = (id: string) => decideUpdate(app, owner, id, 'submit');
    const approve = (id: string) => decideUpdate(app, moderator, id, 'approve');
    // A period moves with its meeting: its dates first, then the meeting (whose cut-off follows its date).
    const moveToPast = async (period: { id: string; meetingId: string }, opensOn: string, updateDeadline: string, boardDate: string) => {
      const res = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${period.id}`, { version: 1, opensOn, updateDeadline });
      expect(res.status).toBe(200);
      const meeting = (await call(app, 'GET', `/api/meetings/${period.meetingId}`)).body;
      const moved = await call(app, 'PATCH', `/api/meetings/${period.meetingId}`, { version: meeting.version, meetingDate: boardDate, cutOffAt: `${boardDate}T09:00` });
      expect(moved.status).toBe(200);
    };

    // Period 0: 1.1 approved as complete. Period 1: 1.2 approved. Period 2: nothing. Each written while open, then closed.
    const p0 = await openPeriod(app, t.plan.id, { boardDate: daysFromToday(20) });
    const a0 = await write(a.id, p0.id, { proposedDeliveryStatus: 'complete' });
    await submit(a0);
    await approve(a0);
    await moveToPast(p0, '2024-01-01', '2024-01-17', '2024-01-31');
    const p1 = await openPeriod(app, t.plan.id, { boardDate: daysFromToday(21) });
    const b1 = await write(b.id, p1.id);
    await submit(b1);
    await approve(b1);
    await moveToPast(p1, '2024-02-01', '2024-02-28', '2024-03-13');
    await openPeriod(app, t.plan.id, { opensOn: '2024-03-14', updateDeadline: '2024-04-10', boardDate: '2024-04-24' });

    // Period 3, open now: 1.4 approved, 1.5 submitted, 1.6 draft, 1.7 returned; 1.1, 1.2 and 1.3 have nothing.
    const p3 = await openPeriod(app, t.plan.id);
    const d3 = await write(d.id, p3.id);
    await submit(d3);
    await approve(d3);
    await submit(await write(e.id, p3.id));
    await write(f.id, p3.id);
    const g3 = await write(g.id, p3.id);
    await submit(g3);
    await decideUpdate(app, moderator, g3, 'return', { comment: 'Add the numbers.' });
    // 1.1 is complete with a milestone still open; 1.3 is on track past its due date.
    await call(app, 'POST', `/api/actions/${a.id}/milestones`, { title: 'Evaluation report', dueDate: '2099-01-01' });

    const res = await call(app, 'GET', `/api/plans/${t.plan.id}/periods/${p3.id}/progress`);
    expect(res.status).toBe(200);
    const progress = res.body;
    expect(progress.period).toMatchObject({ id: p3.id, title: p3.title });
    expect(progress.counts).toEqual({ actions: 7, approved: 1, submitted: 1, draft: 2, returned: 1, missing: 3, stale: 4, inconsistent: 2, owed: 4, owners: 1 });
    expect(progress.missing.map((x: { action: { reference: string } }) => x.action.reference)).toEqual(['1.1', '1.2', '1.3']);
    expect(progress.missing[0]).toMatchObject({
      ownerPerson: { id: person.id, name: 'Head of Inclusion' }, ownerOrganisation: { id: t.council.id, name: 'Test council' }, updateState: 'missing', update: null,
    });
    // 1.3 and 1.5-1.7 were never approved: stale. 1.2 (two periods ago) and 1.4 are not, nor 1.1: last approved
    // three periods ago, but complete, so there is nothing left to report on.
    expect(progress.stale.map((x: { action: { reference: string } }) => x.action.reference)).toEqual(['1.3', '1.5', '1.6', '1.7']);
    const byRef = Object.fromEntries(progress.actions.map((x: { action: { reference: string } }) => [x.action.reference, x]));
    expect(byRef['1.1']).toMatchObject({ lastApprovedPeriod: { id: p0.id }, periodsSinceApprovedUpdate: 3, stale: false, deliveryStatus: 'complete' });
    expect(byRef['1.2']).toMatchObject({ lastApprovedPeriod: { id: p1.id }, periodsSinceApprovedUpdate: 2, stale: false });
    expect(byRef['1.4']).toMatchObject({ updateState: 'approved', update: { id: d3, state: 'approved' }, periodsSinceApprovedUpdate: 0 });
    expect(byRef['1.7'].updateState).toBe('returned');
    expect(progress.inconsistent.map((x: { action: { reference: string }; inconsistencies: { code: string }[] }) => [x.action.reference, x.inconsistencies.map((i) => i.code)])).toEqual([
      ['1.1', ['complete_with_open_milestones']],
      ['1.3', ['past_due_not_complete']],
    ]);

    // For period 1, 1.2's approved update counts, and 1.1's from period 0 is still fresh.
    const earlier = (await call(app, 'GET', `/api/plans/${t.plan.id}/periods/${p1.id}/progress`)).body;
    expect(earlier.counts).toMatchObject({ actions: 7, approved: 1, missing: 6 });
    expect(earlier.stale).toEqual([]);

    // An action added now was not in the plan for period 1, but is for period 3.
    await action('1.8');
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/periods/${p1.id}/progress`)).body.counts.actions).toBe(7);
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/periods/${p3.id}/progress`)).body.counts).toMatchObject({ actions: 8, missing: 4 });
  });

  it('answers 404 for an unknown plan, or a period of another plan', async () => {
    const t = await buildPlan(app);
    const other = await buildPlan(app);
    const theirs = await openPeriod(app, other.plan.id);
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/periods/${theirs.id}/progress`)).status).toBe(404);
    expect((await call(app, 'GET', `/api/plans/00000000-0000-4000-8000-000000000000/periods/${theirs.id}/progress`)).status).toBe(404);
  });
});
