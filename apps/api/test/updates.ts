import { dayNumberToIsoDate, isoDateToDayNumber, todayIso, type Role } from '@send/domain';
import { DataSource } from 'typeorm';
import { Evidence } from '../src/evidence/evidence.entity';
import { call, createUser, Session, signIn, TestApp, TestPlan, unique } from './test-app';

/** `days` after today (before, when negative), as `YYYY-MM-DD`. */
export const daysFromToday = (days: number) => dayNumberToIsoDate(isoDateToDayNumber(todayIso()) + days);

/** A reporting period of the plan that is open today: opened 10 days ago, deadline in 10, board in 24. */
export async function openPeriod(app: TestApp, planId: string, overrides: Record<string, unknown> = {}) {
  const res = await call(app, 'POST', `/api/plans/${planId}/periods`, {
    opensOn: daysFromToday(-10), updateDeadline: daysFromToday(10), boardDate: daysFromToday(24), ...overrides,
  });
  if (res.status !== 201) throw new Error(`openPeriod failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A person of the plan's council, to own actions. */
export async function buildPerson(app: TestApp, t: TestPlan, name = unique('Owner')) {
  const res = await call(app, 'POST', '/api/people', { name, organisationId: t.council.id });
  if (res.status !== 201) throw new Error(`buildPerson failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string };
}

/** Evidence of an action, written straight to its table (the API takes evidence through its own routes). */
export async function buildEvidence(app: TestApp, actionId: string, overrides: Partial<Evidence> = {}) {
  const repo = app.get(DataSource).getRepository(Evidence);
  return repo.save(repo.create({
    actionId, type: 'audit', title: unique('Evidence'), description: '', evidenceDate: '2025-01-09',
    demonstratesImpact: false, url: null, addedById: null, archivedAt: null, ...overrides,
  }));
}

/** A new account with these roles (acting as `personId`, for an action owner), signed in. */
export async function signInAs(app: TestApp, displayName: string, roles: Role[], personId: string | null = null): Promise<Session> {
  return signIn(app, await createUser(app, { roles, displayName, personId }));
}
