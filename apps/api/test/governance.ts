import { call, TestApp, TestPlan, unique } from './test-app';

/** A governance body of the test's own plan. */
export async function buildBody(app: TestApp, t: TestPlan, overrides: Record<string, unknown> = {}) {
  const res = await call(app, 'POST', '/api/governance-bodies', {
    planId: t.plan.id, name: `Improvement Board ${unique('b')}`, kind: 'improvement_board', chair: 'Independent chair', ...overrides,
  });
  if (res.status !== 201) throw new Error(`buildBody failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function buildMeeting(app: TestApp, bodyId: string, overrides: Record<string, unknown> = {}) {
  const res = await call(app, 'POST', '/api/meetings', { bodyId, meetingDate: '2025-02-12', ...overrides });
  if (res.status !== 201) throw new Error(`buildMeeting failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The seeded Plymouth plan's id. */
export async function plymouthPlanId(app: TestApp): Promise<string> {
  const plans = (await call(app, 'GET', '/api/plans?pageSize=200')).body.items as { id: string; slug: string }[];
  const plan = plans.find((p) => p.slug === 'plymouth-send-2023');
  if (!plan) throw new Error('The Plymouth plan is not seeded');
  return plan.id;
}
