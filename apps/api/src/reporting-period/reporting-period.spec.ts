import { buildBody, buildMeeting } from '../../test/governance';
import { bootTestApp, buildPlan, call, TestApp } from '../../test/test-app';
import { boardMeeting, daysFromToday, openPeriod } from '../../test/updates';

describe('reporting periods API', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  const createPeriod = (planId: string, body: Record<string, unknown>) => call(app, 'POST', `/api/plans/${planId}/periods`, body);

  it("lists the plan's periods in board order, each with its meeting, and says which one is current", async () => {
    const t = await buildPlan(app);
    const later = await openPeriod(app, t.plan.id, { opensOn: daysFromToday(15), updateDeadline: daysFromToday(30), boardDate: daysFromToday(44) });
    const now = await openPeriod(app, t.plan.id, { opensOn: daysFromToday(-27), updateDeadline: daysFromToday(0), boardDate: daysFromToday(14) });
    const past = await openPeriod(app, t.plan.id, { opensOn: '2024-01-01', updateDeadline: '2024-01-31', boardDate: '2024-02-14', title: 'Extraordinary board' });
    expect(past).toMatchObject({ title: 'Extraordinary board', state: 'closed', version: 1, boardDate: '2024-02-14' });
    expect(now.title).toMatch(/^Board \d{1,2} [A-Z][a-z]+ \d{4}$/);

    const list = (await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body;
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([past.id, now.id, later.id]);
    expect(list.items.map((p: { state: string }) => p.state)).toEqual(['closed', 'open', 'upcoming']);
    expect(list.currentPeriodId).toBe(now.id);
    expect(list.items.map((p: { current: boolean }) => p.current)).toEqual([false, true, false]);
    for (const p of list.items) expect(p.meeting).toMatchObject({ id: p.meetingId, meetingDate: p.boardDate, cutOffAt: expect.any(String) });
  });

  it('has no current period when none is open', async () => {
    const t = await buildPlan(app);
    await openPeriod(app, t.plan.id, { opensOn: '2024-01-01', updateDeadline: '2024-01-31', boardDate: '2024-02-14' });
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body.currentPeriodId).toBeNull();
  });

  it("takes its board date from its meeting, opens the day after the previous board and is due the day before the meeting's cut-off", async () => {
    const t = await buildPlan(app);
    await openPeriod(app, t.plan.id, { opensOn: '2024-11-14', updateDeadline: '2024-12-31', boardDate: '2025-01-08' });
    const february = await boardMeeting(app, t.plan.id, '2025-02-05');
    const res = await createPeriod(t.plan.id, { meetingId: february.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Board 5 February 2025', opensOn: '2025-01-09', updateDeadline: '2025-01-28', boardDate: '2025-02-05', meetingId: february.id,
      meeting: { id: february.id, meetingDate: '2025-02-05', cutOffAt: '2025-01-29T17:00:00.000Z' },
    });
  });

  it('refuses a meeting of another body or plan, a board date of its own, a deadline on the cut-off day and a second period for a meeting', async () => {
    const t = await buildPlan(app);
    const other = await buildPlan(app);
    const scrutiny = await buildMeeting(app, (await buildBody(app, t, { kind: 'scrutiny', name: 'Scrutiny panel' })).id, { meetingDate: '2025-02-05' });
    const theirs = await boardMeeting(app, other.plan.id, '2025-02-05');
    for (const meetingId of [scrutiny.id, theirs.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await createPeriod(t.plan.id, { meetingId, opensOn: '2025-01-09' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'meetingId', message: "Choose a meeting of this plan's Improvement Board: a reporting period reports to one" }]);
    }

    const board = await boardMeeting(app, t.plan.id, '2025-02-05');
    const ownDate = await createPeriod(t.plan.id, { meetingId: board.id, opensOn: '2025-01-09', boardDate: '2025-02-12' });
    expect(ownDate.status).toBe(400);
    expect(ownDate.body.errors).toEqual([{ field: 'boardDate', message: expect.stringMatching(/^boardDate is the date of the period's meeting: move the meeting/) }]);

    const onCutOffDay = await createPeriod(t.plan.id, { meetingId: board.id, opensOn: '2025-01-09', updateDeadline: '2025-01-29' });
    expect(onCutOffDay.status).toBe(400);
    expect(onCutOffDay.body.errors).toEqual([{
      field: 'updateDeadline',
      message: "The update deadline must be before the meeting's pack cut-off (29 January 2025), so that updates can be moderated into the pack: 28 January 2025 at the latest.",
    }]);
    const disorder = await createPeriod(t.plan.id, { meetingId: board.id, opensOn: '2025-02-01', updateDeadline: '2025-01-20' });
    expect(disorder.status).toBe(400);
    expect(disorder.body.errors[0]).toEqual({ field: 'updateDeadline', message: expect.stringMatching(/on or after the day the period opens/) });
    const noStart = await createPeriod(t.plan.id, { meetingId: board.id });
    expect(noStart.status).toBe(400);
    expect(noStart.body.errors[0].field).toBe('opensOn');
    const bad = await createPeriod(t.plan.id, { meetingId: 'soon', opensOn: '2025-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['meetingId', 'opensOn']));

    expect((await createPeriod(t.plan.id, { meetingId: board.id, opensOn: '2025-01-09' })).status).toBe(201);
    const twice = await createPeriod(t.plan.id, { meetingId: board.id, opensOn: '2025-01-10' });
    expect(twice.status).toBe(409);
    expect(twice.body.errors).toEqual([{ field: 'meetingId', message: 'This meeting already has a reporting period' }]);
  });

  it('moves a period to another meeting with its version, renaming it after its board, and audits the change', async () => {
    const t = await buildPlan(app);
    const created = await openPeriod(app, t.plan.id, { opensOn: '2024-12-19', updateDeadline: '2025-01-28', boardDate: '2025-02-05' });
    expect(created.title).toBe('Board 5 February 2025');
    const later = await boardMeeting(app, t.plan.id, '2025-02-19');
    const moved = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 1, meetingId: later.id });
    expect(moved.status).toBe(200);
    // The deadline was the last day before the old cut-off, so it follows the new one.
    expect(moved.body).toMatchObject({ title: 'Board 19 February 2025', boardDate: '2025-02-19', updateDeadline: '2025-02-11', meetingId: later.id, version: 2 });
    const stale = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 1, title: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2 });
    const ownDate = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 2, boardDate: '2025-03-01' });
    expect(ownDate.status).toBe(400);
    expect(ownDate.body.errors[0].field).toBe('boardDate');
    const tooLate = await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${created.id}`, { version: 2, updateDeadline: '2025-02-12' });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.errors[0].field).toBe('updateDeadline');
    const audit = (await call(app, 'GET', `/api/audit?entityType=reporting_period&entityId=${created.id}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ before: { boardDate: '2025-02-05' }, after: { boardDate: '2025-02-19', meetingId: later.id } });
  });

  it('answers 404 for an unknown plan or a period of another plan', async () => {
    const t = await buildPlan(app);
    const other = await buildPlan(app);
    const theirs = await openPeriod(app, other.plan.id, { opensOn: '2024-12-19', updateDeadline: '2025-01-28', boardDate: '2025-02-05' });
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/periods')).status).toBe(404);
    expect((await call(app, 'PATCH', `/api/plans/${t.plan.id}/periods/${theirs.id}`, { version: 1, title: 'mine' })).status).toBe(404);
  });

  describe('moving the meeting a period reports to', () => {
    it("moves the period with it, in one transaction: board date, title, and a deadline that followed the cut-off", async () => {
      const t = await buildPlan(app);
      const period = await openPeriod(app, t.plan.id, { opensOn: '2026-10-29', updateDeadline: '2026-12-01', boardDate: '2026-12-09' });
      const meeting = (await call(app, 'GET', `/api/meetings/${period.meetingId}`)).body;
      const moved = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, meetingDate: '2026-12-16' });
      expect(moved.status).toBe(200);
      // The cut-off was the default, a week before at 17:00: it moves too.
      expect(moved.body).toMatchObject({ meetingDate: '2026-12-16', cutOffAt: '2026-12-09T17:00:00.000Z' });

      const after = (await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body.items[0];
      expect(after).toMatchObject({ id: period.id, boardDate: '2026-12-16', title: 'Board 16 December 2026', updateDeadline: '2026-12-08', opensOn: '2026-10-29', version: 2 });
      const audit = (await call(app, 'GET', `/api/audit?entityType=reporting_period&entityId=${period.id}`)).body.items[0];
      expect(audit).toMatchObject({
        action: 'follow_meeting',
        before: { boardDate: '2026-12-09', title: 'Board 9 December 2026', updateDeadline: '2026-12-01' },
        after: { boardDate: '2026-12-16', title: 'Board 16 December 2026', updateDeadline: '2026-12-08' },
      });
    });

    it('keeps a deadline and a title set by hand, and refuses a move that would leave the deadline after the cut-off', async () => {
      const t = await buildPlan(app);
      const period = await openPeriod(app, t.plan.id, { opensOn: '2026-10-29', updateDeadline: '2026-11-25', boardDate: '2026-12-09', title: 'Winter board' });
      const meeting = (await call(app, 'GET', `/api/meetings/${period.meetingId}`)).body;
      const later = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, meetingDate: '2026-12-16' });
      expect(later.status).toBe(200);
      const kept = (await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body.items[0];
      expect(kept).toMatchObject({ boardDate: '2026-12-16', title: 'Winter board', updateDeadline: '2026-11-25' });

      const tooEarly = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: later.body.version, meetingDate: '2026-11-30' });
      expect(tooEarly.status).toBe(400);
      expect(tooEarly.body.errors).toEqual([{ field: 'meetingDate', message: expect.stringMatching(/^Winter board reports to this meeting, and would no longer fit it: The update deadline must be before the meeting's pack cut-off \(23 November 2026\)/) }]);
      const cutOff = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: later.body.version, cutOffAt: '2026-11-25T12:00' });
      expect(cutOff.status).toBe(400);
      expect(cutOff.body.errors[0].field).toBe('cutOffAt');
      expect((await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body.items[0]).toMatchObject({ boardDate: '2026-12-16', version: kept.version });
    });

    it("refuses to move it onto another period's board date, or to a body the plan does not report to", async () => {
      const t = await buildPlan(app);
      const first = await openPeriod(app, t.plan.id, { opensOn: '2026-09-17', updateDeadline: '2026-10-20', boardDate: '2026-10-28' });
      const second = await openPeriod(app, t.plan.id, { opensOn: '2026-10-29', updateDeadline: '2026-12-01', boardDate: '2026-12-09' });
      const meeting = (await call(app, 'GET', `/api/meetings/${second.meetingId}`)).body;
      const clash = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, meetingDate: first.boardDate });
      expect(clash.status).toBe(409);
      expect(clash.body.errors[0].field).toBe('meetingDate');
      const scrutiny = await buildBody(app, t, { kind: 'scrutiny', name: 'Scrutiny panel' });
      const elsewhere = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: meeting.version, bodyId: scrutiny.id });
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.body.errors).toEqual([{ field: 'bodyId', message: 'Board 9 December 2026 reports to this meeting: it must stay a meeting of an Improvement Board' }]);
    });
  });
});
