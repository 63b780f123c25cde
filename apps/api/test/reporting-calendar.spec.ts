import { dayNumberToIsoDate, isoDateToDayNumber, lastDeadlineFor, todayIso } from '@send/domain';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/db/data-source';
import { ReportingPeriodsBelongToMeetings1796458593326 } from '../src/db/migrations/1796458593326-ReportingPeriodsBelongToMeetings';
import { plymouthPlanId } from './governance';
import { createScratchDatabase } from './scratch-database';
import { bootTestApp, buildPlan, call, TestApp } from './test-app';
import { openPeriod } from './updates';

interface Period { id: string; title: string; opensOn: string; updateDeadline: string; boardDate: string; meetingId: string; meeting: { meetingDate: string; cutOffAt: string } }
interface Meeting { id: string; meetingDate: string; cutOffAt: string; body: { id: string; kind: string } }

/** One calendar: every reporting period belongs to a meeting of the Improvement Board and cannot drift from it. */
describe('reporting periods and the Improvement Board calendar', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it("gives every seeded Plymouth period its meeting's date as its board date, and a deadline before the meeting's cut-off", async () => {
    const planId = await plymouthPlanId(app);
    const periods = (await call(app, 'GET', `/api/plans/${planId}/periods`)).body.items as Period[];
    const bodies = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items as { id: string; kind: string }[];
    const board = bodies.find((b) => b.kind === 'improvement_board')!;
    const meetings = (await call(app, 'GET', `/api/meetings?bodyId=${board.id}&pageSize=200`)).body.items as Meeting[];
    const byId = new Map(meetings.map((m) => [m.id, m]));

    expect(periods.length).toBeGreaterThanOrEqual(38);
    for (const p of periods) {
      const meeting = byId.get(p.meetingId);
      expect({ period: p.title, meetingDate: meeting?.meetingDate }).toEqual({ period: p.title, meetingDate: p.boardDate });
      const cutOffDay = todayIso(new Date(meeting!.cutOffAt));
      expect({ period: p.title, deadlineBeforeCutOffDay: p.updateDeadline < cutOffDay }).toEqual({ period: p.title, deadlineBeforeCutOffDay: true });
      expect(p.updateDeadline).toBe(lastDeadlineFor({ meetingDate: meeting!.meetingDate, cutOffAt: new Date(meeting!.cutOffAt) }));
      expect(p.title).toMatch(/^Board \d{1,2} [A-Z][a-z]+ 20\d\d$/);
    }
    // Every Improvement Board has its period, and every day from the first period on falls in one.
    expect(new Set(periods.map((p) => p.meetingId))).toEqual(new Set(meetings.map((m) => m.id)));
    for (let i = 1; i < periods.length; i++) {
      expect(periods[i].opensOn).toBe(dayNumberToIsoDate(isoDateToDayNumber(periods[i - 1].boardDate) + 1));
    }
    expect(periods.find((p) => p.title === 'Board 9 December 2026')).toMatchObject({ boardDate: '2026-12-09', updateDeadline: '2026-12-01', opensOn: '2026-10-29' });
  });

  it('lets the database keep them equal: a meeting moved by hand in SQL moves its period, and a board date alone cannot be changed', async () => {
    const t = await buildPlan(app);
    const period = await openPeriod(app, t.plan.id, { opensOn: '2026-10-29', updateDeadline: '2026-11-20', boardDate: '2026-12-09' });
    const db = app.get(DataSource);
    await db.query('UPDATE meeting SET meeting_date = $1 WHERE id = $2', ['2026-12-10', period.meetingId]);
    expect((await db.query('SELECT board_date::text FROM reporting_period WHERE id = $1', [period.id]))[0].board_date).toBe('2026-12-10');
    await expect(db.query('UPDATE reporting_period SET board_date = $1 WHERE id = $2', ['2026-12-16', period.id])).rejects.toMatchObject({ code: '23503' });
  });

  describe('the migration that links the periods an installation already has', () => {
    let db: DataSource;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const scratch = await createScratchDatabase('calendar_migration');
      drop = scratch.drop;
      // The schema as it was before this migration.
      const all = new DataSource(dataSourceOptions(scratch.url));
      await all.initialize();
      const earlier = all.migrations
        .filter((m) => Number(/\d+$/.exec(m.name ?? m.constructor.name)?.[0]) < 1796458593326)
        .map((m) => m.constructor as new () => never);
      await all.destroy();
      db = new DataSource({ ...dataSourceOptions(scratch.url), migrations: earlier });
      await db.initialize();
      await db.runMigrations({ transaction: 'each' });
    });
    afterAll(async () => {
      await db?.destroy();
      await drop?.();
    });

    it('links each period to the board on its date, moves one set a few days after its board to it, and creates the meetings that are missing', async () => {
      const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
      const [plan] = await q(`INSERT INTO plan (version, slug, title, local_area) VALUES (1, 'legacy', 'Legacy plan', 'Legacyshire') RETURNING id`);
      const [alone] = await q(`INSERT INTO plan (version, slug, title, local_area) VALUES (1, 'no-board', 'Plan with no board', 'Elsewhere') RETURNING id`);
      const [board] = await q(`INSERT INTO governance_body (version, plan_id, key, name, kind) VALUES (1, $1, 'send-improvement-board', 'SEND Improvement Board', 'improvement_board') RETURNING id`, [plan.id]);
      const [scrutiny] = await q(`INSERT INTO governance_body (version, plan_id, key, name, kind) VALUES (1, $1, 'scrutiny', 'Scrutiny', 'scrutiny') RETURNING id`, [plan.id]);
      const meeting = async (bodyId: string, date: string, cutOff: string) =>
        (await q(`INSERT INTO meeting (version, plan_id, body_id, title, meeting_date, cut_off_at) VALUES (1, $1, $2, 'Meeting', $3, $4) RETURNING id`, [plan.id, bodyId, date, cutOff]))[0].id as string;
      const october = await meeting(board.id, '2026-10-28', '2026-10-21T16:00:00Z');
      const december = await meeting(board.id, '2026-12-09', '2026-12-02T17:00:00Z');
      await meeting(scrutiny.id, '2026-12-16', '2026-12-02T17:00:00Z');
      const period = async (planId: string, title: string, opensOn: string, deadline: string, boardDate: string) =>
        (await q(`INSERT INTO reporting_period (version, plan_id, title, opens_on, update_deadline, board_date) VALUES (1, $1, $2, $3, $4, $5) RETURNING id`, [planId, title, opensOn, deadline, boardDate]))[0].id as string;
      const onTheDay = await period(plan.id, 'Board 28 October 2026', '2026-09-17', '2026-10-14', '2026-10-28');
      const weekLate = await period(plan.id, 'Board 16 December 2026', '2026-10-29', '2026-12-02', '2026-12-16');
      const noMeeting = await period(plan.id, 'Board 27 January 2027', '2026-12-17', '2027-01-13', '2027-01-27');
      const lateDeadline = await period(plan.id, 'Extraordinary board', '2027-01-28', '2027-03-08', '2027-03-10');
      const noBody = await period(alone.id, 'Board 4 November 2026', '2026-09-24', '2026-10-21', '2026-11-04');

      const runner = db.createQueryRunner();
      await runner.startTransaction();
      await new ReportingPeriodsBelongToMeetings1796458593326().up(runner);
      await runner.commitTransaction();
      await runner.release();

      const rows = await q(`
        SELECT rp.id, rp.title, rp.board_date::text, rp.version, m.id AS meeting_id, m.meeting_date::text, m.cut_off_at, b.kind, b.name
          FROM reporting_period rp JOIN meeting m ON m.id = rp.meeting_id JOIN governance_body b ON b.id = m.body_id`);
      const row = (id: string) => rows.find((r: { id: string }) => r.id === id);
      expect(row(onTheDay)).toMatchObject({ meeting_id: october, board_date: '2026-10-28', title: 'Board 28 October 2026', version: 1 });
      expect(row(weekLate)).toMatchObject({ meeting_id: december, board_date: '2026-12-09', title: 'Board 9 December 2026', version: 2 });
      expect(row(noMeeting)).toMatchObject({ board_date: '2027-01-27', meeting_date: '2027-01-27', kind: 'improvement_board', name: 'SEND Improvement Board' });
      expect(row(noMeeting).cut_off_at.toISOString()).toBe('2027-01-20T17:00:00.000Z');
      // A deadline after the usual cut-off keeps its day: the new meeting is cut off the day after it.
      expect(row(lateDeadline)).toMatchObject({ board_date: '2027-03-10', title: 'Extraordinary board' });
      expect(row(lateDeadline).cut_off_at.toISOString()).toBe('2027-03-09T17:00:00.000Z');
      expect(row(noBody)).toMatchObject({ board_date: '2026-11-04', kind: 'improvement_board', name: 'Improvement Board' });

      const events = await q(`SELECT entity_type, entity_id, action, before, after FROM audit_event ORDER BY id`);
      expect(events.filter((e: { action: string }) => e.action === 'link_meeting')).toHaveLength(5);
      expect(events.find((e: { entity_id: string }) => e.entity_id === weekLate)).toMatchObject({
        before: { boardDate: '2026-12-16', title: 'Board 16 December 2026' }, after: { boardDate: '2026-12-09', title: 'Board 9 December 2026', meetingId: december },
      });
      expect(events.filter((e: { entity_type: string; action: string }) => e.entity_type === 'meeting' && e.action === 'create')).toHaveLength(3);
      expect(events.filter((e: { entity_type: string }) => e.entity_type === 'governance_body')).toHaveLength(1);

      // From now on the database keeps them together.
      await q(`UPDATE meeting SET meeting_date = '2026-12-10' WHERE id = $1`, [december]);
      expect((await q('SELECT board_date::text FROM reporting_period WHERE id = $1', [weekLate]))[0].board_date).toBe('2026-12-10');
    });
  });
});
