import { bootTestApp, buildAction, buildPlan, call, TestApp, testDataSource } from './test-app';
import { download, pdfText } from './files';
import { buildBody, buildMeeting } from './governance';
import { buildPerson, daysFromToday } from './updates';

describe('a pack and the "as at" views read every field as it stood at the cut-off', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('shows none of the edits made after a pack\'s cut-off, in the pack or in the as-at view of that day', async () => {
    const t = await buildPlan(app);
    const [alice, bob] = [await buildPerson(app, t, 'Alice Original'), await buildPerson(app, t, 'Bob Later')];
    const action = await buildAction(app, t, {
      reference: '1.1', title: 'Original title', description: 'Original description', ownerPersonId: alice.id,
      startDate: daysFromToday(-60), dueDate: daysFromToday(30), deliveryStatus: 'on_track',
    });
    await (await testDataSource(app)).query("UPDATE action_status_history SET valid_from = now() - interval '10 days' WHERE action_id = $1", [action.id]);
    const cutOffDay = daysFromToday(-3);
    const body = await buildBody(app, t);
    const meeting = await buildMeeting(app, body.id, { meetingDate: daysFromToday(2), cutOffAt: `${cutOffDay}T17:00` });

    // After the cut-off, every reportable field is edited.
    const edit = {
      version: action.version, reference: '2.7', title: 'Edited title', description: 'Edited description', priorityAreaId: t.areas[1].id,
      ownerOrganisationId: t.icb.id, ownerPersonId: bob.id, partnerOrganisationIds: [t.council.id], startDate: daysFromToday(-1),
      dueDate: daysFromToday(90), deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete',
    };
    const refused = await call(app, 'PATCH', `/api/actions/${action.id}`, edit);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'reason', message: 'Give a reason for changing the due date' }]);
    const saved = await call(app, 'PATCH', `/api/actions/${action.id}`, { ...edit, reason: 'The provider moved its start' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Edited title', reference: '2.7', dueDate: daysFromToday(90) });

    const asBefore = {
      id: action.id, reference: '1.1', title: 'Original title', description: 'Original description', priorityAreaId: t.areas[0].id, priorityNumber: 1,
      ownerOrganisation: { id: t.council.id, name: 'Test council' }, ownerPerson: { id: alice.id, name: 'Alice Original', jobTitle: null }, partners: [],
      startDate: daysFromToday(-60), dueDate: daysFromToday(30), deliveryStatus: 'on_track',
    };
    const asAt = (await call(app, 'GET', `/api/actions?planId=${t.plan.id}&asAt=${cutOffDay}`)).body;
    expect(asAt.items).toEqual([expect.objectContaining(asBefore)]);
    expect((await call(app, 'GET', `/api/actions?planId=${t.plan.id}&asAt=${cutOffDay}&priorityId=${t.areas[1].id}`)).body.total).toBe(0);
    expect((await call(app, 'GET', `/api/actions?planId=${t.plan.id}&asAt=${cutOffDay}&ownerId=${alice.id}`)).body.total).toBe(1);
    const summary = (await call(app, 'GET', `/api/plans/${t.plan.id}/summary?asAt=${cutOffDay}`)).body;
    expect(summary.priorities.map((p: { actions: number }) => p.actions)).toEqual([1, 0]);
    const today = (await call(app, 'GET', `/api/actions?planId=${t.plan.id}`)).body.items[0];
    expect(today).toMatchObject({ title: 'Edited title', priorityNumber: 2, ownerPerson: { name: 'Bob Later' } });

    const pack = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect([200, 201]).toContain(pack.status);
    expect(pack.body.snapshot.statusDate).toBe(cutOffDay);
    const [inPack] = pack.body.snapshot.priorities[0].actions;
    expect(inPack).toMatchObject({
      id: action.id, reference: '1.1', title: 'Original title', description: 'Original description', owner: { name: 'Alice Original' },
      organisation: 'Test council', partners: [], startDate: daysFromToday(-60), dueDate: daysFromToday(30), deliveryStatus: 'on_track',
    });
    expect(pack.body.snapshot.priorities[1].actions).toEqual([]);
    const text = await pdfText((await download(app, `/api/packs/${pack.body.id}/board-pack.pdf`)).bytes);
    expect(text).toContain('Original title');
    for (const edited of ['Edited title', 'Edited description', 'Bob Later']) expect(text).not.toContain(edited);
  });

  it('keeps the original due date, lists the re-dating with its reason in what changed and in the next pack', async () => {
    const t = await buildPlan(app);
    const action = await buildAction(app, t, { reference: '1.1', title: 'Re-dated action', dueDate: daysFromToday(10) });
    await (await testDataSource(app)).query("UPDATE action_status_history SET valid_from = now() - interval '10 days' WHERE action_id = $1", [action.id]);
    // Setting a first due date needs no reason; moving one does.
    const first = await buildAction(app, t, { reference: '1.2', title: 'No date yet' });
    expect((await call(app, 'PATCH', `/api/actions/${first.id}`, { version: first.version, dueDate: daysFromToday(5) })).status).toBe(200);
    expect((await call(app, 'PATCH', `/api/actions/${action.id}`, { version: action.version, dueDate: daysFromToday(40), reason: '  ' })).status).toBe(400);
    expect((await call(app, 'PATCH', `/api/actions/${action.id}`, { version: action.version, dueDate: daysFromToday(40), reason: 'Waiting for the new commissioner' })).status).toBe(200);

    const changes = (await call(app, 'GET', `/api/plans/${t.plan.id}/changes?from=${daysFromToday(-5)}&to=${daysFromToday(0)}`)).body;
    expect(changes.counts).toMatchObject({ statusChanges: 0, reDated: 1 });
    expect(changes.reDated).toEqual([{
      action: { id: action.id, reference: '1.1', title: 'Re-dated action', priorityNumber: 1 }, at: expect.any(String),
      from: daysFromToday(10), to: daysFromToday(40), reason: 'Waiting for the new commissioner', by: { label: expect.any(String) },
    }]);
    // The original date is kept: as at yesterday the action was due on it.
    expect((await call(app, 'GET', `/api/actions?planId=${t.plan.id}&asAt=${daysFromToday(-1)}`)).body.items[0].dueDate).toBe(daysFromToday(10));

    const body = await buildBody(app, t);
    await buildMeeting(app, body.id, { meetingDate: daysFromToday(-4), cutOffAt: `${daysFromToday(-5)}T17:00` });
    const next = await buildMeeting(app, body.id, { meetingDate: daysFromToday(20), cutOffAt: `${daysFromToday(13)}T17:00` });
    const pack = await call(app, 'POST', `/api/meetings/${next.id}/packs`);
    expect(pack.body.snapshot.changes.reDated).toEqual([expect.objectContaining({ from: daysFromToday(10), to: daysFromToday(40), reason: 'Waiting for the new commissioner' })]);
    const text = await pdfText((await download(app, `/api/packs/${pack.body.id}/board-pack.pdf`)).bytes);
    expect(text).toContain('Due dates changed');
    expect(text).toContain('Waiting for the new commissioner');
  });
});
