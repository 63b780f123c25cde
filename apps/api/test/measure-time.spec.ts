import { bootTestApp, buildPlan, call, TestApp, testDataSource } from './test-app';
import { daysFromToday } from './updates';

describe('a measure judged on a day: its target date, its next value and the values known then', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('calls 50 of 120 places against a target date passed unmet off track, and a late next value overdue', async () => {
    const t = await buildPlan(app);
    const places = await call(app, 'POST', '/api/measures', {
      planId: t.plan.id, priorityAreaId: t.areas[0].id, title: 'Specialist places', unit: 'count', polarity: 'higher_is_better',
      baselineValue: 20, baselineDate: '2025-01-01', targetValue: 120, targetDate: '2025-09-30', tolerance: 5, frequency: 'monthly',
    });
    expect(places.status).toBe(201);
    const value = await call(app, 'POST', `/api/measures/${places.body.id}/values`, { periodEnd: '2025-02-28', value: 50 });
    expect(value.status).toBe(201);
    await (await testDataSource(app)).query("UPDATE measure_value SET created_at = '2025-03-03T12:00:00Z' WHERE id = $1", [value.body.id]);

    const now = (await call(app, 'GET', `/api/plans/${t.plan.id}/measures`)).body[0];
    expect(now).toMatchObject({ status: 'off_track', statusLabel: 'Off track', targetMissed: true, nextValueDue: '2025-03-28', valueOverdue: true });
    // In March 2025 the same figure was ahead of the line, and its next value not yet due.
    const then = (await call(app, 'GET', `/api/plans/${t.plan.id}/measures?asAt=2025-03-20`)).body[0];
    expect(then).toMatchObject({ status: 'on_track', targetMissed: false, valueOverdue: false, asAt: '2025-03-20' });
  });

  it('leaves out, as at a day, values for later periods and values recorded after it', async () => {
    const t = await buildPlan(app);
    const m = (await call(app, 'POST', '/api/measures', {
      planId: t.plan.id, priorityAreaId: t.areas[0].id, title: 'Reviews in time', unit: 'percent', polarity: 'higher_is_better',
      baselineValue: 50, baselineDate: daysFromToday(-100), targetValue: 90, targetDate: daysFromToday(300), tolerance: 5,
    })).body;
    const early = await call(app, 'POST', `/api/measures/${m.id}/values`, { periodEnd: daysFromToday(-40), value: 30 });
    await (await testDataSource(app)).query("UPDATE measure_value SET created_at = now() - interval '35 days' WHERE id = $1", [early.body.id]);
    // Recorded today for a period that ended 30 days ago: not known 10 days ago.
    await call(app, 'POST', `/api/measures/${m.id}/values`, { periodEnd: daysFromToday(-30), value: 80 });

    const asAt = (await call(app, 'GET', `/api/measures/${m.id}?asAt=${daysFromToday(-10)}`)).body;
    expect(asAt.values.map((v: { value: number }) => v.value)).toEqual([30]);
    expect(asAt).toMatchObject({ latest: { value: 30 }, status: 'off_track' });
    const today = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
    expect(today.values.map((v: { value: number }) => v.value)).toEqual([30, 80]);
    expect(today.status).toBe('on_track');
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/measures?asAt=${daysFromToday(-10)}`)).body[0].latest.value).toBe(30);
    expect((await call(app, 'GET', `/api/measures/${m.id}?asAt=yesterday`)).status).toBe(400);
  });
});
