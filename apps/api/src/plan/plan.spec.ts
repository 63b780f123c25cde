import { isOverdue, todayIso } from '@send/domain';
import { plymouthPlanId } from '../../test/governance';
import { adminSession, bootTestApp, buildAction, buildPlan, call, ownerQuery, TestApp } from '../../test/test-app';
import { runInLocalAreas } from '../db/local-area-context';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { PlanService } from './plan.service';

describe('plans API', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it("answers the summary exactly as the service answered it (its compiled serialiser leaves nothing out)", async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1', deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
    await buildAction(app, t, { reference: '1.2', deliveryStatus: 'off_track', dueDate: '2021-05-01' });
    const admin = await adminSession(app);
    const plymouth = await plymouthPlanId(app);
    for (const [id, asAt] of [[t.plan.id, undefined], [plymouth, undefined], [plymouth, '2025-01-31'], [plymouth, todayIso()]] as const) {
      const res = await app.inject({ method: 'GET', url: `/api/plans/${id}/summary${asAt ? `?asAt=${asAt}` : ''}`, headers: { cookie: admin.cookie } });
      expect(res.statusCode).toBe(200);
      const expected = await runInLocalAreas([admin.user.localAreaId], () => app.get(PlanService).getSummary(id, asAt));
      expect(res.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const review = JSON.parse((await app.inject({ method: 'GET', url: `/api/plans/${plymouth}/summary`, headers: { cookie: admin.cookie } })).body).latestCriticalReview;
    // The demo plan's approved review is in the answer, when it has one: the schema's nullable branch and its object branch both run.
    if (review) expect(Object.keys(review)).toEqual(['id', 'reviewDate', 'title', 'facilitators', 'actions', 'byJudgement']);
  });

  it('answers a kept summary only until a write to what it counts, whoever makes it, is committed', async () => {
    const t = await buildPlan(app);
    const summary = async () => (await call(app, 'GET', `/api/plans/${t.plan.id}/summary`)).body;
    const action = await buildAction(app, t, { reference: '1.1', deliveryStatus: 'on_track' });
    expect((await summary()).byDeliveryStatus.on_track).toBe(1);
    // Kept: the second read asks the database nothing.
    const pool = (app.get(DataSource).driver as PostgresDriver).master as Pool;
    const spy = jest.spyOn(pool, 'query');
    expect((await summary()).byDeliveryStatus.on_track).toBe(1);
    expect(spy.mock.calls.filter(([q]) => (q as { name?: string }).name === 'plan-summary-current')).toHaveLength(0);
    spy.mockRestore();
    // Through the API...
    await buildAction(app, t, { reference: '1.2', deliveryStatus: 'on_track' });
    expect((await summary()).byDeliveryStatus.on_track).toBe(2);
    // ...and behind its back, straight into the database: each table the summary reads.
    await ownerQuery(`UPDATE action SET delivery_status = 'off_track' WHERE id = $1`, [action.id]);
    expect((await summary()).byDeliveryStatus).toMatchObject({ on_track: 1, off_track: 1 });
    await ownerQuery(`UPDATE priority_area SET title = 'Renamed at once' WHERE id = $1`, [t.areas[0].id]);
    expect((await summary()).priorities[0].title).toBe('Renamed at once');
    await ownerQuery(`UPDATE action SET archived_at = now() WHERE id = $1`, [action.id]);
    expect((await summary()).actions).toBe(1);
    await ownerQuery(`DELETE FROM plan WHERE id = $1`, [t.plan.id]).catch(() => ownerQuery(`UPDATE plan SET title = title WHERE id = $1`, [t.plan.id]));
    const gone = await call(app, 'GET', `/api/plans/${t.plan.id}/summary`);
    if (gone.status === 200) expect(gone.body.actions).toBe(1);
    else expect(gone.status).toBe(404);
  });

  it('computes the summary per plan and per priority area', async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1', deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
    await buildAction(app, t, { reference: '1.2', deliveryStatus: 'off_track', dueDate: '2021-05-01' });
    await buildAction(app, t, { priorityAreaId: t.areas[1].id, reference: '2.1', deliveryStatus: 'on_track', dueDate: '2099-01-01' });
    const summary = (await call(app, 'GET', `/api/plans/${t.plan.id}/summary`)).body;
    expect(summary).toMatchObject({
      actions: 3,
      byImpactStatus: { not_yet_complete: 2, complete_monitoring_impact: 1, complete_impact_evidenced: 0 },
      byDeliveryStatus: { not_started: 0, on_track: 1, at_risk: 0, off_track: 1, complete: 1 },
      overdue: 1,
    });
    expect(summary.priorities).toEqual([
      expect.objectContaining({ id: t.areas[0].id, number: 1, title: 'Area 1', actions: 2, overdue: 1 }),
      expect.objectContaining({ id: t.areas[1].id, number: 2, actions: 1, overdue: 0, byDeliveryStatus: expect.objectContaining({ on_track: 1 }) }),
    ]);
  });

  it('counts a priority area with no actions as zero', async () => {
    const t = await buildPlan(app);
    const summary = (await call(app, 'GET', `/api/plans/${t.plan.id}/summary`)).body;
    expect(summary.actions).toBe(0);
    expect(summary.priorities.map((p: { actions: number }) => p.actions)).toEqual([0, 0]);
  });

  it('returns the plan with its priority areas in order', async () => {
    const t = await buildPlan(app);
    const plan = (await call(app, 'GET', `/api/plans/${t.plan.id}`)).body;
    expect(plan.priorityAreas.map((a: { number: number }) => a.number)).toEqual([1, 2]);
  });

  it('answers 404 for an unknown plan', async () => {
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/summary')).status).toBe(404);
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/summary?asAt=2025-01-09')).status).toBe(404);
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/changes?from=2025-01-01&to=2025-01-09')).status).toBe(404);
  });

  it('validates an empty query string as any other, each time', async () => {
    const t = await buildPlan(app);
    for (let i = 0; i < 2; i++) {
      // Required fields missing: a 400 naming each of them, not a remembered pass.
      const changes = await call(app, 'GET', `/api/plans/${t.plan.id}/changes`);
      expect(changes.status).toBe(400);
      expect(changes.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'to']);
      // Optional fields missing: the DTO's defaults.
      const plans = await call(app, 'GET', '/api/plans');
      expect(plans.status).toBe(200);
      expect(plans.body).toMatchObject({ page: 1, pageSize: expect.any(Number) });
    }
    // The same route with a query is still validated field by field.
    const badDay = await call(app, 'GET', `/api/plans/${t.plan.id}/summary?asAt=2025-02-30`);
    expect(badDay.status).toBe(400);
    expect(badDay.body.errors[0].field).toBe('asAt');
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/summary?unknown=1`)).status).toBe(400);
  });

  it('counts nothing, and answers 200, for a plan that has no priority areas yet', async () => {
    const slug = `empty-${Date.now()}`;
    const plan = (await call(app, 'POST', '/api/plans', { slug, title: 'A plan just started', localArea: 'Testshire' })).body;
    const res = await call(app, 'GET', `/api/plans/${plan.id}/summary`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ planId: plan.id, actions: 0, overdue: 0, priorities: [] });
  });
});

describe('the Plymouth dataset', () => {
  let app: TestApp;
  let planId: string;
  beforeAll(async () => {
    app = await bootTestApp();
    const plans = (await call(app, 'GET', '/api/plans?pageSize=200')).body;
    planId = plans.items.find((p: { slug: string }) => p.slug === 'plymouth-send-2023').id;
  });
  afterAll(() => app.close());

  it('reproduces the January 2025 critical review: 55 actions, 17 / 31 / 7', async () => {
    // As at the report: the demo carries the plan on after it with illustrative updates.
    const summary = (await call(app, 'GET', `/api/plans/${planId}/summary?asAt=2025-01-31`)).body;
    expect(summary.actions).toBe(55);
    expect(summary.byImpactStatus).toEqual({ not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 });
    expect(summary.priorities).toHaveLength(9);
    expect(summary.priorities.reduce((n: number, p: { actions: number }) => n + p.actions, 0)).toBe(55);
  });

  it('has the nine priority areas of the report, with their aims', async () => {
    const plan = (await call(app, 'GET', `/api/plans/${planId}`)).body;
    expect(plan.priorityAreas.map((a: { title: string }) => a.title)).toEqual([
      'Leadership and Governance', 'Early Identification and Support', 'Reducing Exclusions', 'Risk Assessment for Waiting Lists',
      'Social Care Needs', 'Consistency of Support', 'Addressing Long Waiting Times', 'Training for Practitioners', 'Planning Ahead',
    ]);
    for (const area of plan.priorityAreas) expect(area.aim.length).toBeGreaterThan(40);
  });

  it('counts overdue in the database exactly as the domain rule does', async () => {
    const summary = (await call(app, 'GET', `/api/plans/${planId}/summary`)).body;
    const actions = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100`)).body.items;
    const today = todayIso();
    expect(summary.overdue).toBe(actions.filter((a: { dueDate: string; deliveryStatus: 'on_track' }) => isOverdue(a, today)).length);
    expect((await call(app, 'GET', `/api/actions?planId=${planId}&overdue=true`)).body.total).toBe(summary.overdue);
  });
});
