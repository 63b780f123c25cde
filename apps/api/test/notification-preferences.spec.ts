import { todayIso, weekdayOf } from '@send/domain';
import { EmailMessage } from '../src/notification/email-message.entity';
import { UnsubscribeTokenService } from '../src/notification/unsubscribe-token.service';
import { DigestService } from '../src/reminder/digest.service';
import { eventually } from './smtp';
import { bootTestApp, buildAction, buildPlan, call, callAs, inDemoArea, Session, TestApp, testDataSource } from './test-app';
import { buildPerson, daysFromToday, openPeriod, signInAs, decideUpdate } from './updates';

const emailsOf = async (app: TestApp, userId: string) => (await testDataSource(app)).getRepository(EmailMessage).find({ where: { userId } });

describe('email preferences and unsubscribe links', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootTestApp();
  });
  afterAll(() => app.close());

  /** An owner whose update a moderator approves: the owner is told. */
  async function approveAnUpdate(): Promise<{ owner: Session }> {
    const t = await buildPlan(app);
    await openPeriod(app, t.plan.id);
    const person = await buildPerson(app, t);
    const action = await buildAction(app, t, { ownerPersonId: person.id });
    const owner = await signInAs(app, 'Owner', ['action_owner'], person.id);
    const moderator = await signInAs(app, 'Moderator', ['moderator']);
    const u = await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, { narrative: 'Done.' });
    await decideUpdate(app, owner, u.body.id, 'submit');
    expect((await decideUpdate(app, moderator, u.body.id, 'approve')).status).toBe(200);
    return { owner };
  }

  it('keeps each person\'s choices: kinds of email on or off, and the digest day', async () => {
    const me = await signInAs(app, 'Head of SEND', ['plan_manager']);
    const initial = (await callAs(app, me, 'GET', '/api/notification-preferences')).body;
    expect(initial).toMatchObject({
      emails: { update_reminder: true, update_moderated: true, weekly_digest: true, pack_published: true, decision_due: true },
      digestDay: 'monday', version: 0,
    });
    expect(initial.kinds[0]).toEqual({ kind: 'update_reminder', label: 'Reminders that an update is due' });

    const changed = await callAs(app, me, 'PUT', '/api/notification-preferences', { emails: { weekly_digest: false }, digestDay: 'friday', version: 0 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ emails: { weekly_digest: false, update_reminder: true }, digestDay: 'friday', version: 1 });
    expect((await callAs(app, me, 'PUT', '/api/notification-preferences', { digestDay: 'monday', version: 0 })).status).toBe(409);

    const bad = await callAs(app, me, 'PUT', '/api/notification-preferences', { emails: { weekly_digest: 'no', spam: true }, digestDay: 'someday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['digestDay', 'emails.spam', 'emails.weekly_digest']);

    const audit = (await call(app, 'GET', `/api/audit?entityType=notification_preference&entityId=${me.user.id}`)).body.items;
    expect(audit[0]).toMatchObject({ action: 'update', before: { emailKindsOff: [], digestDay: 'monday' }, after: { emailKindsOff: ['weekly_digest'], digestDay: 'friday' } });
  });

  it('sends the digest on the day each manager chose', async () => {
    const today = todayIso();
    const manager = await signInAs(app, 'Head of SEND', ['plan_manager']);
    const tomorrow = weekdayOf(daysFromToday(1));
    await callAs(app, manager, 'PUT', '/api/notification-preferences', { digestDay: tomorrow });
    await inDemoArea(app, () => app.get(DigestService).sendDigests(today));
    expect((await emailsOf(app, manager.user.id)).filter((e) => e.kind === 'weekly_digest')).toHaveLength(0);
    await inDemoArea(app, () => app.get(DigestService).sendDigests(daysFromToday(1)));
    expect((await emailsOf(app, manager.user.id)).filter((e) => e.kind === 'weekly_digest')).toHaveLength(1);
  });

  it('does not email a kind someone turned off, but still tells them in the app', async () => {
    const t = await buildPlan(app);
    await openPeriod(app, t.plan.id);
    const person = await buildPerson(app, t);
    const action = await buildAction(app, t, { ownerPersonId: person.id });
    const owner = await signInAs(app, 'Owner', ['action_owner'], person.id);
    await callAs(app, owner, 'PUT', '/api/notification-preferences', { emails: { update_moderated: false } });
    const moderator = await signInAs(app, 'Moderator', ['moderator']);
    const u = await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, { narrative: 'Done.' });
    await decideUpdate(app, owner, u.body.id, 'submit');
    await decideUpdate(app, moderator, u.body.id, 'approve');
    expect((await callAs(app, owner, 'GET', '/api/notifications')).body.total).toBe(1);
    expect(await emailsOf(app, owner.user.id)).toHaveLength(0);
  });

  it('unsubscribes from one kind of email through the link in it, without signing in', async () => {
    const { owner } = await approveAnUpdate();
    const [email] = await eventually(async () => {
      const found = await emailsOf(app, owner.user.id);
      return found.length === 1 && found;
    });
    const url = new URL(email.textBody.match(/Stop these emails: (\S+)/)![1]);
    expect(url.pathname).toBe('/unsubscribe');
    const token = url.searchParams.get('token')!;

    const asked = await callAs(app, null, 'GET', `/api/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({ kind: 'update_moderated', label: 'When your update is approved or returned', subscribed: true });
    const done = await callAs(app, null, 'POST', '/api/unsubscribe', { token });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ kind: 'update_moderated', subscribed: false });
    // Once more changes nothing.
    expect((await callAs(app, null, 'POST', '/api/unsubscribe', { token })).status).toBe(200);
    expect((await callAs(app, owner, 'GET', '/api/notification-preferences')).body.emails).toMatchObject({ update_moderated: false, update_reminder: true });
  });

  it('refuses a link that was tampered with or has expired', async () => {
    const me = await signInAs(app, 'Someone', ['viewer']);
    const tokens = app.get(UnsubscribeTokenService);
    const good = await tokens.sign({ userId: me.user.id, kind: 'pack_published' });
    const [payload, mac] = good.split('.');
    const forged = `${Buffer.from(JSON.stringify({ u: me.user.id, k: 'weekly_digest', x: 9999999999 })).toString('base64url')}.${mac}`;
    for (const token of [forged, `${payload}.x${mac.slice(1)}`, 'nonsense', `${payload}`]) {
      const res = await callAs(app, null, 'POST', '/api/unsubscribe', { token });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'token', message: 'The link is not valid' }]);
    }
    const old = await tokens.sign({ userId: me.user.id, kind: 'pack_published' }, new Date(Date.now() - 91 * 86_400_000));
    const expired = await callAs(app, null, 'POST', '/api/unsubscribe', { token: old });
    expect(expired.status).toBe(400);
    expect(expired.body.errors).toEqual([{ field: 'token', message: 'The link has expired' }]);
    expect((await callAs(app, null, 'GET', '/api/unsubscribe')).status).toBe(400);
    expect((await callAs(app, me, 'GET', '/api/notification-preferences')).body.emails.pack_published).toBe(true);
  });
});
