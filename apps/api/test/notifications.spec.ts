import { In } from 'typeorm';
import { EmailMessage } from '../src/notification/email-message.entity';
import { NotificationService } from '../src/notification/notification.service';
import { eventually, startSmtpServer, TestSmtpServer } from './smtp';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, inDemoArea, Session, TestApp, testDataSource } from './test-app';
import { buildPerson, openPeriod, signInAs, decideUpdate } from './updates';

/** A submitted update of an action owned by `owner`, ready for `moderator`. */
async function submittedUpdate(app: TestApp) {
  const t = await buildPlan(app);
  const period = await openPeriod(app, t.plan.id);
  const person = await buildPerson(app, t);
  const action = await buildAction(app, t, { ownerPersonId: person.id, deliveryStatus: 'on_track' });
  const owner = await signInAs(app, 'Priya Owner', ['action_owner'], person.id);
  const moderator = await signInAs(app, 'Sam Director', ['moderator']);
  const created = await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, {
    narrative: 'Forty SENCOs trained.', proposedDeliveryStatus: 'on_track', proposedImpactStatus: 'not_yet_complete',
  });
  const submitted = await decideUpdate(app, owner, created.body.id, 'submit');
  expect(submitted.status).toBe(200);
  return { t, period, action, owner, moderator, update: submitted.body };
}

const emailsTo = async (app: TestApp, userId: string) =>
  (await testDataSource(app)).getRepository(EmailMessage).find({ where: { userId }, order: { createdAt: 'ASC' } });

describe('notices when an update is moderated, with no SMTP server (the outbox)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootTestApp();
  });
  afterAll(() => app.close());

  it('approving an update puts a notice in the outbox and a notification for its author', async () => {
    const s = await submittedUpdate(app);
    const approved = await decideUpdate(app, s.moderator, s.update.id, 'approve', { comment: 'Clear and well evidenced.' });
    expect(approved.status).toBe(200);

    const email = await eventually(async () => (await emailsTo(app, s.owner.user.id)).find((e) => e.status === 'outbox'));
    expect(email).toMatchObject({ kind: 'update_moderated', toAddress: s.owner.user.email, attempts: 1, subject: `Your update for ${s.action.reference} has been approved` });
    expect(email.lastResponse).toMatch(/outbox/);

    const outbox = await call(app, 'GET', '/api/outbox?status=outbox&pageSize=200');
    expect(outbox.status).toBe(200);
    const listed = outbox.body.items.find((e: { id: string }) => e.id === email.id);
    expect(listed).toMatchObject({ to: s.owner.user.email, status: 'outbox' });
    expect(listed.text).toContain('Sam Director has approved your');
    expect(listed.text).toContain('Clear and well evidenced.');
    expect(listed.text).toMatch(/Stop these emails: http:\/\/localhost:3000\/unsubscribe\?token=/);
    expect(listed.html).toContain('<html lang="en">');
    expect(listed.html).toContain('<blockquote><p>Clear and well evidenced.</p></blockquote>');

    const mine = await callAs(app, s.owner, 'GET', '/api/notifications');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 1, unread: 1 });
    expect(mine.body.items[0]).toMatchObject({
      kind: 'update_moderated', title: `Your update for ${s.action.reference} has been approved`, link: `/actions/${s.action.id}`, readAt: null, planId: s.t.plan.id,
    });
    // The moderator is not told about their own decision.
    expect((await callAs(app, s.moderator, 'GET', '/api/notifications')).body.total).toBe(0);
  });

  it('returning an update tells its author what to change, and each moderation once', async () => {
    const s = await submittedUpdate(app);
    await decideUpdate(app, s.moderator, s.update.id, 'return', { comment: 'Say how many schools took part.' });
    await decideUpdate(app, s.owner, s.update.id, 'submit');
    await decideUpdate(app, s.moderator, s.update.id, 'return', { comment: 'And which ones.' });

    const emails = await eventually(async () => {
      const found = await emailsTo(app, s.owner.user.id);
      return found.length === 2 && found.every((e) => e.status === 'outbox') && found;
    });
    expect(emails.map((e) => e.subject)).toEqual([`Your update for ${s.action.reference} needs changes`, `Your update for ${s.action.reference} needs changes`]);
    expect(emails[0].textBody).toContain('> Say how many schools took part.');
    expect(emails[1].textBody).toContain('> And which ones.');
    expect((await callAs(app, s.owner, 'GET', '/api/notifications')).body.total).toBe(2);
  });

  it('marks notifications read, one or all, and only the reader\'s own', async () => {
    const s = await submittedUpdate(app);
    await decideUpdate(app, s.moderator, s.update.id, 'return', { comment: 'More detail, please.' });
    await decideUpdate(app, s.owner, s.update.id, 'submit');
    await decideUpdate(app, s.moderator, s.update.id, 'approve');
    const list = (await callAs(app, s.owner, 'GET', '/api/notifications')).body;
    expect(list).toMatchObject({ total: 2, unread: 2 });
    const [first] = list.items;

    expect((await callAs(app, s.moderator, 'POST', `/api/notifications/${first.id}/read`)).status).toBe(404);
    const read = await callAs(app, s.owner, 'POST', `/api/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await callAs(app, s.owner, 'GET', '/api/notifications/unread-count')).body).toEqual({ unread: 1 });
    expect((await callAs(app, s.owner, 'GET', '/api/notifications?unread=true')).body.items.map((n: { id: string }) => n.id)).not.toContain(first.id);

    expect((await callAs(app, s.owner, 'POST', '/api/notifications/read-all')).body).toEqual({ read: 1 });
    expect((await callAs(app, s.owner, 'GET', '/api/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await callAs(app, s.owner, 'GET', '/api/notifications?unread=maybe')).status).toBe(400);
    expect((await callAs(app, s.owner, 'POST', '/api/notifications/not-an-id/read')).status).toBe(404);
  });

  it('works through a queue of many emails at once, not one per polling interval', async () => {
    const people = await Promise.all(Array.from({ length: 30 }, () => createUser(app, { roles: ['board_member'] })));
    const notices = people.map((p) => ({
      userId: p.id, planId: null, kind: 'pack_published' as const, eventKey: `drain-test:${p.id}`, title: 'A pack', body: 'A pack', link: '/',
      email: { blocks: [{ p: 'A pack.' }], reason: 'A test.' },
    }));
    const queuedAt = Date.now();
    expect(await inDemoArea(app, () => app.get(NotificationService).notifyAll(notices))).toBe(30);
    const repo = (await testDataSource(app)).getRepository(EmailMessage);
    await eventually(async () => (await repo.countBy({ userId: In(people.map((p) => p.id)), status: 'outbox' })) === 30);
    // 30 jobs at one per polling interval (0.5 s here) would take 15 s.
    expect(Date.now() - queuedAt).toBeLessThan(7_500);
  });

  it('shows the outbox to administrators only', async () => {
    const someone: Session = await signInAs(app, 'Head of SEND', ['plan_manager']);
    expect((await callAs(app, someone, 'GET', '/api/outbox')).status).toBe(403);
    expect((await callAs(app, null, 'GET', '/api/notifications')).status).toBe(401);
    expect((await call(app, 'GET', '/api/outbox?status=lost')).status).toBe(400);
  });
});

describe('email through a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  afterEach(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('sends the notice with a text and an HTML part, and records the server\'s answer', async () => {
    smtp = await startSmtpServer();
    app = await bootTestApp({ smtpUrl: smtp.url, mailFrom: 'SEND tracker <send@example.test>' });
    const s = await submittedUpdate(app);
    await decideUpdate(app, s.moderator, s.update.id, 'return', { comment: 'Name the schools.' });

    const mail = await eventually(async () => smtp.received.find((m) => m.subject?.includes(s.action.reference)));
    expect(mail.from?.text).toBe('"SEND tracker" <send@example.test>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(s.owner.user.email);
    expect(mail.text).toContain('Sam Director has returned your');
    expect(mail.text).toContain('> Name the schools.');
    expect(mail.html).toContain('<blockquote><p>Name the schools.</p></blockquote>');
    expect(mail.attachments).toHaveLength(0);

    const [email] = await eventually(async () => {
      const found = await emailsTo(app, s.owner.user.id);
      return found[0]?.status === 'sent' && found;
    });
    expect(email).toMatchObject({ status: 'sent', attempts: 1 });
    expect(email.lastResponse).toMatch(/^250/);
    expect(email.deliveredAt).not.toBeNull();
  });

  it('retries with backoff when the server refuses the first attempt, and delivers once', async () => {
    smtp = await startSmtpServer({ refuseFirst: 1 });
    app = await bootTestApp({ smtpUrl: smtp.url });
    const s = await submittedUpdate(app);
    await decideUpdate(app, s.moderator, s.update.id, 'approve');

    const retrying = await eventually(async () => (await emailsTo(app, s.owner.user.id)).find((e) => e.status === 'retrying'));
    expect(retrying.lastResponse).toMatch(/^451/);
    const sent = await eventually(async () => (await emailsTo(app, s.owner.user.id)).find((e) => e.status === 'sent'));
    expect(sent.attempts).toBe(2);
    expect(smtp.attempts).toEqual([451, 250]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received).toHaveLength(1);
  });

  it('records a permanent refusal with the server\'s answer and does not retry it', async () => {
    smtp = await startSmtpServer({ refuseAll: true });
    app = await bootTestApp({ smtpUrl: smtp.url });
    const s = await submittedUpdate(app);
    await decideUpdate(app, s.moderator, s.update.id, 'approve');

    const failed = await eventually(async () => (await emailsTo(app, s.owner.user.id)).find((e) => e.status === 'failed'));
    expect(failed.attempts).toBe(1);
    expect(failed.lastResponse).toMatch(/^550 Mailbox unavailable/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.attempts).toEqual([550]);
    // The person is still told in the app.
    expect((await callAs(app, s.owner, 'GET', '/api/notifications')).body.total).toBe(1);
  });
});
