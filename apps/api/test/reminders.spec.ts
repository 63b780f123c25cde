import { todayIso } from '@send/domain';
import { JobQueueService } from '../src/job-queue/job-queue.service';
import { EmailMessage } from '../src/notification/email-message.entity';
import { ReminderService, UPDATE_REMINDERS } from '../src/reminder/reminder.service';
import { eventually } from './smtp';
import { bootTestApp, buildAction, buildPlan, call, callAs, inDemoArea, TestApp, testDataSource } from './test-app';
import { buildPerson, daysFromToday, openPeriod, signInAs, decideUpdate } from './updates';

/**
 * A plan whose period's update deadline is `deadlineInDays` away, with two owners: one who has
 * not submitted (an action not started and one in draft), one who has.
 */
async function sceneWithDeadline(app: TestApp, deadlineInDays: number) {
  const t = await buildPlan(app);
  const period = await openPeriod(app, t.plan.id, { updateDeadline: daysFromToday(deadlineInDays), boardDate: daysFromToday(deadlineInDays + 14) });
  const late = await buildPerson(app, t);
  const done = await buildPerson(app, t);
  const notStarted = await buildAction(app, t, { ownerPersonId: late.id, title: 'Train SENCOs' });
  const drafted = await buildAction(app, t, { ownerPersonId: late.id, title: 'Publish the local offer' });
  const submittedAction = await buildAction(app, t, { ownerPersonId: done.id });
  const lateOwner = await signInAs(app, 'Late Owner', ['action_owner'], late.id);
  const doneOwner = await signInAs(app, 'Done Owner', ['action_owner'], done.id);
  await callAs(app, lateOwner, 'POST', `/api/actions/${drafted.id}/updates`, { narrative: 'Started.' });
  const u = await callAs(app, doneOwner, 'POST', `/api/actions/${submittedAction.id}/updates`, { narrative: 'All done.' });
  expect((await decideUpdate(app, doneOwner, u.body.id, 'submit')).status).toBe(200);
  return { t, period, notStarted, drafted, lateOwner, doneOwner };
}

const reminderEmails = async (app: TestApp, userId: string) =>
  (await testDataSource(app)).getRepository(EmailMessage).find({ where: { userId, kind: 'update_reminder' } });

describe('reminders before an update deadline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootTestApp();
  });
  afterAll(() => app.close());

  it('reminds, 7 days before the deadline, each owner with no submitted update, listing those actions, once', async () => {
    const s = await sceneWithDeadline(app, 7);
    const reminders = app.get(ReminderService);
    await inDemoArea(app, () => reminders.sendDueReminders(todayIso()));
    await inDemoArea(app, () => reminders.sendDueReminders(todayIso()));

    const emails = await eventually(async () => {
      const found = await reminderEmails(app, s.lateOwner.user.id);
      return found.length === 1 && found[0].status === 'outbox' && found;
    });
    const [email] = emails;
    expect(email.subject).toBe(`2 updates are due in 7 days, by ${email.subject.split('by ')[1]}`);
    expect(email.textBody).toContain(`You need to submit updates for 2 actions for ${s.period.title} by`);
    expect(email.textBody).toContain(`* ${s.notStarted.reference} Train SENCOs: not started`);
    expect(email.textBody).toContain(`* ${s.drafted.reference} Publish the local offer: draft, not yet submitted`);
    expect(await reminderEmails(app, s.doneOwner.user.id)).toHaveLength(0);
    const notifications = (await callAs(app, s.lateOwner, 'GET', '/api/notifications')).body;
    expect(notifications).toMatchObject({ total: 1, items: [{ kind: 'update_reminder', link: '/delivery' }] });
  });

  it('follows the plan\'s own reminder days', async () => {
    const s = await sceneWithDeadline(app, 3);
    await inDemoArea(app, () => app.get(ReminderService).sendDueReminders(todayIso()));
    // 3 days out falls after the default 7-day reminder: that one goes now, late, once.
    expect((await reminderEmails(app, s.lateOwner.user.id)).map((e) => e.eventKey)).toEqual([`update-reminder:${s.period.id}:7/${s.lateOwner.user.id}`]);

    const set = await call(app, 'PUT', `/api/plans/${s.t.plan.id}/reminder-days`, { days: [1, 3] });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ planId: s.t.plan.id, days: [3, 1] });
    await inDemoArea(app, () => app.get(ReminderService).sendDueReminders(todayIso()));
    expect((await reminderEmails(app, s.lateOwner.user.id)).map((e) => e.eventKey).sort()).toEqual([
      `update-reminder:${s.period.id}:3/${s.lateOwner.user.id}`, `update-reminder:${s.period.id}:7/${s.lateOwner.user.id}`,
    ]);
    const audit = (await call(app, 'GET', `/api/audit?entityType=plan&entityId=${s.t.plan.id}`)).body.items;
    expect(audit[0]).toMatchObject({ action: 'set_reminder_days', before: { reminderDays: [7, 2] }, after: { reminderDays: [3, 1] } });
  });

  it('sends nothing on a day that is no reminder day, or after the deadline', async () => {
    const s = await sceneWithDeadline(app, 10);
    await inDemoArea(app, () => app.get(ReminderService).sendDueReminders(todayIso()));
    await inDemoArea(app, () => app.get(ReminderService).sendDueReminders(daysFromToday(11)));
    expect(await reminderEmails(app, s.lateOwner.user.id)).toHaveLength(0);
  });

  it('checks the reminder days it is given', async () => {
    const t = await buildPlan(app);
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/reminder-days`)).body).toEqual({ planId: t.plan.id, days: [7, 2], version: null });
    const bad = await call(app, 'PUT', `/api/plans/${t.plan.id}/reminder-days`, { days: [2, 2] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'days', message: 'Give each reminder day once' }]);
    expect((await call(app, 'PUT', `/api/plans/${t.plan.id}/reminder-days`, { days: [-1] })).status).toBe(400);
    expect((await call(app, 'PUT', `/api/plans/${t.plan.id}/reminder-days`, { days: 'soon' })).status).toBe(400);
    expect((await call(app, 'PUT', '/api/plans/00000000-0000-4000-8000-000000000000/reminder-days', { days: [1] })).status).toBe(404);
    const owner = await signInAs(app, 'Owner', ['action_owner']);
    expect((await callAs(app, owner, 'PUT', `/api/plans/${t.plan.id}/reminder-days`, { days: [1] })).status).toBe(403);
  });
});

describe('reminders run once, whatever the restarts and instances', () => {
  it('a reminder queued before a restart is sent once, by the app that starts next', async () => {
    const first = await bootTestApp();
    const s = await sceneWithDeadline(first, 2);
    await first.get(JobQueueService).send(UPDATE_REMINDERS, { today: todayIso() }, { startAfter: 2 });
    await first.close();

    const second = await bootTestApp();
    try {
      await eventually(async () => (await reminderEmails(second, s.lateOwner.user.id)).some((e) => e.status === 'outbox'));
      await eventually(async () => (await second.get(JobQueueService).pending(UPDATE_REMINDERS)) === 0);
      const emails = await reminderEmails(second, s.lateOwner.user.id);
      expect(emails.map((e) => e.eventKey)).toEqual([`update-reminder:${s.period.id}:2/${s.lateOwner.user.id}`]);
    } finally {
      await second.close();
    }
  });

  it('two instances running the timetable send it once', async () => {
    const [a, b] = await Promise.all([bootTestApp(), bootTestApp()]);
    try {
      const s = await sceneWithDeadline(a, 7);
      // One timetable between them, whichever started first.
      const schedules = await a.get(JobQueueService).schedules();
      expect(schedules.filter((x) => x.name === UPDATE_REMINDERS)).toEqual([{ name: UPDATE_REMINDERS, cron: '0 7 * * *' }]);
      // Both fire at once (as if each took the 07:00 run), through the queue and directly.
      await Promise.all([
        a.get(JobQueueService).send(UPDATE_REMINDERS, { today: todayIso() }),
        b.get(JobQueueService).send(UPDATE_REMINDERS, { today: todayIso() }),
        a.get(ReminderService).sendDueReminders(todayIso()),
        b.get(ReminderService).sendDueReminders(todayIso()),
      ]);
      await eventually(async () => (await a.get(JobQueueService).pending(UPDATE_REMINDERS)) === 0);
      const emails = await eventually(async () => {
        const found = await reminderEmails(a, s.lateOwner.user.id);
        return found.every((e) => e.status === 'outbox') && found;
      });
      expect(emails).toHaveLength(1);
      expect((await callAs(a, s.lateOwner, 'GET', '/api/notifications')).body.total).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
