import { currentPeriod, todayIso } from '@send/domain';
import { DataSource } from 'typeorm';
import { runMigrations } from '../src/db/migrate';
import measuresJson from '../src/seed/plymouth/measures.json';
import { PLYMOUTH } from '../src/seed/plymouth-dataset';
import { plymouthPlanId } from './governance';
import { createScratchDatabase } from './scratch-database';
import { seedDatabase } from './seed-database';
import { bootTestApp, call, callAs, TestApp, testDataSource } from './test-app';

interface Period { id: string; title: string; opensOn: string; updateDeadline: string; boardDate: string; meetingId: string; meeting: { cutOffAt: string } }

/** The day the real history ends: the January 2025 progress report. Everything after it is illustrative. */
const HISTORY_ENDS = '2025-01-31';
/** The board the January 2025 critical review reported to: the last period of real updates. */
const REVIEW_BOARD = '2025-02-05';
const REVIEW = { not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 };

/**
 * The demo plan lives in the present: its real history (to January 2025) carried on with
 * illustrative records to the day it is seeded, whatever that day is.
 */
describe('the Plymouth demo carried on to the day it is seeded', () => {
  /** What a new user must find on the day the demo was seeded (`day`). */
  async function expectAlive(app: TestApp, planId: string, day: string) {
    const periods = (await call(app, 'GET', `/api/plans/${planId}/periods`)).body.items as Period[];
    const current = currentPeriod(periods, day)!;
    const lastBoard = periods.filter((p) => p.boardDate < day).at(-1)!;
    expect(current).toBeDefined();

    // No action has gone more than one period without an approved update.
    const progress = (await call(app, 'GET', `/api/plans/${planId}/periods/${current.id}/progress`)).body;
    expect(progress.counts).toMatchObject({ actions: 55, stale: 0 });
    const since = progress.actions.map((a: { action: { reference: string }; periodsSinceApprovedUpdate: number }) => [a.action.reference, a.periodsSinceApprovedUpdate]);
    expect(since.filter(([, n]: [string, number]) => n > 1)).toEqual([]);
    const lastProgress = (await call(app, 'GET', `/api/plans/${planId}/periods/${lastBoard.id}/progress`)).body;
    expect(lastProgress.counts).toMatchObject({ actions: 55, approved: 55, missing: 0 });

    // The next board has a draft pack, cut at its cut-off (or on the day, if that is still to come).
    const bodies = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items as { id: string; kind: string }[];
    const board = bodies.find((b) => b.kind === 'improvement_board')!;
    const next = (await call(app, 'GET', `/api/meetings?bodyId=${board.id}&from=${day}&pageSize=1`)).body.items[0];
    expect(next).toBeDefined();
    const packs = (await call(app, 'GET', `/api/meetings/${next.id}/packs`)).body.items;
    expect(packs.map((p: { state: string }) => p.state)).toEqual(['draft']);
    expect(todayIso(new Date(packs[0].asAt)) <= day).toBe(true);

    // What changed since the last board is not empty.
    const changes = (await call(app, 'GET', `/api/plans/${planId}/changes?from=${lastBoard.boardDate}&to=${day}`)).body;
    expect(changes.counts.statusChanges + changes.counts.completions + changes.counts.missedDeadlines).toBeGreaterThan(0);

    // The January 2025 judgement stands as it was.
    for (const asAt of [HISTORY_ENDS, REVIEW_BOARD]) {
      expect((await call(app, 'GET', `/api/plans/${planId}/summary?asAt=${asAt}`)).body.byImpactStatus).toEqual(REVIEW);
    }
    return { periods, current, lastBoard };
  }

  /** Every record after the real history is marked illustrative, and nothing before it is. */
  async function expectIllustrativeMarked(db: DataSource, planId: string) {
    const one = async (sql: string, params: unknown[]) => (await db.query(sql, [planId, ...params]))[0];
    expect(await one(`
      SELECT count(*) FILTER (WHERE rp.board_date > $2 AND NOT su.illustrative)::int AS unmarked,
             count(*) FILTER (WHERE rp.board_date <= $2 AND su.illustrative)::int AS marked
        FROM status_update su JOIN reporting_period rp ON rp.id = su.period_id WHERE su.plan_id = $1`, [REVIEW_BOARD])).toEqual({ unmarked: 0, marked: 0 });
    expect(await one(`
      SELECT count(*) FILTER (WHERE m.meeting_date > $2 AND NOT m.illustrative)::int AS unmarked,
             count(*) FILTER (WHERE m.meeting_date <= $2 AND m.illustrative)::int AS marked
        FROM meeting m WHERE m.plan_id = $1`, [HISTORY_ENDS])).toEqual({ unmarked: 0, marked: 0 });
    // Measure figures: the dataset's own until the report (some of them illustrative, as it says), made up after it.
    expect(await one(`
      SELECT count(*) FILTER (WHERE v.period_end > $2 AND NOT v.illustrative)::int AS unmarked,
             count(*) FILTER (WHERE v.period_end <= $2)::int AS reported, count(*) FILTER (WHERE v.period_end <= $2 AND v.illustrative)::int AS marked
        FROM measure_value v JOIN measure m ON m.id = v.measure_id WHERE m.plan_id = $1`, [HISTORY_ENDS]))
      .toEqual({ unmarked: 0, reported: measuresJson.flatMap((m) => m.values).length, marked: measuresJson.flatMap((m) => m.values).filter((v) => v.illustrative).length });
    // Evidence made up to show impact is marked, and every action judged impact evidenced has evidence of impact.
    expect(await one(`
      SELECT count(*) FILTER (WHERE e.evidence_date > $2 AND NOT e.illustrative)::int AS unmarked
        FROM evidence e JOIN action a ON a.id = e.action_id WHERE a.plan_id = $1`, [HISTORY_ENDS])).toEqual({ unmarked: 0 });
    expect(await one(`
      SELECT count(*)::int AS unevidenced FROM action a
       WHERE a.plan_id = $1 AND a.impact_status = 'complete_impact_evidenced'
         AND NOT EXISTS (SELECT 1 FROM evidence i WHERE i.action_id = a.id AND i.demonstrates_impact AND i.archived_at IS NULL)`, [])).toEqual({ unevidenced: 0 });
    // The decisions the demo records are marked; those of the report are not.
    expect(await one(`
      SELECT count(*) FILTER (WHERE m.meeting_date > $2 AND NOT d.illustrative)::int AS unmarked,
             count(*) FILTER (WHERE m.meeting_date <= $2 AND d.illustrative)::int AS marked
        FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.plan_id = $1`, [REVIEW_BOARD])).toEqual({ unmarked: 0, marked: 0 });
  }

  describe('seeded today', () => {
    let app: TestApp;
    let planId: string;
    beforeAll(async () => {
      app = await bootTestApp();
      planId = await plymouthPlanId(app);
    });
    afterAll(() => app.close());

    it('has an approved update for every action at the last board, a draft pack for the next, and changes since the last', async () => {
      await expectAlive(app, planId, todayIso());
    });

    it("records each action's import in the audit log with the statuses the seed left it with, not those of January 2025", async () => {
      const actions = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100`)).body.items as { id: string; deliveryStatus: string; impactStatus: string }[];
      const moved = actions.filter((a) => {
        const dataset = PLYMOUTH.actions.find((d) => d.reference === (a as unknown as { reference: string }).reference)!;
        return dataset.deliveryStatus !== a.deliveryStatus || dataset.impactStatus !== a.impactStatus;
      });
      expect(moved.length).toBeGreaterThan(0);
      for (const a of moved) {
        const events = (await call(app, 'GET', `/api/audit?entityType=action&entityId=${a.id}`)).body.items as { action: string; after: { deliveryStatus: string; impactStatus: string } }[];
        expect(events.filter((e) => e.action === 'import').map((e) => [e.after.deliveryStatus, e.after.impactStatus])).toEqual([[a.deliveryStatus, a.impactStatus]]);
      }
    });

    it('marks every update, meeting, measure figure and item of evidence after January 2025 as illustrative', async () => {
      await expectIllustrativeMarked((await testDataSource(app)), planId);
      const updates = (await call(app, 'GET', `/api/updates?planId=${planId}&pageSize=1`)).body;
      expect(updates.items[0]).toMatchObject({ illustrative: true });
      const meetings = (await call(app, 'GET', `/api/meetings?planId=${planId}&from=2025-02-01&pageSize=5`)).body.items;
      expect(meetings.map((m: { illustrative: boolean }) => m.illustrative)).toEqual([true, true, true, true, true]);
      const older = (await call(app, 'GET', `/api/meetings?planId=${planId}&to=2025-01-31&pageSize=5`)).body.items;
      expect(older.map((m: { illustrative: boolean }) => m.illustrative)).toEqual([false, false, false, false, false]);
    });

    it('tells a plausible story: updates on time, moderated before the cut-off, some slipping, a few impacts evidenced', async () => {
      const db = (await testDataSource(app));
      const [timing] = await db.query(`
        SELECT count(*)::int AS approved,
               count(*) FILTER (WHERE su.moderated_at > m.cut_off_at)::int AS after_cut_off,
               count(*) FILTER (WHERE (su.submitted_at AT TIME ZONE 'Europe/London')::date > rp.update_deadline + 1)::int AS late,
               count(*) FILTER (WHERE (su.submitted_at AT TIME ZONE 'Europe/London')::date = rp.update_deadline + 1)::int AS on_cut_off_day
          FROM status_update su JOIN reporting_period rp ON rp.id = su.period_id JOIN meeting m ON m.id = rp.meeting_id
         WHERE su.plan_id = $1 AND su.illustrative AND su.state = 'approved' AND rp.board_date < $2`, [planId, todayIso()]);
      expect(timing.approved).toBeGreaterThan(0);
      expect(timing).toMatchObject({ after_cut_off: 0, late: 0 });
      expect(timing.on_cut_off_day).toBeLessThan(timing.approved * 0.2);

      const [moves] = await db.query(`
        SELECT count(*) FILTER (WHERE h.delivery_status IN ('at_risk', 'off_track'))::int AS slipping,
               count(DISTINCT h.action_id) FILTER (WHERE h.impact_status = 'complete_impact_evidenced')::int AS evidenced
          FROM action_status_history h JOIN status_update su ON su.id = h.status_update_id
         WHERE h.plan_id = $1 AND su.illustrative`, [planId]);
      expect(moves.slipping).toBeGreaterThan(0);
      const now = (await call(app, 'GET', `/api/plans/${planId}/summary`)).body;
      // A few move from monitoring impact to impact evidenced, each with the evidence that shows it.
      expect(now.byImpactStatus.complete_impact_evidenced - REVIEW.complete_impact_evidenced).toBeLessThanOrEqual(20);
      const actions = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100`)).body.items;
      const unevidenced = actions.filter((a: { inconsistencies: { code: string }[] }) => a.inconsistencies.some((i) => i.code === 'impact_evidenced_without_evidence'));
      expect(unevidenced).toEqual([]);
      // Every measure has a figure from the last half year.
      const measures = (await call(app, 'GET', `/api/plans/${planId}/measures`)).body as { title: string; latest: { periodEnd: string } | null }[];
      const sixMonthsAgo = new Date(Date.now() - 183 * 86_400_000).toISOString().slice(0, 10);
      expect(measures.filter((m) => !m.latest || m.latest.periodEnd < sixMonthsAgo).map((m) => m.title)).toEqual([]);
    });

    it('is alive for the next board: decisions still open and due, and a public summary to read', async () => {
      const decisions = (await call(app, 'GET', `/api/decisions?planId=${planId}`)).body.items as { status: string; dueDate: string | null; illustrative: boolean }[];
      const open = decisions.filter((d) => d.status === 'open');
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((d) => d.illustrative && d.dueDate !== null && d.dueDate >= todayIso())).toBe(true);
      expect((await callAs(app, null, 'GET', '/api/public/local-areas/plymouth')).status).toBe(200);
    });
  });

  describe.each([
    ['the first months after the real history', '2025-06-20T10:00:00Z'],
    ['late in 2027', '2027-11-20T10:00:00Z'],
    ['in 2029, past the calendar the dataset writes down', '2029-03-14T09:00:00Z'],
  ])('seeded on another day: %s', (_, instant) => {
    const day = instant.slice(0, 10);
    let app: TestApp;
    let drop: () => Promise<void>;
    let planId: string;
    beforeAll(async () => {
      const scratch = await createScratchDatabase('demo_seed');
      drop = scratch.drop;
      await runMigrations(scratch.url);
      ({ planId } = await seedDatabase(scratch.url, { now: new Date(instant), demoPassword: 'scratch-demo-password' }));
      app = await bootTestApp({}, scratch.url);
    });
    afterAll(async () => {
      await app?.close();
      await drop?.();
    });

    it('is carried on to that day, and no further', async () => {
      const { lastBoard } = await expectAlive(app, planId, day);
      await expectIllustrativeMarked((await testDataSource(app)), planId);
      const latest = (await call(app, 'GET', `/api/updates?planId=${planId}&state=approved&pageSize=1`)).body.items[0];
      expect([lastBoard.title, (await call(app, 'GET', `/api/plans/${planId}/periods`)).body.items.find((p: Period) => p.boardDate >= day).title])
        .toContain(latest.period.title);
      const [after] = await (await testDataSource(app)).query(
        `SELECT count(*)::int AS n FROM status_update WHERE plan_id = $1 AND (created_at > $2 OR submitted_at > $2 OR moderated_at > $2)`, [planId, instant]);
      expect(after.n).toBe(0);
      // Every governance body has a next meeting after that day.
      const bodies = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items as { name: string; nextMeeting: unknown; meetingCount: number }[];
      const recurring = bodies.filter((b) => b.meetingCount > 3);
      expect(recurring.filter((b) => !b.nextMeeting).map((b) => b.name)).toEqual([]);
    });

    it('tells the same story up to that day as the demo seeded today', async () => {
      const today = await bootTestApp();
      try {
        const todaysPlan = await plymouthPlanId(today);
        const common = [todayIso(), day].sort()[0];
        const asAt = ['2025-03-19', '2025-06-11', '2026-06-30'].filter((d) => d < common);
        for (const d of asAt) {
          const theirs = (await call(today, 'GET', `/api/actions?planId=${todaysPlan}&pageSize=100&asAt=${d}`)).body.items;
          const ours = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100&asAt=${d}`)).body.items;
          const statuses = (items: { reference: string; deliveryStatus: string; impactStatus: string }[]) => items.map((a) => `${a.reference} ${a.deliveryStatus} ${a.impactStatus}`);
          expect(statuses(ours)).toEqual(statuses(theirs));
        }
      } finally {
        await today.close();
      }
    });
  });
});
