import { isoDateToDayNumber, todayIso, weekdayOf } from '@send/domain';
import { EmailMessage } from '../src/notification/email-message.entity';
import { DecisionDueService } from '../src/reminder/decision-due.service';
import { DigestService } from '../src/reminder/digest.service';
import { buildBody, buildMeeting } from './governance';
import { eventually } from './smtp';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, inDemoArea, signIn, TestApp, testDataSource } from './test-app';
import { buildPerson, daysFromToday, openPeriod, signInAs, decideUpdate } from './updates';

const emailsOf = async (app: TestApp, userId: string, kind: string) =>
  (await testDataSource(app)).getRepository(EmailMessage).find({ where: { userId, kind: kind as EmailMessage['kind'] }, order: { createdAt: 'ASC' } });

/** The next Monday from today (today, when it is one). */
function nextMonday(): string {
  for (let d = 0; d < 7; d += 1) if (weekdayOf(daysFromToday(d)) === 'monday') return daysFromToday(d);
  throw new Error('unreachable');
}

describe('the weekly digest, pack publication and decisions falling due', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootTestApp();
  });
  afterAll(() => app.close());

  it('sends plan managers, on Monday, what is missing, awaiting moderation, stale, inconsistent and the decisions due', async () => {
    const monday = nextMonday();
    const t = await buildPlan(app);
    const period = await openPeriod(app, t.plan.id, { opensOn: daysFromToday(-10), updateDeadline: daysFromToday(10), boardDate: daysFromToday(24) });
    const person = await buildPerson(app, t);
    await buildAction(app, t, { ownerPersonId: person.id });
    const reported = await buildAction(app, t, { ownerPersonId: person.id });
    const owner = await signInAs(app, 'Owner', ['action_owner'], person.id);
    const u = await callAs(app, owner, 'POST', `/api/actions/${reported.id}/updates`, { narrative: 'Done.' });
    await decideUpdate(app, owner, u.body.id, 'submit');
    const meeting = (await call(app, 'GET', `/api/plans/${t.plan.id}/periods`)).body.items.find((p: { id: string }) => p.id === period.id).meetingId;
    await call(app, 'POST', `/api/meetings/${meeting}/decisions`, { kind: 'decision', text: 'Commission a sufficiency review', dueDate: monday });
    const manager = await signInAs(app, 'Head of SEND', ['plan_manager']);

    const digests = app.get(DigestService);
    await inDemoArea(app, () => digests.sendDigests(monday));
    await inDemoArea(app, () => digests.sendDigests(monday));
    const [email, ...more] = await eventually(async () => {
      const found = await emailsOf(app, manager.user.id, 'weekly_digest');
      return found.length > 0 && found.every((e) => e.status === 'outbox') && found;
    });
    expect(more).toHaveLength(0);
    const section = email.textBody.split(`${t.plan.title.toUpperCase()}\n\n`)[1].split('\n\n')[0];
    expect(section).toBe([
      `* 1 update missing for ${period.title}`,
      '* 1 update awaiting moderation',
      '* 0 actions have had no approved update for more than 2 periods (stale)',
      '* 0 actions have statuses that do not agree with their dates, milestones or evidence',
      '* 1 decision is due in the next 2 weeks or overdue',
    ].join('\n'));
    expect(email.textBody).toContain('Commission a sufficiency review');
    expect(email.htmlBody).toContain(`<h2>${t.plan.title}</h2>`);

    // Not on another day, and not to someone who is not a plan manager.
    const tuesdayManager = await signInAs(app, 'Another manager', ['plan_manager']);
    await inDemoArea(app, () => digests.sendDigests(daysFromToday(isoDateToDayNumber(monday) - isoDateToDayNumber(todayIso()) + 1)));
    expect(await emailsOf(app, tuesdayManager.user.id, 'weekly_digest')).toHaveLength(0);
    expect(await emailsOf(app, owner.user.id, 'weekly_digest')).toHaveLength(0);
  });

  it('tells a body\'s members when its pack is published, with a link and no attachment', async () => {
    const t = await buildPlan(app);
    const body = await buildBody(app, t, { name: 'SEND Improvement Board' });
    const meeting = await buildMeeting(app, body.id, { meetingDate: '2025-02-12' });
    const member = await createUser(app, { roles: ['board_member'], displayName: 'Board Chair' });
    const outsider = await createUser(app, { roles: ['board_member'] });
    const set = await call(app, 'PUT', `/api/governance-bodies/${body.id}/members`, { userIds: [member.id] });
    expect(set.status).toBe(200);
    expect(set.body.members).toEqual([{ userId: member.id, displayName: 'Board Chair', email: member.email }]);

    const draft = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    // A draft tells no one.
    expect(await emailsOf(app, member.id, 'pack_published')).toHaveLength(0);
    expect((await call(app, 'POST', `/api/packs/${draft.id}/publish`, { version: draft.version })).status).toBe(200);

    const email = await eventually(async () => (await emailsOf(app, member.id, 'pack_published')).find((e) => e.status === 'outbox'));
    expect(email.subject).toBe('The pack for the SEND Improvement Board meeting on 12 February 2025 has been published');
    expect(email.textBody).toContain(`Read the pack:\nhttp://localhost:3000/meetings/${meeting.id}`);
    expect(email.htmlBody).toContain(`<a href="http://localhost:3000/meetings/${meeting.id}">Read the pack</a>`);
    expect(await emailsOf(app, outsider.id, 'pack_published')).toHaveLength(0);
    const session = await signIn(app, member);
    expect((await callAs(app, session, 'GET', '/api/notifications')).body.items[0]).toMatchObject({ kind: 'pack_published', link: `/meetings/${meeting.id}` });

    expect((await call(app, 'PUT', `/api/governance-bodies/${body.id}/members`, { userIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(400);
    expect((await call(app, 'GET', '/api/governance-bodies/00000000-0000-4000-8000-000000000000/members')).status).toBe(404);
  });

  it('tells a decision\'s owner on the day it falls due, once', async () => {
    const t = await buildPlan(app);
    const person = await buildPerson(app, t);
    const owner = await signInAs(app, 'Decision Owner', ['action_owner'], person.id);
    const body = await buildBody(app, t, { name: 'SEND Improvement Board' });
    const meeting = await buildMeeting(app, body.id, { meetingDate: '2025-02-12' });
    const due = await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, {
      kind: 'challenge', text: 'Explain the rise in suspensions', ownerPersonId: person.id, dueDate: todayIso(),
    });
    expect(due.status).toBe(201);
    await call(app, 'POST', `/api/meetings/${meeting.id}/decisions`, { kind: 'decision', text: 'Later', ownerPersonId: person.id, dueDate: daysFromToday(3) });

    const service = app.get(DecisionDueService);
    await inDemoArea(app, () => service.sendDecisionsDue(todayIso()));
    await inDemoArea(app, () => service.sendDecisionsDue(todayIso()));
    const emails = await eventually(async () => {
      const found = await emailsOf(app, owner.user.id, 'decision_due');
      return found.length > 0 && found.every((e) => e.status === 'outbox') && found;
    });
    expect(emails.map((e) => e.subject)).toEqual(['A challenge you own is due today']);
    expect(emails[0].textBody).toContain('> Explain the rise in suspensions');
  });
});
