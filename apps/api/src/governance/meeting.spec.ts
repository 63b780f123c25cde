import { bootTestApp, buildPlan, call, TestApp, TestPlan } from '../../test/test-app';
import { buildBody, buildMeeting, plymouthPlanId } from '../../test/governance';

describe('governance bodies and meetings API', () => {
  let app: TestApp;
  let t: TestPlan;

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
  });
  afterAll(() => app.close());

  describe('the seeded Plymouth calendar', () => {
    let planId: string;
    let bodies: { id: string; key: string; name: string; meetingCount: number; priorityAreas: { number: number }[] }[];
    const datesOf = async (key: string) => {
      const body = bodies.find((b) => b.key === key)!;
      const page = (await call(app, 'GET', `/api/meetings?planId=${planId}&bodyId=${body.id}&pageSize=200`)).body;
      return page.items.map((m: { meetingDate: string }) => m.meetingDate) as string[];
    };
    const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

    beforeAll(async () => {
      planId = await plymouthPlanId(app);
      bodies = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items;
    });

    it('lists the governance bodies, with the priority areas each delivery group owns', () => {
      expect(bodies.map((b) => b.name)).toEqual(expect.arrayContaining([
        'SEND Improvement Board', 'SEND Strategic Delivery Group', 'NHS Devon ICB Quality Committee',
      ]));
      expect(bodies.find((b) => b.key === 'send-improvement-board')).toBe(bodies[0]);
      expect(bodies.filter((b) => b.key.startsWith('priority-')).map((b) => b.priorityAreas.map((a) => a.number))).toEqual(
        [[1], [2], [3], [4], [5], [6], [7], [8], [9]],
      );
    });

    it('has the Improvement Board every six weeks from September 2023 to the end of 2027', async () => {
      const dates = await datesOf('send-improvement-board');
      expect(dates[0]).toBe('2023-09-20');
      expect(dates[dates.length - 1] >= '2027-11-01' && dates[dates.length - 1] <= '2027-12-31').toBe(true);
      const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i], d));
      // Six weeks, except around Christmas when a meeting moves a week or two.
      expect(gaps.filter((g) => g === 42).length).toBeGreaterThanOrEqual(gaps.length - 8);
      expect(gaps.every((g) => g >= 28 && g <= 56)).toBe(true);
    });

    it('has the Strategic Delivery Group monthly, scrutiny a few times a year and the ICB Quality Committee bi-monthly', async () => {
      const sdg = await datesOf('send-strategic-delivery-group');
      expect(new Set(sdg.map((d) => d.slice(0, 7))).size).toBe(sdg.length);
      expect(sdg.length).toBeGreaterThanOrEqual(45);
      const scrutiny = await datesOf('childrens-scrutiny-committee');
      expect(scrutiny).toContain('2025-01-29');
      expect(scrutiny.filter((d) => d.startsWith('2026')).length).toBeGreaterThanOrEqual(2);
      const icb = await datesOf('icb-quality-committee');
      expect(icb.slice(1).map((d, i) => Math.round(daysBetween(icb[i], d) / 30))).toEqual(icb.slice(1).map(() => 2));
    });

    it('gives each seeded meeting a cut-off before it, and its body by id and name', async () => {
      const page = (await call(app, 'GET', `/api/meetings?planId=${planId}&from=2025-01-01&to=2025-02-28`)).body;
      expect(page.total).toBeGreaterThanOrEqual(5);
      for (const m of page.items) {
        expect(m.meetingDate >= '2025-01-01' && m.meetingDate <= '2025-02-28').toBe(true);
        expect(Date.parse(m.cutOffAt)).toBeLessThan(Date.parse(`${m.meetingDate}T00:00:00Z`));
        expect(m.body).toEqual({ id: expect.any(String), name: expect.any(String), kind: expect.any(String) });
        expect(m.allPriorityAreas).toBe(true);
        expect(m.priorityAreas).toHaveLength(9);
      }
    });
  });

  it('creates a body and a meeting with a default title, cut-off and scope, and records the audit events', async () => {
    const body = await buildBody(app, t, { name: 'Testshire SEND Improvement Board', cadence: 'every six weeks' });
    expect(body).toMatchObject({ key: 'testshire-send-improvement-board', kind: 'improvement_board', meetingCount: 0, nextMeeting: null });
    const meeting = await buildMeeting(app, body.id, { meetingDate: '2025-07-16' });
    expect(meeting).toMatchObject({
      title: 'Testshire SEND Improvement Board', meetingDate: '2025-07-16',
      cutOffAt: '2025-07-09T16:00:00.000Z', cutOffLocal: '2025-07-09T17:00', // 17:00 BST a week before
      allPriorityAreas: true, priorityAreaIds: [], body: { id: body.id, name: body.name }, previousMeeting: null,
      decisions: { open: 0, closed: 0 }, version: 1,
    });
    expect(meeting.priorityAreas.map((a: { number: number }) => a.number)).toEqual([1, 2]);
    const audit = (await call(app, 'GET', `/api/audit?entityType=meeting&entityId=${meeting.id}`)).body;
    expect(audit.items).toEqual([expect.objectContaining({ action: 'create', after: expect.objectContaining({ meetingDate: '2025-07-16' }) })]);
  });

  it('reads a cut-off without an offset as England time, and narrows the scope to chosen priority areas', async () => {
    const body = await buildBody(app, t);
    const meeting = await buildMeeting(app, body.id, {
      meetingDate: '2025-01-15', cutOffAt: '2025-01-10T12:30', title: 'Board: priority 2 deep dive', priorityAreaIds: [t.areas[1].id],
    });
    expect(meeting).toMatchObject({ cutOffAt: '2025-01-10T12:30:00.000Z', allPriorityAreas: false, title: 'Board: priority 2 deep dive' });
    expect(meeting.priorityAreas).toEqual([{ id: t.areas[1].id, number: 2, title: 'Area 2' }]);
  });

  it('links a meeting to the same body\'s previous and next meetings', async () => {
    const body = await buildBody(app, t);
    const first = await buildMeeting(app, body.id, { meetingDate: '2025-01-08' });
    const second = await buildMeeting(app, body.id, { meetingDate: '2025-02-19' });
    const read = (await call(app, 'GET', `/api/meetings/${second.id}`)).body;
    expect(read.previousMeeting).toEqual({ id: first.id, title: first.title, meetingDate: '2025-01-08' });
    expect((await call(app, 'GET', `/api/meetings/${first.id}`)).body.nextMeeting).toMatchObject({ id: second.id });
  });

  it('lists meetings by body and dates, newest first on request, a page at a time', async () => {
    const body = await buildBody(app, t);
    for (const date of ['2025-01-08', '2025-02-19', '2025-04-02', '2025-05-14']) await buildMeeting(app, body.id, { meetingDate: date });
    const q = (s: string) => call(app, 'GET', `/api/meetings?bodyId=${body.id}${s}`).then((r) => r.body);
    expect((await q('')).items.map((m: { meetingDate: string }) => m.meetingDate)).toEqual(['2025-01-08', '2025-02-19', '2025-04-02', '2025-05-14']);
    expect((await q('&from=2025-02-19&to=2025-04-02')).total).toBe(2);
    const page = await q('&order=desc&pageSize=3&page=1');
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(page.items[0].meetingDate).toBe('2025-05-14');
  });

  it('updates a meeting with its version and refuses a stale one with 409', async () => {
    const body = await buildBody(app, t);
    const meeting = await buildMeeting(app, body.id);
    const ok = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: 1, title: 'Extraordinary Board', cutOffAt: '2025-02-10T09:00:00Z' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: 'Extraordinary Board', cutOffAt: '2025-02-10T09:00:00.000Z', version: 2 });
    const stale = await call(app, 'PATCH', `/api/meetings/${meeting.id}`, { version: 1, title: 'Again' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ title: 'Extraordinary Board', version: 2 });
  });

  it('refuses a cut-off after the meeting day, naming the field', async () => {
    const body = await buildBody(app, t);
    const res = await call(app, 'POST', '/api/meetings', { bodyId: body.id, meetingDate: '2025-02-12', cutOffAt: '2025-02-13T09:00' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'cutOffAt', message: 'The cut-off must be on or before the day of the meeting.' }]);
  });

  it('answers bad input with 400 per field and leaves nothing behind', async () => {
    const body = await buildBody(app, t);
    const res = await call(app, 'POST', '/api/meetings', { bodyId: body.id, meetingDate: '2025-02-30', cutOffAt: 'tomorrow', priorityAreaIds: ['x'] });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cutOffAt', 'meetingDate', 'priorityAreaIds']);
    const other = await buildPlan(app);
    const foreign = await call(app, 'POST', '/api/meetings', { bodyId: body.id, meetingDate: '2025-02-12', priorityAreaIds: [other.areas[0].id] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe('priorityAreaIds');
    expect((await call(app, 'GET', `/api/meetings?bodyId=${body.id}`)).body.total).toBe(0);
    const noBody = await call(app, 'POST', '/api/meetings', { bodyId: other.plan.id, meetingDate: '2025-02-12' });
    expect(noBody.status).toBe(400);
    expect(noBody.body.errors[0].field).toBe('bodyId');
  });

  it('answers 404 for an unknown meeting and refuses a second body with the same key', async () => {
    expect((await call(app, 'GET', '/api/meetings/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call(app, 'GET', '/api/meetings/not-an-id')).status).toBe(404);
    await buildBody(app, t, { key: 'scrutiny-panel', name: 'Scrutiny panel', kind: 'scrutiny' });
    const again = await call(app, 'POST', '/api/governance-bodies', { planId: t.plan.id, key: 'scrutiny-panel', name: 'Other', kind: 'scrutiny' });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe('key');
  });
});
