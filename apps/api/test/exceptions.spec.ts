import { isOverdue, type DeliveryStatus } from '@send/domain';
import { overdueSql } from '../src/action/overdue.sql';
import { bootTestApp, buildAction, buildPlan, call, TestApp, testDataSource } from './test-app';
import { download, readPdf } from './files';
import { plymouthPlanId } from './governance';
import { daysFromToday, openPeriod } from './updates';

describe('the exceptions: one definition for the dashboard, the delivery view and every pack', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('lists in a pack exactly the exceptions GET /api/plans/:planId/exceptions gives for its cut-off day', async () => {
    const planId = await plymouthPlanId(app);
    const board = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items.find((b: { key: string }) => b.key === 'send-improvement-board');
    const meeting = (await call(app, 'GET', `/api/meetings?bodyId=${board.id}&from=2025-02-05&to=2025-02-05`)).body.items[0];
    const pack = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect([200, 201]).toContain(pack.status);
    const snapshot = pack.body.snapshot;

    const res = await call(app, 'GET', `/api/plans/${planId}/exceptions?asAt=${snapshot.statusDate}`);
    expect(res.status).toBe(200);
    expect(res.body.asAt).toBe('2025-01-29');
    expect(res.body.items.length).toBeGreaterThan(0);
    const fromApi = res.body.items.map((e: { action: { id: string }; reasons: string[]; issues: unknown[] }) => ({ id: e.action.id, reasons: e.reasons, issues: e.issues }));
    expect(snapshot.exceptions.items.map((e: { id: string; reasons: string[]; issues: unknown[] }) => ({ id: e.id, reasons: e.reasons, issues: e.issues }))).toEqual(fromApi);
    const withReason = (reason: string) => res.body.items.filter((e: { reasons: string[] }) => e.reasons.includes(reason)).map((e: { action: { id: string } }) => e.action.id);
    expect(snapshot.exceptions.offTrack.map((a: { id: string }) => a.id)).toEqual(withReason('off_track'));
    expect(snapshot.exceptions.overdue.map((a: { id: string }) => a.id)).toEqual(withReason('overdue'));
    expect(snapshot.exceptions.stale.map((a: { id: string }) => a.id)).toEqual(withReason('stale'));
    expect(snapshot.exceptions.inconsistent.map((a: { id: string }) => a.id)).toEqual(withReason('inconsistent'));
    expect(res.body.counts).toMatchObject({ actions: res.body.items.length, overdue: snapshot.totals.overdue });
    // No complete action is listed for going without updates.
    const complete = new Set(snapshot.priorities.flatMap((p: { actions: { id: string; deliveryStatus: string }[] }) => p.actions).filter((a: { deliveryStatus: string }) => a.deliveryStatus === 'complete').map((a: { id: string }) => a.id));
    expect(withReason('stale').filter((id: string) => complete.has(id))).toEqual([]);

    // The pack opens with the chair's summary, counting the same exceptions.
    const { text } = await readPdf((await download(app, `/api/packs/${pack.body.id}/board-pack.pdf`)).bytes);
    const start = text.indexOf('Summary for the chair');
    expect(start).toBeGreaterThan(-1);
    const summary = text.slice(start, start + 3000);
    expect(summary).toContain('Where to challenge');
    expect(summary).toContain(`${res.body.counts.off_track} actions off track`);
    expect(summary).toContain(`${res.body.counts.overdue} actions overdue`);
    expect(summary).toMatch(/decisions and challenges open/);
  });

  it('judges each action on the day asked for, leaving out complete actions from "no recent update"', async () => {
    const t = await buildPlan(app);
    await openPeriod(app, t.plan.id);
    const offTrack = await buildAction(app, t, { reference: '1.2', deliveryStatus: 'off_track', dueDate: daysFromToday(-1) });
    const late = await buildAction(app, t, { reference: '1.10', deliveryStatus: 'at_risk', dueDate: daysFromToday(-1) });
    await buildAction(app, t, { reference: '1.3', deliveryStatus: 'complete', dueDate: daysFromToday(-30) });
    await buildAction(app, t, { reference: '1.4', deliveryStatus: 'on_track', dueDate: daysFromToday(0) });

    const res = await call(app, 'GET', `/api/plans/${t.plan.id}/exceptions`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: { id: string }; reasons: string[] }) => [e.action.id, e.reasons])).toEqual([
      [offTrack.id, ['off_track', 'overdue']],
      [late.id, ['overdue', 'inconsistent']],
    ]);
    expect(res.body.items[1].issues[0].code).toBe('past_due_not_complete');
    expect(res.body.counts).toEqual({ actions: 2, off_track: 1, overdue: 2, stale: 0, inconsistent: 1 });
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/exceptions?asAt=not-a-day`)).status).toBe(400);
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/exceptions')).status).toBe(404);
  });

  it('gives the delivery view the same stale count as the dashboard, and counts the owners it lists to chase', async () => {
    const planId = await plymouthPlanId(app);
    const exceptions = (await call(app, 'GET', `/api/plans/${planId}/exceptions`)).body;
    const periods = (await call(app, 'GET', `/api/plans/${planId}/periods`)).body;
    const progress = (await call(app, 'GET', `/api/plans/${planId}/periods/${periods.currentPeriodId}/progress`)).body;
    expect(exceptions.period.id).toBe(periods.currentPeriodId);
    expect(progress.counts.stale).toBe(exceptions.counts.stale);
    expect(progress.stale.map((a: { action: { id: string } }) => a.action.id).sort())
      .toEqual(exceptions.items.filter((e: { reasons: string[] }) => e.reasons.includes('stale')).map((e: { action: { id: string } }) => e.action.id).sort());
    // The owners listed to chase and the count beside them come from the same rows.
    expect(progress.counts.owed).toBe(progress.owed.length);
    const owners = new Set(progress.owed.map((a: { ownerPerson: { id: string } | null; ownerOrganisation: { id: string } }) => a.ownerPerson?.id ?? `org:${a.ownerOrganisation.id}`));
    expect(progress.counts.owners).toBe(owners.size);
    expect(progress.owed.every((a: { deliveryStatus: string; updateState: string }) => a.deliveryStatus !== 'complete' && !['submitted', 'approved'].includes(a.updateState))).toBe(true);
  });

  it('counts overdue in SQL exactly as isOverdue() does, on every boundary', async () => {
    const db = (await testDataSource(app));
    const day = '2025-03-31';
    const dueDates = [null, '2025-03-30', '2025-03-31', '2025-04-01', '2024-12-31', '2025-02-28'];
    const statuses: DeliveryStatus[] = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete'];
    for (const dueDate of dueDates) {
      for (const deliveryStatus of statuses) {
        const [row] = await db.query(`SELECT ${overdueSql('CAST($1 AS date)', 'CAST($2 AS text)', '$3')} AS overdue`, [dueDate, deliveryStatus, day]);
        expect({ dueDate, deliveryStatus, overdue: row.overdue }).toEqual({ dueDate, deliveryStatus, overdue: isOverdue({ dueDate, deliveryStatus }, day) });
      }
    }
  });
});
