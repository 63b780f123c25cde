import { dayNumberToIsoDate, isoDateToDayNumber, todayIso, type Role } from '@send/domain';
import { Evidence } from '../src/evidence/evidence.entity';
import { call, callAs, createUser, Session, signIn, TestApp, testDataSource, TestPlan, unique } from './test-app';

/** `days` after today (before, when negative), as `YYYY-MM-DD`. */
export const daysFromToday = (days: number) => dayNumberToIsoDate(isoDateToDayNumber(todayIso()) + days);

/**
 * A meeting of the plan's Improvement Board (the body is made the first time), cut off at 17:00 a
 * week before, or the day after `updateDeadline` when that is later, so a period due then fits it.
 */
export async function boardMeeting(app: TestApp, planId: string, meetingDate: string, updateDeadline?: string) {
  const bodies = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items as { id: string; kind: string }[];
  let bodyId = bodies.find((b) => b.kind === 'improvement_board')?.id;
  if (!bodyId) {
    const body = await call(app, 'POST', '/api/governance-bodies', { planId, name: `Improvement Board ${unique('b')}`, kind: 'improvement_board' });
    if (body.status !== 201) throw new Error(`boardMeeting failed: ${body.status} ${JSON.stringify(body.body)}`);
    bodyId = body.body.id as string;
  }
  const day = isoDateToDayNumber(meetingDate);
  const cutOffDay = updateDeadline ? Math.min(day, Math.max(day - 7, isoDateToDayNumber(updateDeadline) + 1)) : day - 7;
  const res = await call(app, 'POST', '/api/meetings', { bodyId, meetingDate, cutOffAt: `${dayNumberToIsoDate(cutOffDay)}T17:00` });
  if (res.status !== 201) throw new Error(`boardMeeting failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; meetingDate: string; cutOffAt: string; version: number };
}

/**
 * A reporting period of the plan that is open today, for a new meeting of its Improvement Board:
 * opened 10 days ago, deadline in 10, board in 24 (unless `overrides` say otherwise).
 */
export async function openPeriod(app: TestApp, planId: string, overrides: { opensOn?: string; updateDeadline?: string; boardDate?: string; title?: string } = {}) {
  const { boardDate, ...period } = { opensOn: daysFromToday(-10), updateDeadline: daysFromToday(10), boardDate: daysFromToday(24), ...overrides };
  const meeting = await boardMeeting(app, planId, boardDate, period.updateDeadline);
  const res = await call(app, 'POST', `/api/plans/${planId}/periods`, { meetingId: meeting.id, ...period });
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
  const repo = (await testDataSource(app)).getRepository(Evidence);
  return repo.save(repo.create({
    actionId, type: 'audit', title: unique('Evidence'), description: '', evidenceDate: '2025-01-09',
    demonstratesImpact: false, url: null, addedById: null, archivedAt: null, ...overrides,
  }));
}

/** A new account with these roles (acting as `personId`, for an action owner), signed in. */
export async function signInAs(app: TestApp, displayName: string, roles: Role[], personId: string | null = null): Promise<Session> {
  return signIn(app, await createUser(app, { roles, displayName, personId }));
}

/**
 * Submits, approves or returns an update as `session`, sending the version the update has now (as
 * the web app sends the version it read).
 */
export async function decideUpdate(app: TestApp, session: Session | null, id: string, verb: 'submit' | 'approve' | 'return', body: object = {}) {
  const { version } = (await call(app, 'GET', `/api/updates/${id}`)).body as { version: number };
  return callAs(app, session, 'POST', `/api/updates/${id}/${verb}`, { version, ...body });
}
