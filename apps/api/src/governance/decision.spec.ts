import { todayIso } from '@send/domain';
import { bootTestApp, buildAction, buildPlan, call, TestApp, TestPlan } from '../../test/test-app';
import { buildBody, buildMeeting, plymouthPlanId } from '../../test/governance';

describe('board decisions and challenges API', () => {
  let app: TestApp;
  let t: TestPlan;
  let meeting: { id: string };
  let person: { id: string };

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
    const body = await buildBody(app, t);
    meeting = await buildMeeting(app, body.id, { meetingDate: '2025-01-08' });
    person = (await call(app, 'POST', '/api/people', { name: 'Head of SEND', organisationId: t.council.id })).body;
  });
  afterAll(() => app.close());

  it('records a challenge about an action, with its owner and due date, and lists it against the meeting', async () => {
    const action = await buildAction(app, t, { reference: '1.7', title: 'Recover the waiting list' });
    const res = await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, {
      kind: 'challenge', text: 'Show the recovery trajectory at every meeting', actionId: action.id, ownerPersonId: person.id, dueDate: '2025-03-19',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'challenge', kindLabel: 'Challenge', status: 'open', statusLabel: 'Open', overdue: todayIso() > '2025-03-19',
      action: { id: action.id, reference: '1.7', title: 'Recover the waiting list' }, owner: { id: person.id, name: 'Head of SEND' },
      meeting: { id: meeting.id, meetingDate: '2025-01-08', body: { id: expect.any(String), name: expect.any(String) } },
      closingNote: null, closedOn: null, version: 1,
    });
    const listed = (await call(app, 'GET', `/api/meetings/${meeting.id}/decisions`)).body;
    expect(listed.items.map((d: { id: string }) => d.id)).toContain(res.body.id);
    const audit = (await call(app, 'GET', `/api/audit?entityType=decision&entityId=${res.body.id}`)).body;
    expect(audit.items).toEqual([expect.objectContaining({ action: 'create' })]);
  });

  it('closes a decision with a closing note and date, tracked in the audit trail, and reopens it', async () => {
    const created = (await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'decision', text: 'Endorse the sufficiency plan' })).body;
    const closed = await call(app, 'PATCH', `/api/decisions/${created.id}`, {
      version: 1, status: 'closed', closingNote: 'Agreed at Cabinet', closedOn: '2025-02-01',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closingNote: 'Agreed at Cabinet', closedOn: '2025-02-01', overdue: false, version: 2 });
    const reopened = (await call(app, 'PATCH', `/api/decisions/${created.id}`, { version: 2, status: 'open' })).body;
    expect(reopened).toMatchObject({ status: 'open', closingNote: null, closedOn: null, version: 3 });
    const audit = (await call(app, 'GET', `/api/audit?entityType=decision&entityId=${created.id}`)).body;
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['reopen', 'close', 'create']);
    expect(audit.items[1].after).toMatchObject({ status: 'closed', closingNote: 'Agreed at Cabinet' });
  });

  it('closes on today when no closing date is given', async () => {
    const created = (await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'decision', text: 'Agree the agenda' })).body;
    const closed = (await call(app, 'PATCH', `/api/decisions/${created.id}`, { version: 1, status: 'closed', closingNote: 'Done' })).body;
    expect(closed.closedOn).toBe(todayIso());
  });

  it('refuses to close without a closing note, or before the meeting, naming the field', async () => {
    const created = (await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'challenge', text: 'Explain the slippage' })).body;
    const noNote = await call(app, 'PATCH', `/api/decisions/${created.id}`, { version: 1, status: 'closed' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors).toEqual([{ field: 'closingNote', message: expect.stringMatching(/closing note/) }]);
    const early = await call(app, 'PATCH', `/api/decisions/${created.id}`, { version: 1, status: 'closed', closingNote: 'x', closedOn: '2025-01-07' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('closedOn');
    expect((await call(app, 'GET', `/api/decisions/${created.id}`)).body).toMatchObject({ status: 'open', version: 1 });
  });

  it('refuses a stale version with 409, bad input with 400, an action of another plan, and unknown ids with 404', async () => {
    const created = (await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'decision', text: 'First' })).body;
    await call(app, 'PATCH', `/api/decisions/${created.id}`, { version: 1, text: 'Second' });
    const stale = await call(app, 'PATCH', `/api/decisions/${created.id}`, { version: 1, text: 'Third' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ text: 'Second', version: 2 });

    const bad = await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'resolution', text: '', dueDate: '31/03/2025' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dueDate', 'kind', 'text']);

    const other = await buildPlan(app);
    const foreign = await buildAction(app, other);
    const wrongPlan = await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'decision', text: 'x', actionId: foreign.id });
    expect(wrongPlan.status).toBe(400);
    expect(wrongPlan.body.errors[0].field).toBe('actionId');

    expect((await call(app, 'POST', '/api/meetings/00000000-0000-4000-8000-000000000000/decisions', { kind: 'decision', text: 'x' })).status).toBe(404);
    expect((await call(app, 'PATCH', '/api/decisions/00000000-0000-4000-8000-000000000000', { version: 1 })).status).toBe(404);
  });

  it('lists the plan\'s decisions by status, open ones first and soonest due first', async () => {
    const mine = await buildPlan(app);
    const body = await buildBody(app, mine);
    const m = await buildMeeting(app, body.id, { meetingDate: '2025-01-08' });
    const post = (text: string, dueDate?: string) => call(app, 'POST', `/api/meetings/${m.id}/decisions`, { kind: 'challenge', text, dueDate }).then((r) => r.body);
    const later = await post('Later', '2025-06-01');
    await post('Sooner', '2025-03-01');
    await call(app, 'PATCH', `/api/decisions/${later.id}`, { version: 1, status: 'closed', closingNote: 'Answered', closedOn: '2025-02-01' });
    await post('No date');
    const all = (await call(app, 'GET', `/api/decisions?planId=${mine.plan.id}`)).body;
    expect(all.items.map((d: { text: string }) => d.text)).toEqual(['Sooner', 'No date', 'Later']);
    const open = (await call(app, 'GET', `/api/decisions?planId=${mine.plan.id}&status=open`)).body;
    expect(open.total).toBe(2);
    expect((await call(app, 'GET', `/api/decisions?planId=${mine.plan.id}&status=done`)).status).toBe(400);

    // As at a day: a decision closed later was still open, and one recorded later did not exist yet.
    const asAt = (day: string, status: string) => call(app, 'GET', `/api/decisions?planId=${mine.plan.id}&status=${status}&asAt=${day}`).then((r) => r.body);
    const openOn = await asAt('2025-01-20', 'open');
    expect(openOn.items.map((d: { text: string; status: string; closedOn: string | null }) => [d.text, d.status, d.closedOn])).toEqual(
      [['Sooner', 'open', null], ['Later', 'open', null], ['No date', 'open', null]],
    );
    expect(openOn.items.find((d: { text: string }) => d.text === 'Sooner').overdue).toBe(false);
    expect((await asAt('2025-04-01', 'open')).items.find((d: { text: string }) => d.text === 'Sooner').overdue).toBe(true);
    expect((await asAt('2025-01-20', 'closed')).total).toBe(0);
    expect((await asAt('2025-02-01', 'closed')).items.map((d: { text: string }) => d.text)).toEqual(['Later']);
    expect((await asAt('2025-01-07', 'open')).total).toBe(0);
    expect((await call(app, 'GET', `/api/decisions?planId=${mine.plan.id}&asAt=2025-13-01`)).status).toBe(400);
  });

  it('seeds the Board\'s decisions and challenges for Plymouth, those of the report closed when heard, with an illustrative note', async () => {
    const planId = await plymouthPlanId(app);
    const all = (await call(app, 'GET', `/api/decisions?planId=${planId}&pageSize=200`)).body.items as {
      action: { reference: string } | null; status: string; closingNote: string | null; closedOn: string | null; dueDate: string | null; illustrative: boolean;
      meeting: { meetingDate: string };
    }[];
    const challenge = (ref: string) => all.find((d) => d.action?.reference === ref && d.meeting.meetingDate === '2025-01-08')!;
    // Due on 19 March 2025, heard at the Board that day.
    for (const ref of ['7.3', '2.2']) {
      expect(challenge(ref)).toMatchObject({ status: 'closed', closedOn: '2025-03-19', closingNote: expect.stringMatching(/^Illustrative: /), illustrative: false });
    }
    expect(all.filter((d) => d.illustrative).length).toBeGreaterThan(0);
  });
});
