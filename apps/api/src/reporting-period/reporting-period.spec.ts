import { bootTestApp, buildPlan, call, TestApp } from '../../test/test-app';
import { daysFromToday } from '../../test/updates';

describe('reporting periods API', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  const period = (opensOn: string, updateDeadline: string, boardDate: string, extra: Record<string, unknown> = {}) => ({
    opensOn, updateDeadline, boardDate, ...extra,
  });

  it('lists the plan\'s periods in board order and says which one is current', async () => {
    const t = await buildPlan(app);
    const later = await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period(daysFromToday(15), daysFromToday(30), daysFromToday(44)));
    const now = await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period(daysFromToday(-27), daysFromToday(0), daysFromToday(14)));
    const past = await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period('2024-01-01', '2024-01-31', '2024-02-14', { title: 'Extraordinary board' }));
    expect([later.status, now.status, past.status]).toEqual([201, 201, 201]);
    expect(past.body).toMatchObject({ title: 'Extraordinary board', state: 'closed', version: 1 });
    expect(now.body.title).toMatch(/^Board \d{1,2} [A-Z][a-z]+ \d{4}$/);

    const list = (await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body;
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([past.body.id, now.body.id, later.body.id]);
    expect(list.items.map((p: { state: string }) => p.state)).toEqual(['closed', 'open', 'upcoming']);
    expect(list.currentPeriodId).toBe(now.body.id);
    expect(list.items.map((p: { current: boolean }) => p.current)).toEqual([false, true, false]);
  });

  it('has no current period when none is open', async () => {
    const t = await buildPlan(app);
    await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period('2024-01-01', '2024-01-31', '2024-02-14'));
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body.currentPeriodId).toBeNull();
  });

  it('refuses dates out of order, bad dates and a second period for the same board', async () => {
    const t = await buildPlan(app);
    const disorder = await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period('2025-02-01', '2025-01-29', '2025-02-12'));
    expect(disorder.status).toBe(400);
    expect(disorder.body.errors).toEqual([{ field: 'updateDeadline', message: expect.stringMatching(/on or after the day the period opens/) }]);
    const bad = await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, { opensOn: '2025-02-30', boardDate: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['opensOn', 'updateDeadline', 'boardDate']));
    await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period('2024-12-19', '2025-01-29', '2025-02-12'));
    const twice = await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period('2025-01-01', '2025-01-29', '2025-02-12'));
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].field).toBe('boardDate');
  });

  it('moves a period with its version, renaming it after its board, and audits the change', async () => {
    const t = await buildPlan(app);
    const created = (await call(app, 'POST', `/api/plans/${t.plan.id}/periods`, period('2024-12-19', '2025-01-29', '2025-02-12'))).body;
    expect(created.title).toBe('Board 12 February 2025');
    const moved = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 1, boardDate: '2025-02-19' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ title: 'Board 19 February 2025', boardDate: '2025-02-19', version: 2 });
    const stale = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 1, title: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2 });
    const backwards = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 2, updateDeadline: '2025-03-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('boardDate');
    const audit = (await call(app, 'GET', `/api/audit?entityType=reporting_period&entityId=${created.id}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ before: { boardDate: '2025-02-12' }, after: { boardDate: '2025-02-19' } });
  });

  it('answers 404 for an unknown plan or a period of another plan', async () => {
    const t = await buildPlan(app);
    const other = await buildPlan(app);
    const theirs = (await call(app, 'POST', `/api/plans/${other.plan.id}/periods`, period('2024-12-19', '2025-01-29', '2025-02-12'))).body;
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/periods')).status).toBe(404);
    expect((await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${theirs.id}`, { version: 1, title: 'mine' })).status).toBe(404);
  });
});
