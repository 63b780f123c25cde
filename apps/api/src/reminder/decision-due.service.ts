import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, longDate, todayIso } from '@send/domain';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../job-queue/job-queue.service';
import { Notice, NotificationService } from '../notification/notification.service';
import { REMINDER_CRON } from './reminder.service';

export const DECISIONS_DUE = 'decisions-due';

/** A decision that fell due while the service was stopped is still told, up to this many days late. */
const CATCH_UP_DAYS = 7;

/** Tells each open decision's owner on the day it falls due (once per due date). */
@Injectable()
export class DecisionDueService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueueService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit() {
    this.jobs.register<{ today?: string }>(DECISIONS_DUE, async (data) => {
      await this.sendDecisionsDue(data.today ?? todayIso());
    }, { cron: REMINDER_CRON });
  }

  async sendDecisionsDue(today: string): Promise<number> {
    const rows: { id: string; plan_id: string; kind: string; text: string; due_date: string; meeting_id: string; body_name: string; meeting_date: string; user_id: string }[] =
      await this.dataSource.query(
        `SELECT d.id, d.plan_id, d.kind, d.text, d.due_date::text AS due_date, d.meeting_id, b.name AS body_name,
                mt.meeting_date::text AS meeting_date, u.id AS user_id
           FROM decision d
           JOIN meeting mt ON mt.id = d.meeting_id
           JOIN governance_body b ON b.id = mt.body_id
           JOIN app_user u ON u.person_id = d.owner_person_id AND u.active
          WHERE d.status = 'open' AND d.due_date BETWEEN $2::date AND $1::date
          ORDER BY d.due_date, d.id, u.id`,
        [today, addDays(today, -CATCH_UP_DAYS)],
      );
    const notices: Notice[] = rows.map((r) => {
      const what = r.kind === 'challenge' ? 'challenge' : 'decision';
      const when = r.due_date === today ? 'today' : `on ${longDate(r.due_date)}`;
      return {
        userId: r.user_id,
        planId: r.plan_id,
        kind: 'decision_due',
        eventKey: `decision-due:${r.id}:${r.due_date}`,
        title: `A ${what} you own is due ${when}`,
        body: r.text,
        link: '/decisions',
        email: {
          blocks: [
            { p: `A ${what} you own from the ${r.body_name} meeting on ${longDate(r.meeting_date)} is due ${when}:` },
            { inset: r.text },
            { p: 'Tell the Head of SEND what has been done, so that it can be closed with a note, or agree a new date.' },
            { link: { text: 'See the decisions log', href: `${this.notifications.publicUrl}/decisions` } },
          ],
          reason: `You get this email because you own this ${what}.`,
        },
      };
    });
    return this.notifications.notifyAll(notices);
  }
}
