import { bootTestApp, buildAction, buildPlan, call, TestApp } from './test-app';
import { daysFromToday } from './updates';

/**
 * The plan's read routes answer from memory until a write to anything they read is announced:
 * each write here touches a table other than the action itself, and the next read must show it.
 */
describe('answers kept in memory are dropped by every write they depend on', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  const twice = async (path: string) => {
    const first = await call(app, 'GET', path);
    expect(first.status).toBe(200);
    const second = await call(app, 'GET', path);
    expect(second.body).toEqual(first.body); // the second from memory
    return second.body;
  };

  it('the action list and the exceptions see a milestone done and an organisation renamed at once', async () => {
    const t = await buildPlan(app);
    const action = await buildAction(app, t, { reference: '1.1', deliveryStatus: 'complete' });
    const milestone = (await call(app, 'POST', `/api/actions/${action.id}/milestones`, { title: 'Course designed', dueDate: daysFromToday(-3) })).body;
    const list = `/api/actions?planId=${t.plan.id}`;
    const exceptions = `/api/plans/${t.plan.id}/exceptions`;
    const codes = (body: { items: { inconsistencies?: { code: string }[] }[] }) => body.items[0].inconsistencies?.map((i) => i.code);
    expect(codes(await twice(list))).toEqual(['complete_with_open_milestones']);
    expect((await twice(exceptions)).counts).toMatchObject({ inconsistent: 1 });

    expect((await call(app, 'PATCH', `/api/milestones/${milestone.id}`, { version: milestone.version, completedOn: daysFromToday(0) })).status).toBe(200);
    expect(codes((await call(app, 'GET', list)).body)).toEqual([]);
    expect((await call(app, 'GET', exceptions)).body.counts).toMatchObject({ inconsistent: 0 });

    const renamed = await call(app, 'PATCH', `/api/organisations/${t.council.id}`, { version: t.council.version, name: 'Plymouth City Council' });
    expect(renamed.status).toBe(200);
    expect((await call(app, 'GET', list)).body.items[0].ownerOrganisation.name).toBe('Plymouth City Council');
  });

  it('the changes between two days see a history row written into them at once', async () => {
    const t = await buildPlan(app);
    const action = await buildAction(app, t, { reference: '1.1', deliveryStatus: 'on_track' });
    const path = `/api/plans/${t.plan.id}/changes?from=${daysFromToday(-1)}&to=${daysFromToday(0)}`;
    expect((await twice(path)).counts).toMatchObject({ newActions: 1, statusChanges: 0 });
    expect((await call(app, 'PATCH', `/api/actions/${action.id}`, { version: action.version, deliveryStatus: 'at_risk' })).status).toBe(200);
    expect((await call(app, 'GET', path)).body.counts).toMatchObject({ newActions: 1, statusChanges: 1 });
  });
});
