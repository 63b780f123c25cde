import { todayIso } from '@send/domain';
import { PLYMOUTH } from '../src/seed/plymouth-dataset';
import { SeedService } from '../src/seed/seed.service';
import { bootTestApp, call, TestApp } from './test-app';

/** The Plymouth dataset's reporting periods and history of approved updates. */
describe('the Plymouth plan\'s reporting history', () => {
  let app: TestApp;
  let planId: string;
  beforeAll(async () => {
    app = await bootTestApp();
    const plans = (await call(app, 'GET', '/api/plans?pageSize=200')).body;
    planId = plans.items.find((p: { slug: string }) => p.slug === 'plymouth-send-2023').id;
  });
  afterAll(() => app.close());

  const summary = (asAt?: string) => call(app, 'GET', `/api/plans/${planId}/summary${asAt ? `?asAt=${asAt}` : ''}`).then((r) => r.body);
  const actionsAsAt = async (asAt?: string) => {
    const body = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100${asAt ? `&asAt=${asAt}` : ''}`)).body;
    return Object.fromEntries(body.items.map((a: { reference: string; deliveryStatus: string; impactStatus: string }) => [a.reference, `${a.deliveryStatus}/${a.impactStatus}`]));
  };

  it('has a reporting period for every Improvement Board from September 2023 to the end of 2027, one of them open now', async () => {
    const periods = (await call(app, 'GET', `/api/plans/${planId}/periods`)).body;
    expect(periods.items).toHaveLength(38);
    expect(periods.items[0]).toMatchObject({ title: 'Board 20 September 2023', opensOn: '2023-09-01', updateDeadline: '2023-09-12', boardDate: '2023-09-20' });
    expect(periods.items.at(-1)).toMatchObject({ title: 'Board 15 December 2027', opensOn: '2027-11-11' });
    expect(periods.items.find((p: { title: string }) => p.title === 'Board 5 February 2025')).toMatchObject({
      opensOn: '2025-01-09', updateDeadline: '2025-01-28', boardDate: '2025-02-05',
    });
    // Every day from the plan's start to the end of 2027 falls in a period, so one is open whenever the product is tried.
    for (let i = 1; i < periods.items.length; i++) {
      const gap = Date.parse(periods.items[i].opensOn) - Date.parse(periods.items[i - 1].boardDate);
      expect(gap).toBe(86_400_000);
    }
    // The current period is the one holding today, whatever today is (none once the calendar ends).
    const today = todayIso();
    const holdingToday = periods.items.find((p: { opensOn: string; boardDate: string }) => p.opensOn <= today && today <= p.boardDate);
    expect(periods.currentPeriodId).toBe(holdingToday?.id ?? null);
    // ...and on fixed days across the calendar, one period is open.
    for (const day of ['2023-09-01', '2024-02-29', '2025-12-31', '2026-12-05', '2027-12-15']) {
      expect(periods.items.filter((p: { opensOn: string; boardDate: string }) => p.opensOn <= day && day <= p.boardDate)).toHaveLength(1);
    }
  });

  it('shows the January 2025 critical review, 17 / 31 / 7, as at its day and after', async () => {
    for (const day of ['2025-01-09', '2025-01-31']) {
      const s = await summary(day);
      expect(s.actions).toBe(55);
      expect(s.byImpactStatus).toEqual({ not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 });
      expect(s.byDeliveryStatus.complete).toBe(38);
    }
  });

  it('ends its real history, at the board the critical review reported to, on the statuses the dataset holds', async () => {
    const dataset = Object.fromEntries(PLYMOUTH.actions.map((a) => [a.reference, `${a.deliveryStatus}/${a.impactStatus}`]));
    expect(await actionsAsAt('2025-02-05')).toEqual(dataset);
    // After it, the demo carries the plan on with illustrative updates (see plymouth-demo.spec).
    const action = (await call(app, 'GET', `/api/actions?planId=${planId}&q=1.1&pageSize=1`)).body.items[0];
    const updates = (await call(app, 'GET', `/api/actions/${action.id}/updates`)).body.items as { illustrative: boolean; period: { boardDate: string } }[];
    expect(updates.filter((u) => !u.illustrative).every((u) => u.period.boardDate <= '2025-02-05')).toBe(true);
    expect(updates.filter((u) => u.illustrative).every((u) => u.period.boardDate > '2025-02-05')).toBe(true);
    expect(updates.filter((u) => u.illustrative).length).toBeGreaterThan(0);
  });

  it('shows a believable trajectory: nothing started at the start, completions building through 2024', async () => {
    expect((await summary('2023-08-31')).actions).toBe(0);
    const start = await summary('2023-09-01');
    expect(start).toMatchObject({ actions: 55, byDeliveryStatus: { not_started: 55 } });
    const midYear = await summary('2024-06-30');
    expect(midYear.actions).toBe(55);
    expect(midYear.byDeliveryStatus.complete).toBeGreaterThan(5);
    expect(midYear.byDeliveryStatus.complete).toBeLessThan(38);
    expect(midYear.byImpactStatus.complete_impact_evidenced).toBe(0);
    const lateYear = await summary('2024-12-31');
    expect(lateYear.byDeliveryStatus.complete).toBeGreaterThan(midYear.byDeliveryStatus.complete);
    expect(lateYear.byDeliveryStatus.complete).toBeLessThan(38);
    // Some actions went amber or red on the way.
    expect((await actionsAsAt('2023-12-31'))['1.1']).toBe('at_risk/not_yet_complete');
    expect((await actionsAsAt('2024-02-29'))['7.2']).toBe('off_track/not_yet_complete');
    expect((await actionsAsAt('2024-06-30'))['7.2']).toBe('on_track/not_yet_complete');
  });

  it('lists what the critical review changed between the January and February boards', async () => {
    const changes = (await call(app, 'GET', `/api/plans/${planId}/changes?from=2025-01-08&to=2025-02-05`)).body;
    const toEvidenced = changes.statusChanges.filter((c: { impact: { to: string } | null }) => c.impact?.to === 'complete_impact_evidenced');
    expect(toEvidenced).toHaveLength(7);
    for (const c of toEvidenced) {
      expect(c).toMatchObject({ cause: 'update_approved', at: '2025-01-09T15:00:00.000Z', statusUpdate: { period: { title: 'Board 5 February 2025' } } });
      // 8.1 is the Head of SEND's own action, so the Service Director approved it.
      expect(c.by.label).toBe(c.action.reference === '8.1' ? 'Service Director for Education, Participation and Skills' : 'Head of SEND');
    }
    expect(changes.completions.length).toBeGreaterThan(0);
    expect(changes.newActions).toEqual([]);
  });

  it('keeps each action\'s updates, written by its owner and approved by the Head of SEND (or the Service Director for the Head of SEND\'s own)', async () => {
    const actions = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100`)).body.items;
    const byRef = (ref: string) => actions.find((a: { reference: string }) => a.reference === ref);

    // The real history: the demo's illustrative updates that follow it are left out here.
    const history = { items: (await call(app, 'GET', `/api/actions/${byRef('1.1').id}/updates`)).body.items.filter((u: { illustrative: boolean }) => !u.illustrative) };
    expect(history.items.map((u: { period: { title: string } }) => u.period.title)[0]).toBe('Board 5 February 2025');
    expect(history.items.at(-1).period.title).toBe('Board 20 September 2023');
    expect(history.items[0]).toMatchObject({
      state: 'approved',
      author: { userId: null, personId: byRef('1.1').ownerPerson.id, label: 'Service Director for Education, Participation and Skills' },
      moderatedBy: { userId: null, label: 'Head of SEND' },
      moderatedAt: '2025-01-09T15:00:00.000Z',
    });
    expect(history.items[0].transitions.map((t: { event: string }) => t.event)).toEqual(['create', 'submit', 'approve']);
    const amber = history.items.find((u: { proposedDeliveryStatus: string }) => u.proposedDeliveryStatus === 'at_risk');
    expect(amber.narrative).toMatch(/recruitment/);
    expect(amber.risks).not.toBe('');

    const real = async (ref: string) => (await call(app, 'GET', `/api/actions/${byRef(ref).id}/updates`)).body.items.filter((u: { illustrative: boolean }) => !u.illustrative);
    const own = (await real('2.4'))[0];
    expect(own).toMatchObject({ author: { label: 'Head of SEND' }, moderatedBy: { label: 'Service Director for Education, Participation and Skills' } });

    const evidenced = (await real('2.6'))[0];
    expect(evidenced.proposedImpactStatus).toBe('complete_impact_evidenced');
    expect(evidenced.evidence.filter((e: { demonstratesImpact: boolean }) => e.demonstratesImpact)).toHaveLength(2);
  });

  it('counts every action as reported for the critical review period', async () => {
    const periods = (await call(app, 'GET', `/api/plans/${planId}/periods`)).body.items;
    const review = periods.find((p: { title: string }) => p.title === 'Board 5 February 2025');
    const progress = (await call(app, 'GET', `/api/plans/${planId}/periods/${review.id}/progress`)).body;
    expect(progress.counts).toMatchObject({ actions: 55, approved: 55, submitted: 0, draft: 0, missing: 0, stale: 0 });
  });

  it('loads once: seeding again changes nothing', async () => {
    const before = (await call(app, 'GET', `/api/updates?planId=${planId}&pageSize=1`)).body.total;
    const periods = (await call(app, 'GET', `/api/plans/${planId}/periods`)).body.items.length;
    const again = await app.get(SeedService).seedPlymouth({ now: new Date(Date.now() + 90 * 86_400_000) });
    expect(again).toEqual({ planId, created: false });
    expect((await call(app, 'GET', `/api/updates?planId=${planId}&pageSize=1`)).body.total).toBe(before);
    expect((await call(app, 'GET', `/api/plans/${planId}/periods`)).body.items).toHaveLength(periods);
  });
});
