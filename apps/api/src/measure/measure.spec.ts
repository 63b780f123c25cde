import { computeMeasureStatus, MEASURE_STATUSES } from '@send/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import measuresJson from '../seed/plymouth/measures.json';
import { MeasureService } from './measure.service';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, signIn, TestApp, TestPlan } from '../../test/test-app';

// Ten days from baseline to target keeps the arithmetic readable: 2025-01-06 is halfway.
const suspensions = (t: TestPlan, overrides: Record<string, unknown> = {}) => ({
  planId: t.plan.id,
  priorityAreaId: t.areas[0].id,
  title: 'Suspensions of pupils on SEN Support',
  unit: 'count',
  polarity: 'lower_is_better',
  baselineValue: 100,
  baselineDate: '2025-01-01',
  targetValue: 0,
  targetDate: '2025-01-11',
  tolerance: 5,
  source: 'Education data',
  frequency: 'termly',
  ...overrides,
});

describe('measures API', () => {
  let app: TestApp;
  let t: TestPlan;

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
  });
  afterAll(() => app.close());

  async function createMeasure(overrides: Record<string, unknown> = {}, plan = t) {
    const res = await call(app, 'POST', '/api/measures', suspensions(plan, overrides));
    if (res.status !== 201) throw new Error(`createMeasure failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  const addValue = (measureId: string, periodEnd: string, value: number, extra: Record<string, unknown> = {}) =>
    call(app, 'POST', `/api/measures/${measureId}/values`, { periodEnd, value, ...extra });

  it('creates a measure linked to its priority area and actions, with no data yet, and audits it', async () => {
    const action = await buildAction(app, t, { reference: '3.1' });
    const res = await call(app, 'POST', '/api/measures', suspensions(t, { actionIds: [action.id, action.id], illustrative: true, illustrativeNote: 'Target is illustrative' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      planId: t.plan.id, priorityArea: { id: t.areas[0].id, number: 1, title: 'Area 1' },
      unit: 'count', unitLabel: 'Count', polarity: 'lower_is_better', polarityLabel: 'Lower is better',
      baseline: { value: 100, date: '2025-01-01' }, target: { value: 0, date: '2025-01-11' }, tolerance: 5,
      frequency: 'termly', frequencyLabel: 'Termly', illustrative: true, illustrativeNote: 'Target is illustrative',
      actions: [{ id: action.id, reference: '3.1', title: 'Test action' }],
      status: 'no_data', statusLabel: 'No data', rag: 'grey', trend: 'no_data', latest: null, previous: null, expected: null,
      values: [], version: 1,
    });
    const audit = await call(app, 'GET', `/api/audit?entityType=measure&entityId=${res.body.id}`);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'create', planId: t.plan.id, after: expect.objectContaining({ actionIds: [action.id] }) })]);
  });

  it('rates the latest value against the trajectory, with trend, previous and expected', async () => {
    const m = await createMeasure();
    expect((await addValue(m.id, '2025-01-06', 48, { note: 'Autumn', illustrative: true })).status).toBe(201);
    let read = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
    expect(read).toMatchObject({ status: 'on_track', rag: 'green', trend: 'no_data', expected: 50, latest: { periodEnd: '2025-01-06', value: 48, note: 'Autumn', illustrative: true } });

    await addValue(m.id, '2025-01-09', 23);
    read = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
    expect(read).toMatchObject({ status: 'at_risk', statusLabel: 'At risk', rag: 'amber', trend: 'improving', trendLabel: 'Improving', expected: 20 });
    expect(read.latest.value).toBe(23);
    expect(read.previous.value).toBe(48);

    await addValue(m.id, '2025-02-01', 6);
    read = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
    expect(read).toMatchObject({ status: 'off_track', rag: 'red', trend: 'improving', expected: 0, valueCount: 3 });
  });

  it('returns the series oldest first, whatever order it was entered in, and the trajectory to chart', async () => {
    const m = await createMeasure();
    await addValue(m.id, '2025-01-09', 30);
    await addValue(m.id, '2025-01-03', 70);
    const read = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
    expect(read.values.map((v: { periodEnd: string }) => v.periodEnd)).toEqual(['2025-01-03', '2025-01-09']);
    expect(read.trajectory).toEqual([
      { date: '2025-01-01', value: 100 },
      { date: '2025-01-03', value: 80 },
      { date: '2025-01-09', value: 20 },
      { date: '2025-01-11', value: 0 },
    ]);
  });

  it('has no trajectory without a target', async () => {
    const m = await createMeasure({ targetValue: null, targetDate: null });
    await addValue(m.id, '2025-01-03', 70);
    expect((await call(app, 'GET', `/api/measures/${m.id}`)).body).toMatchObject({ trajectory: [], status: 'no_data', latest: { value: 70 } });
  });

  it('keeps one value per date: a second is refused with 409, a correction goes through PATCH with its version', async () => {
    const m = await createMeasure();
    const first = (await addValue(m.id, '2025-01-06', 60)).body;
    const again = await addValue(m.id, '2025-01-06', 50);
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ field: 'periodEnd', message: expect.stringContaining('already has a value for 2025-01-06') }]);

    const corrected = await call(app, 'PATCH', `/api/measure-values/${first.id}`, { version: 1, value: 50, note: 'Corrected from the validated return' });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ value: 50, note: 'Corrected from the validated return', version: 2 });
    const stale = await call(app, 'PATCH', `/api/measure-values/${first.id}`, { version: 1, value: 40 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ value: 50, version: 2 });
    expect((await call(app, 'GET', `/api/measures/${m.id}`)).body).toMatchObject({ status: 'on_track', latest: { value: 50 } });

    const audit = await call(app, 'GET', `/api/audit?entityType=measure_value&entityId=${first.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit.body.items[0]).toMatchObject({ planId: t.plan.id, before: { value: 60, version: 1 }, after: { value: 50, version: 2 } });
  });

  it('refuses to move a value onto a date that already has one', async () => {
    const m = await createMeasure();
    await addValue(m.id, '2025-01-03', 70);
    const other = (await addValue(m.id, '2025-01-06', 60)).body;
    const moved = await call(app, 'PATCH', `/api/measure-values/${other.id}`, { version: 1, periodEnd: '2025-01-03' });
    expect(moved.status).toBe(409);
    expect(moved.body.errors[0].field).toBe('periodEnd');
  });

  it('refuses values that do not fit the unit', async () => {
    const pct = await createMeasure({ unit: 'percent', polarity: 'higher_is_better', baselineValue: 25.5, targetValue: 60 });
    const over = await addValue(pct.id, '2025-01-06', 120);
    expect(over.status).toBe(400);
    expect(over.body.errors).toEqual([{ field: 'value', message: 'value is a percentage, so it must be between 0 and 100' }]);
    const count = await createMeasure();
    expect((await addValue(count.id, '2025-01-06', 2.5)).body.errors[0].message).toMatch(/whole number/);
    expect((await addValue(count.id, '2025-01-06', -1)).status).toBe(400);
    expect((await call(app, 'POST', `/api/measures/${count.id}/values`, { periodEnd: '2025-13-01', value: 'ten' })).body.errors.map((e: { field: string }) => e.field)).toEqual(['periodEnd', 'value']);
  });

  it('answers bad measure settings field by field', async () => {
    const res = await call(app, 'POST', '/api/measures', { planId: t.plan.id, title: '', unit: 'miles', polarity: 'up', tolerance: 'wide', frequency: 'daily' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['frequency', 'polarity', 'title', 'tolerance', 'unit']);

    const backwards = await call(app, 'POST', '/api/measures', suspensions(t, { targetDate: '2024-12-01', tolerance: -1, baselineValue: null }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(['baselineValue', 'targetDate', 'tolerance']);
  });

  it('refuses a priority area or an action of another plan, and an unknown plan', async () => {
    const other = await buildPlan(app);
    const foreignAction = await buildAction(app, other);
    expect((await call(app, 'POST', '/api/measures', suspensions(t, { priorityAreaId: other.areas[0].id }))).body.errors[0].field).toBe('priorityAreaId');
    const res = await call(app, 'POST', '/api/measures', suspensions(t, { actionIds: [foreignAction.id] }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('actionIds');
    const noPlan = await call(app, 'POST', '/api/measures', suspensions(t, { planId: '00000000-0000-4000-8000-000000000000', priorityAreaId: null }));
    expect(noPlan.status).toBe(400);
    expect(noPlan.body.errors[0].field).toBe('planId');
  });

  it('edits a measure with its version, relinking actions, and refuses a stale version with the current measure', async () => {
    const a1 = await buildAction(app, t);
    const a2 = await buildAction(app, t);
    const m = await createMeasure({ actionIds: [a1.id] });
    await addValue(m.id, '2025-01-06', 53);
    const edited = await call(app, 'PATCH', `/api/measures/${m.id}`, { version: 1, tolerance: 2, actionIds: [a2.id], priorityAreaId: t.areas[1].id });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ tolerance: 2, status: 'off_track', version: 2, priorityArea: { number: 2 }, actions: [{ id: a2.id }] });
    const stale = await call(app, 'PATCH', `/api/measures/${m.id}`, { version: 1, title: 'Other' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, tolerance: 2, status: 'off_track', values: [expect.objectContaining({ value: 53 })] });
    const audit = await call(app, 'GET', `/api/audit?entityType=measure&entityId=${m.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'update', before: { tolerance: 5, actionIds: [a1.id], version: 1 }, after: { tolerance: 2, actionIds: [a2.id], version: 2 } });
  });

  it('refuses to clear a required setting, or to change the unit under values that do not fit it', async () => {
    const m = await createMeasure({ unit: 'days', baselineValue: 10.5, targetValue: 5 });
    await addValue(m.id, '2025-01-06', 7.5);
    const cleared = await call(app, 'PATCH', `/api/measures/${m.id}`, { version: 1, title: null, tolerance: null });
    expect(cleared.body.errors).toEqual([
      { field: 'title', message: 'title cannot be cleared' },
      { field: 'tolerance', message: 'tolerance cannot be cleared' },
    ]);
    const unit = await call(app, 'PATCH', `/api/measures/${m.id}`, { version: 1, unit: 'count', baselineValue: 10, targetValue: 5 });
    expect(unit.status).toBe(400);
    expect(unit.body.errors[0]).toEqual({ field: 'unit', message: expect.stringContaining('7.5') });
  });

  it('lists every measure of a plan with its status, by priority area, filtering by priority', async () => {
    const mine = await buildPlan(app);
    const first = await createMeasure({ title: 'B measure' }, mine);
    await createMeasure({ title: 'A measure', priorityAreaId: mine.areas[1].id }, mine);
    await createMeasure({ title: 'No priority', priorityAreaId: null }, mine);
    await addValue(first.id, '2025-01-06', 52);
    const list = (await call(app, 'GET', `/api/plans/${mine.plan.id}/measures`)).body;
    expect(list.map((m: { title: string; status: string }) => [m.title, m.status])).toEqual([
      ['B measure', 'at_risk'],
      ['A measure', 'no_data'],
      ['No priority', 'no_data'],
    ]);
    expect(list[0]).toMatchObject({ latest: { value: 52 }, expected: 50, valueCount: 1 });
    expect(list[0].values).toBeUndefined();
    const filtered = (await call(app, 'GET', `/api/plans/${mine.plan.id}/measures?priorityId=${mine.areas[1].id}`)).body;
    expect(filtered.map((m: { title: string }) => m.title)).toEqual(['A measure']);
    expect((await call(app, 'GET', `/api/plans/${mine.plan.id}/measures?priorityId=nope`)).status).toBe(400);
  });

  it('reads a plan\'s measures in the same number of queries however many there are', async () => {
    const queriesFor = async (measureCount: number) => {
      const plan = await buildPlan(app);
      const action = await buildAction(app, plan);
      for (let i = 0; i < measureCount; i++) {
        const m = await createMeasure({ title: `M${i}`, actionIds: [action.id] }, plan);
        await addValue(m.id, '2025-01-03', 80);
        await addValue(m.id, '2025-01-06', 50);
      }
      // Through the service, so that the session check (which refreshes now and then) is not counted.
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const listed = await app.get(MeasureService).findPlanMeasures(plan.plan.id, {});
      const count = spy.mock.calls.length;
      spy.mockRestore();
      expect(listed).toHaveLength(measureCount);
      expect(listed.every((m) => m.latest?.value === 50 && m.actions.length === 1)).toBe(true);
      return count;
    };
    const few = await queriesFor(2);
    const many = await queriesFor(8);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it('lets an action owner enter and correct values only for measures that evidence their actions', async () => {
    const person = (await call(app, 'POST', '/api/people', { name: 'Head of Public Health Nursing', organisationId: t.council.id })).body;
    const mine = await buildAction(app, t, { ownerPersonId: person.id });
    const theirs = await buildAction(app, t);
    const evidencingMine = await createMeasure({ actionIds: [mine.id, theirs.id] });
    const evidencingTheirs = await createMeasure({ actionIds: [theirs.id] });
    const owner = await signIn(app, await createUser(app, { roles: ['action_owner'], personId: person.id, organisationId: t.council.id, displayName: 'Head of PHN' }));

    const added = await callAs(app, owner, 'POST', `/api/measures/${evidencingMine.id}/values`, { periodEnd: '2025-01-06', value: 50 });
    expect(added.status).toBe(201);
    expect(added.body.enteredBy).toEqual({ id: owner.user.id, label: 'Head of PHN' });
    expect((await callAs(app, owner, 'PATCH', `/api/measure-values/${added.body.id}`, { version: 1, value: 49 })).status).toBe(200);

    expect((await callAs(app, owner, 'POST', `/api/measures/${evidencingTheirs.id}/values`, { periodEnd: '2025-01-06', value: 50 })).status).toBe(403);
    const othersValue = (await addValue(evidencingTheirs.id, '2025-01-06', 50)).body;
    expect((await callAs(app, owner, 'PATCH', `/api/measure-values/${othersValue.id}`, { version: 1, value: 1 })).status).toBe(403);
    expect((await call(app, 'GET', `/api/measures/${evidencingTheirs.id}`)).body.values.map((v: { value: number }) => v.value)).toEqual([50]);

    expect((await callAs(app, owner, 'PATCH', `/api/measures/${evidencingMine.id}`, { version: 1, tolerance: 50 })).status).toBe(403);
    expect((await callAs(app, owner, 'POST', '/api/measures', suspensions(t))).status).toBe(403);
  });

  it('lets every reader see measures, and no reader enter values', async () => {
    const m = await createMeasure();
    for (const role of ['viewer', 'board_member', 'moderator'] as const) {
      const reader = await signIn(app, await createUser(app, { roles: [role] }));
      expect((await callAs(app, reader, 'GET', `/api/plans/${t.plan.id}/measures`)).status).toBe(200);
      expect((await callAs(app, reader, 'GET', `/api/measures/${m.id}`)).status).toBe(200);
      expect((await callAs(app, reader, 'POST', `/api/measures/${m.id}/values`, { periodEnd: '2025-01-06', value: 50 })).status).toBe(403);
    }
  });

  it('answers 404 for an unknown plan, measure or value', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(app, 'GET', `/api/plans/${unknown}/measures`)).status).toBe(404);
    expect((await call(app, 'GET', `/api/measures/${unknown}`)).status).toBe(404);
    expect((await call(app, 'PATCH', `/api/measures/${unknown}`, { version: 1 })).status).toBe(404);
    expect((await addValue(unknown, '2025-01-01', 1)).status).toBe(404);
    expect((await call(app, 'PATCH', `/api/measure-values/${unknown}`, { version: 1, value: 1 })).status).toBe(404);
    expect((await call(app, 'GET', '/api/measures/not-an-id')).status).toBe(404);
  });
});

/** The measures as the January 2025 report gave them: the demo carries each series on after it with illustrative figures. */
describe('the Plymouth measures', () => {
  const REPORTED = '2025-01-31';
  let app: TestApp;
  let measures: Record<string, any>[];
  const byTitle = (title: string) => {
    const found = measures.find((m) => m.title === title);
    if (!found) throw new Error(`No seeded measure "${title}"`);
    return found;
  };

  beforeAll(async () => {
    app = await bootTestApp();
    const plans = (await call(app, 'GET', '/api/plans?pageSize=200')).body;
    const planId = plans.items.find((p: { slug: string }) => p.slug === 'plymouth-send-2023').id;
    const list = (await call(app, 'GET', `/api/plans/${planId}/measures`)).body as Record<string, any>[];
    measures = await Promise.all(list.map(async (m) => {
      const detail = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
      const reported = detail.values.filter((v: { periodEnd: string }) => v.periodEnd <= REPORTED);
      const assessment = computeMeasureStatus(
        { polarity: m.polarity, tolerance: m.tolerance, baselineValue: m.baseline.value, baselineDate: m.baseline.date, targetValue: m.target.value, targetDate: m.target.date },
        reported.map((v: { periodEnd: string; value: number }) => ({ date: v.periodEnd, value: v.value })),
      );
      return { ...m, values: detail.values, latest: reported.at(-1), status: assessment.status };
    }));
  });

  it('carries each series on after the report with illustrative figures only', () => {
    for (const m of measures) {
      const after = m.values.filter((v: { periodEnd: string }) => v.periodEnd > REPORTED);
      expect({ title: m.title, illustrative: after.every((v: { illustrative: boolean }) => v.illustrative) }).toEqual({ title: m.title, illustrative: true });
    }
  });
  afterAll(() => app.close());

  it('returns every seeded measure with a status', () => {
    expect(measures.map((m) => m.title).sort()).toEqual(measuresJson.map((m) => m.title).sort());
    for (const m of measures) expect(MEASURE_STATUSES).toContain(m.status);
  });

  it('gives a believable mix of statuses, not all green', () => {
    const count = (status: string) => measures.filter((m) => m.status === status).length;
    expect({ on_track: count('on_track'), at_risk: count('at_risk'), off_track: count('off_track'), no_data: count('no_data') })
      .toEqual({ on_track: 7, at_risk: 4, off_track: 2, no_data: 0 });
  });

  it('ends each series at the figure the report gives', () => {
    const latest = (title: string) => byTitle(title).latest;
    expect(latest('Suspensions of pupils on SEN Support')).toMatchObject({ value: 968, illustrative: false });
    expect(byTitle('Suspensions of pupils on SEN Support').baseline.value - 968).toBe(273);
    expect(latest('Suspensions of pupils with an EHCP')).toMatchObject({ value: 152, illustrative: false });
    expect(latest('Permanent exclusions')).toMatchObject({ value: 26, illustrative: false });
    expect(latest('Permanent exclusions of pupils with an EHCP')).toMatchObject({ value: 3, illustrative: false });
    expect(latest('Permanent exclusion prevention meetings that ended in a permanent exclusion')).toMatchObject({ value: 8.2, note: expect.stringContaining('5 of the 61') });
    expect(latest('Practitioners trained on thresholds of vulnerability and risk').value).toBe(400);
    expect(latest('Practitioners who have completed core SEND training').value).toBe(600);
    expect(latest('Children in residential homes, special schools and unregistered homes visited').value).toBe(89);
    expect(byTitle('Ante-natal reviews within 14 days')).toMatchObject({ baseline: { value: 25.5 }, latest: { value: 39.2, illustrative: false } });
    expect(byTitle('New birth reviews within 14 days')).toMatchObject({ baseline: { value: 82 }, latest: { value: 83, illustrative: false } });
    expect(latest('EHCP dip samples completed').value).toBe(100);
    expect(latest('Specialist places created through the SEND Sufficiency Plan').value).toBe(50);
  });

  it('reports the statutory 20-week measure, marked illustrative throughout', async () => {
    const m = byTitle('EHCPs issued within 20 weeks');
    expect(m).toMatchObject({ unit: 'percent', polarity: 'higher_is_better', illustrative: true, status: 'off_track' });
    const detail = (await call(app, 'GET', `/api/measures/${m.id}`)).body;
    expect(detail.values.length).toBeGreaterThanOrEqual(4);
    expect(detail.values.every((v: { illustrative: boolean }) => v.illustrative)).toBe(true);
  });

  it('marks interpolated figures illustrative and the report\'s own figures not', () => {
    for (const m of measures) {
      if (m.title === 'EHCPs issued within 20 weeks') continue;
      expect({ title: m.title, latestIllustrative: m.latest.illustrative }).toEqual({ title: m.title, latestIllustrative: false });
    }
    const illustrativeCount = measuresJson.flatMap((m) => m.values).filter((v) => v.illustrative).length;
    expect(illustrativeCount).toBeGreaterThan(0);
  });

  it('links each measure to its priority area and to the actions it evidences', () => {
    expect(byTitle('Suspensions of pupils on SEN Support')).toMatchObject({ priorityArea: { number: 3 }, actions: [{ reference: '3.1' }, { reference: '3.3' }, { reference: '3.5' }] });
    expect(byTitle('Ante-natal reviews within 14 days').actions.map((a: { reference: string }) => a.reference)).toEqual(['6.1']);
    for (const m of measures) expect(m.actions.length).toBeGreaterThan(0);
  });
});
