import { NoticeListener } from '../src/db/notice-listener';
import { bootTestApp, buildAction, buildPlan, call, ownerQuery, TestApp } from './test-app';
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

  it('reads from the database while the notice connection is down, and keeps nothing from before once it is back', async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1' });
    const list = `/api/actions?planId=${t.plan.id}`;
    const owner = async () => (await call(app, 'GET', list)).body.items[0].ownerOrganisation.name;
    // By hand in SQL, as an operator would: only the database's notice tells the cache.
    const rename = (name: string) => ownerQuery('UPDATE organisation SET name = $2 WHERE id = $1', [t.council.id, name]);
    expect((await twice(list)).items[0].ownerOrganisation.name).toBe(t.council.name);

    const notices = app.get(NoticeListener);
    const { processId, losses } = notices.connection;
    expect(processId).toEqual(expect.any(Number));
    await ownerQuery('SELECT pg_terminate_backend($1)', [processId]);
    await waitFor(() => notices.connection.losses > losses);
    // Its notice is missed: the answer kept from before must not be given, now or once the connection is back.
    await rename('Renamed while no one listened');
    expect(await owner()).toBe('Renamed while no one listened');
    await rename('Renamed again while no one listened');
    await waitFor(() => notices.connection.processId !== null);
    expect(await owner()).toBe('Renamed again while no one listened');

    // Kept again, and dropped again by the next notice.
    expect((await twice(list)).items[0].ownerOrganisation.name).toBe('Renamed again while no one listened');
    await rename('Renamed with the connection back');
    await notices.settled();
    expect(await owner()).toBe('Renamed with the connection back');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('The condition did not come true in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
