import { plymouthPlanId } from './governance';
import { bootTestApp, buildAction, buildPlan, call, callAs, ownerQuery, Session, TestApp, testDataSource, TestPlan, unique } from './test-app';
import { buildEvidence, daysFromToday, signInAs } from './updates';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('inspections, their findings and readiness', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  async function inspection(t: TestPlan, body: Record<string, unknown> = {}) {
    const res = await call(app, 'POST', `/api/plans/${t.plan.id}/inspections`, { date: daysFromToday(-30), kind: 'full', outcome: 'Inconsistent experiences', ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  }

  async function finding(inspectionId: string, body: Record<string, unknown> = {}) {
    const res = await call(app, 'POST', `/api/inspections/${inspectionId}/findings`, { kind: 'area_for_priority_action', number: 1, text: 'Leaders do not know the impact of their work.', ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  }

  async function measure(t: TestPlan, title = unique('Measure')) {
    const res = await call(app, 'POST', '/api/measures', {
      planId: t.plan.id, title, unit: 'count', polarity: 'higher_is_better', targetValue: 10, targetDate: daysFromToday(300),
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; title: string };
  }

  /** Moves an action's whole status history, and a finding's links, to an earlier moment, as if made then. */
  async function backdate(actionIds: string[], findingId: string, at: string) {
    const db = await testDataSource(app);
    await db.query('UPDATE action_status_history SET valid_from = $2 WHERE action_id = ANY($1::uuid[])', [actionIds, at]);
    await db.query('UPDATE finding_action SET created_at = $2 WHERE finding_id = $1', [findingId, at]);
    await db.query('UPDATE finding_measure SET created_at = $2 WHERE finding_id = $1', [findingId, at]);
  }

  describe('recording', () => {
    it('records an inspection and its findings, lists them, and writes each change to the audit trail', async () => {
      const t = await buildPlan(app);
      const created = await call(app, 'POST', `/api/plans/${t.plan.id}/inspections`, {
        date: '2023-06-19', kind: 'full', outcome: 'Widespread failings', reportUrl: 'https://reports.example.test/plymouth', sourceNote: 'From the minute',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ planId: t.plan.id, date: '2023-06-19', kind: 'full', kindLabel: 'Full inspection', outcome: 'Widespread failings', sourceNote: 'From the minute', version: 1 });
      const second = await finding(created.body.id, { kind: 'area_for_improvement', number: 1, title: 'Waiting times', text: 'Children wait too long.' });
      const first = await finding(created.body.id, { number: 2 });
      await finding(created.body.id, { kind: 'strength', number: 1, text: 'Strong early years work.' });

      const list = await call(app, 'GET', `/api/plans/${t.plan.id}/inspections`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, findingCounts: { area_for_priority_action: 1, area_for_improvement: 1, strength: 1 } })]);
      const detail = await call(app, 'GET', `/api/inspections/${created.body.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.findings.map((f: { id: string; kindLabel: string; number: number }) => [f.kindLabel, f.number])).toEqual([
        ['Area for priority action', 2], ['Area for improvement', 1], ['Strength', 1],
      ]);
      expect(detail.body.findings[1]).toMatchObject({ id: second.id, title: 'Waiting times', text: 'Children wait too long.', actionIds: [], measureIds: [] });

      const audit = await ownerQuery<{ entity_type: string; action: string }>(
        `SELECT entity_type, action FROM audit_event WHERE entity_id = ANY($1::uuid[]) ORDER BY id`, [[created.body.id, first.id]],
      );
      expect(audit).toEqual([{ entity_type: 'inspection', action: 'create' }, { entity_type: 'inspection_finding', action: 'create' }]);
    });

    it('refuses bad input field by field (400), and a finding number already used (409)', async () => {
      const t = await buildPlan(app);
      const bad = await call(app, 'POST', `/api/plans/${t.plan.id}/inspections`, { date: '2023-02-30', kind: 'inspection', reportUrl: 'not a link', extra: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['date', 'extra', 'kind', 'reportUrl']);
      const i = await inspection(t);
      const badFinding = await call(app, 'POST', `/api/inspections/${i.id}/findings`, { kind: 'weakness', number: 0, text: '  ' });
      expect(badFinding.status).toBe(400);
      expect(badFinding.body.errors).toEqual(expect.arrayContaining([
        { field: 'kind', message: 'kind must be one of: area_for_priority_action, area_for_improvement, strength' },
        { field: 'number', message: 'number must be 1 or more' },
        { field: 'text', message: 'text must not be empty' },
      ]));
      const huge = await call(app, 'POST', `/api/inspections/${i.id}/findings`, { kind: 'strength', number: 1e300, text: 'x\u0000y' });
      expect(huge.status).toBe(400);
      await finding(i.id);
      const again = await call(app, 'POST', `/api/inspections/${i.id}/findings`, { kind: 'area_for_priority_action', number: 1, text: 'Again.' });
      expect(again.status).toBe(409);
      expect(again.body.errors).toEqual([{ field: 'number', message: 'There is already area for priority action number 1' }]);
    });

    it('answers 404 for unknown plans, inspections, findings, actions and priority areas', async () => {
      expect((await call(app, 'POST', `/api/plans/${UNKNOWN}/inspections`, { date: '2023-06-19', kind: 'full' })).status).toBe(404);
      expect((await call(app, 'GET', `/api/plans/${UNKNOWN}/inspections`)).status).toBe(404);
      expect((await call(app, 'GET', `/api/plans/${UNKNOWN}/readiness`)).status).toBe(404);
      expect((await call(app, 'GET', `/api/inspections/${UNKNOWN}`)).status).toBe(404);
      expect((await call(app, 'GET', '/api/inspections/not-an-id')).status).toBe(404);
      expect((await call(app, 'POST', `/api/inspections/${UNKNOWN}/findings`, { kind: 'strength', number: 1, text: 'x' })).status).toBe(404);
      expect((await call(app, 'PATCH', `/api/findings/${UNKNOWN}`, { version: 1, text: 'x' })).status).toBe(404);
      expect((await call(app, 'PUT', `/api/findings/${UNKNOWN}/links`, { actionIds: [], measureIds: [] })).status).toBe(404);
      expect((await call(app, 'GET', `/api/actions/${UNKNOWN}/findings`)).status).toBe(404);
      expect((await call(app, 'GET', `/api/priority-areas/${UNKNOWN}/findings`)).status).toBe(404);
    });

    it('edits a finding at the version read, and refuses a stale version with 409 and the current finding', async () => {
      const t = await buildPlan(app);
      const i = await inspection(t);
      const f = await finding(i.id);
      const edited = await call(app, 'PATCH', `/api/findings/${f.id}`, { version: f.version, title: 'Impact', number: 3 });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'Impact', number: 3, version: f.version + 1 });
      const stale = await call(app, 'PATCH', `/api/findings/${f.id}`, { version: f.version, title: 'Late' });
      expect(stale.status).toBe(409);
      expect(stale.body.errors).toEqual([{ field: 'version', message: 'The record has changed since you opened it' }]);
      expect(stale.body.current).toMatchObject({ title: 'Impact', version: f.version + 1 });
      const noVersion = await call(app, 'PATCH', `/api/findings/${f.id}`, { title: 'No version' });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
    });
  });

  describe('links', () => {
    it("links actions and measures of the finding's plan, shows them on the action and priority area, and refuses another plan's (400 per field)", async () => {
      const t = await buildPlan(app);
      const other = await buildPlan(app);
      const a1 = await buildAction(app, t, { reference: '1.1', title: 'Train SENCos' });
      const a2 = await buildAction(app, t, { reference: '1.2', priorityAreaId: t.areas[1].id });
      const m = await measure(t);
      const foreignAction = await buildAction(app, other);
      const foreignMeasure = await measure(other);
      const i = await inspection(t);
      const f = await finding(i.id, { title: 'Training' });

      const refused = await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [a1.id, foreignAction.id], measureIds: [foreignMeasure.id] });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'actionIds', message: 'Every action must be an action of the plan the inspection belongs to' },
        { field: 'measureIds', message: 'Every measure must be a measure of the plan the inspection belongs to' },
      ]);
      const malformed = await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: ['nope'], measureIds: 'x' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['actionIds', 'measureIds']);
      expect((await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [] })).body.errors).toEqual([{ field: 'measureIds', message: 'measureIds must be a list of measure ids' }]);

      const linked = await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [a1.id, a2.id, a1.id], measureIds: [m.id] });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ actionIds: [a1.id, a2.id].sort(), measureIds: [m.id] });
      const ofAction = await call(app, 'GET', `/api/actions/${a1.id}/findings`);
      expect(ofAction.status).toBe(200);
      expect(ofAction.body).toEqual([expect.objectContaining({ id: f.id, title: 'Training', kindLabel: 'Area for priority action', actions: [{ id: a1.id, reference: '1.1', title: 'Train SENCos' }] })]);
      const ofArea = await call(app, 'GET', `/api/priority-areas/${t.areas[1].id}/findings`);
      expect(ofArea.body.map((x: { id: string; actions: { id: string }[] }) => [x.id, x.actions.map((a) => a.id)])).toEqual([[f.id, [a2.id]]]);

      // Taking one away keeps it, marked removed; the finding shows what is linked now.
      const fewer = await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [a2.id], measureIds: [] });
      expect(fewer.body).toMatchObject({ actionIds: [a2.id], measureIds: [] });
      expect((await call(app, 'GET', `/api/actions/${a1.id}/findings`)).body).toEqual([]);
      const rows = await ownerQuery<{ action_id: string; removed: boolean }>(`SELECT action_id, removed_at IS NOT NULL AS removed FROM finding_action WHERE finding_id = $1 ORDER BY removed`, [f.id]);
      expect(rows).toEqual([{ action_id: a2.id, removed: false }, { action_id: a1.id, removed: true }]);
      const audit = await ownerQuery<{ action: string; before: object; after: object }>(`SELECT action, before, after FROM audit_event WHERE entity_id = $1 AND action = 'link' ORDER BY id`, [f.id]);
      expect(audit.at(-1)).toEqual({ action: 'link', before: { actionIds: [a1.id, a2.id].sort(), measureIds: [m.id] }, after: { actionIds: [a2.id], measureIds: [] } });
    });
  });

  describe('readiness', () => {
    it('judges each finding from its actions, names its gaps, and counts the plan by judgement', async () => {
      const t = await buildPlan(app);
      const i = await inspection(t);
      const answered = await finding(i.id, { number: 1, title: 'Answered' });
      const unanswered = await finding(i.id, { number: 2, title: 'Unanswered' });
      const evidenced = await finding(i.id, { kind: 'area_for_improvement', number: 1, title: 'Evidenced' });
      const strength = await finding(i.id, { kind: 'strength', number: 1, text: 'Early years.' });
      const late = await buildAction(app, t, { reference: '1.1', title: 'Late one', deliveryStatus: 'on_track', dueDate: daysFromToday(-1) });
      const done = await buildAction(app, t, { reference: '1.2', title: 'Done one', deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
      const evidence = await buildEvidence(app, done.id, { demonstratesImpact: true, title: 'Fewer exclusions', evidenceDate: daysFromToday(-2) });
      expect((await call(app, 'PATCH', `/api/actions/${done.id}`, { version: done.version, impactStatus: 'complete_impact_evidenced' })).status).toBe(200);
      const silent = await measure(t, 'Silent measure');
      await call(app, 'PUT', `/api/findings/${answered.id}/links`, { actionIds: [late.id], measureIds: [silent.id] });
      await call(app, 'PUT', `/api/findings/${evidenced.id}/links`, { actionIds: [done.id], measureIds: [] });
      await call(app, 'PUT', `/api/findings/${strength.id}/links`, { actionIds: [done.id], measureIds: [] });

      const res = await call(app, 'GET', `/api/plans/${t.plan.id}/readiness`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        planId: t.plan.id, asAt: daysFromToday(0), counts: { no_plan: 1, in_progress: 1, monitoring_impact: 0, impact_evidenced: 1 },
        findingsWithoutImpactEvidence: 2, findingsWithGaps: 2,
      });
      // Gaps first, then by kind and number; strengths are not judged.
      expect(res.body.findings.map((f: { id: string }) => f.id)).toEqual([answered.id, unanswered.id, evidenced.id]);
      const [first, second, third] = res.body.findings;
      expect(first).toMatchObject({ judgement: 'in_progress', judgementLabel: 'Work in progress', rag: 'amber', impactEvidenced: false });
      expect(first.gaps).toEqual([
        { kind: 'no_impact_evidence', message: 'No action answering this finding has evidence of its impact on children and young people yet.', actionId: null, measureId: null },
        { kind: 'measure_silent', message: 'The measure "Silent measure" has no value yet.', actionId: null, measureId: silent.id },
        { kind: 'action_overdue', message: `Action 1.1 (Late one) is overdue: it was due on ${daysFromToday(-1)} and is not complete.`, actionId: late.id, measureId: null },
      ]);
      expect(first.actions[0]).toMatchObject({ id: late.id, deliveryStatus: 'on_track', deliveryStatusLabel: 'On track', rag: 'green', overdue: true, impactEvidence: [] });
      expect(first.measures[0]).toMatchObject({ id: silent.id, status: 'no_data', statusLabel: 'No data', trend: 'no_data', latest: null });
      expect(second).toMatchObject({ judgement: 'no_plan', judgementLabel: 'No action answers it', rag: 'red', gaps: [{ kind: 'no_action', message: 'No action in the plan answers this finding.', actionId: null, measureId: null }] });
      expect(third).toMatchObject({ judgement: 'impact_evidenced', rag: 'green', impactEvidenced: true, gaps: [] });
      expect(third.actions[0].impactEvidence).toEqual([{ id: evidence.id, type: 'audit', typeLabel: expect.any(String), title: 'Fewer exclusions', evidenceDate: daysFromToday(-2), url: null, illustrative: false }]);
    });

    it('reads links, statuses and evidence as they stood at the end of the day asked for', async () => {
      const t = await buildPlan(app);
      const i = await inspection(t);
      const f = await finding(i.id);
      const action = await buildAction(app, t, { reference: '1.1', deliveryStatus: 'on_track', dueDate: daysFromToday(60) });
      await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [action.id], measureIds: [] });
      await backdate([action.id], f.id, `${daysFromToday(-5)}T12:00:00Z`);
      // Today it is delivered and its impact evidenced, with evidence dated today.
      await buildEvidence(app, action.id, { demonstratesImpact: true, evidenceDate: daysFromToday(0) });
      const current = (await call(app, 'GET', `/api/actions/${action.id}`)).body;
      expect((await call(app, 'PATCH', `/api/actions/${action.id}`, { version: current.version, deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced' })).status).toBe(200);
      // A second action linked only today.
      const later = await buildAction(app, t, { reference: '1.2', deliveryStatus: 'not_started' });
      await backdate([later.id], UNKNOWN, `${daysFromToday(-5)}T12:00:00Z`);
      await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [action.id, later.id], measureIds: [] });

      const judged = async (asAt?: string) => {
        const res = await call(app, 'GET', `/api/plans/${t.plan.id}/readiness${asAt ? `?asAt=${asAt}` : ''}`);
        expect(res.status).toBe(200);
        const [one] = res.body.findings;
        return { judgement: one.judgement, actions: one.actions.map((a: { reference: string; deliveryStatus: string; impactEvidence: unknown[] }) => `${a.reference} ${a.deliveryStatus} ${a.impactEvidence.length}`) };
      };
      expect(await judged()).toEqual({ judgement: 'in_progress', actions: ['1.1 complete 1', '1.2 not_started 0'] });
      expect(await judged(daysFromToday(-1))).toEqual({ judgement: 'in_progress', actions: ['1.1 on_track 0'] });
      // Before the links were made, nothing answered it; before the inspection, it was not there.
      expect(await judged(daysFromToday(-6))).toEqual({ judgement: 'no_plan', actions: [] });
      expect((await call(app, 'GET', `/api/plans/${t.plan.id}/readiness?asAt=${daysFromToday(-31)}`)).body).toMatchObject({ findings: [], inspections: [] });
      expect((await call(app, 'GET', `/api/plans/${t.plan.id}/readiness?asAt=2025-02-30`)).status).toBe(400);
      // Taking a link away today leaves it counted for yesterday.
      await call(app, 'PUT', `/api/findings/${f.id}/links`, { actionIds: [later.id], measureIds: [] });
      expect(await judged(daysFromToday(-1))).toEqual({ judgement: 'in_progress', actions: ['1.1 on_track 0'] });
      expect((await judged()).actions).toEqual(['1.2 not_started 0']);
    });

    it("judges the seeded Plymouth findings as at the January 2025 review, with the part-time timetables finding's gap named", async () => {
      const planId = await plymouthPlanId(app);
      const res = await call(app, 'GET', `/api/plans/${planId}/readiness?asAt=2025-01-31`);
      expect(res.status).toBe(200);
      expect(res.body.inspections).toEqual([expect.objectContaining({ date: '2023-06-19', kind: 'full', sourceNote: expect.stringContaining("Children's Scrutiny Committee minute") })]);
      expect(res.body.findings).toHaveLength(9);
      const byTitle = (title: string) => res.body.findings.find((f: { title: string }) => f.title === title);
      const exclusions = byTitle('Exclusions of pupils with an EHCP');
      expect(exclusions).toMatchObject({ judgement: 'impact_evidenced', impactEvidenced: true });
      expect(exclusions.actions.map((a: { reference: string }) => a.reference)).toEqual(['3.1', '3.2', '3.3', '3.4']);
      expect(exclusions.actions[0].impactEvidence.length).toBeGreaterThan(0);
      expect(exclusions.measures.map((m: { title: string }) => m.title)).toContain('Permanent exclusions of pupils with an EHCP');
      const timetables = byTitle('Part-time timetables');
      expect(timetables).toMatchObject({ judgement: 'monitoring_impact', impactEvidenced: false });
      expect(timetables.gaps.map((g: { kind: string }) => g.kind)).toContain('no_impact_evidence');
      expect(byTitle('Sufficiency of specialist places').judgement).toBe('in_progress');
      const total = Object.values(res.body.counts as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(total).toBe(9);
      expect(res.body.findingsWithoutImpactEvidence).toBe(res.body.findings.filter((f: { impactEvidenced: boolean }) => !f.impactEvidenced).length);
      // The action page lists what its action answers.
      const action = (await call(app, 'GET', `/api/actions?planId=${planId}&pageSize=100`)).body.items.find((a: { reference: string }) => a.reference === '3.5');
      expect((await call(app, 'GET', `/api/actions/${action.id}/findings`)).body.map((x: { title: string }) => x.title)).toEqual(['Part-time timetables']);
    });
  });

  describe('who may', () => {
    let t: TestPlan;
    let findingId: string;
    let inspectionId: string;
    const sessions: Record<string, Session> = {};
    beforeAll(async () => {
      t = await buildPlan(app);
      inspectionId = (await inspection(t)).id;
      findingId = (await finding(inspectionId)).id;
      for (const role of ['adviser', 'action_owner', 'viewer', 'scrutiny', 'moderator'] as const) sessions[role] = await signInAs(app, role, [role]);
    });

    it('lets every plan reader read, including advisers and action owners, and scrutiny nothing', async () => {
      for (const role of ['adviser', 'action_owner', 'viewer', 'moderator']) {
        expect(`${role} ${(await callAs(app, sessions[role], 'GET', `/api/plans/${t.plan.id}/readiness`)).status}`).toBe(`${role} 200`);
        expect(`${role} ${(await callAs(app, sessions[role], 'GET', `/api/inspections/${inspectionId}`)).status}`).toBe(`${role} 200`);
      }
      expect((await callAs(app, sessions.scrutiny, 'GET', `/api/plans/${t.plan.id}/readiness`)).status).toBe(403);
      expect((await callAs(app, sessions.scrutiny, 'GET', `/api/plans/${t.plan.id}/inspections`)).status).toBe(403);
    });

    it('lets only plan managers and administrators write', async () => {
      for (const role of ['adviser', 'action_owner', 'viewer', 'moderator', 'scrutiny']) {
        expect(`${role} ${(await callAs(app, sessions[role], 'POST', `/api/inspections/${inspectionId}/findings`, { kind: 'strength', number: 9, text: 'x' })).status}`).toBe(`${role} 403`);
        expect(`${role} ${(await callAs(app, sessions[role], 'PUT', `/api/findings/${findingId}/links`, { actionIds: [], measureIds: [] })).status}`).toBe(`${role} 403`);
      }
      const manager = await signInAs(app, 'Head of SEND', ['plan_manager']);
      expect((await callAs(app, manager, 'PUT', `/api/findings/${findingId}/links`, { actionIds: [], measureIds: [] })).status).toBe(200);
    });
  });
});
