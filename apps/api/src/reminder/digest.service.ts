import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, longDate, todayIso, weekdayOf } from '@send/domain';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../job-queue/job-queue.service';
import type { EmailBlock } from '../notification/email-template';
import { Notice, NotificationService } from '../notification/notification.service';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { UpdateProgressService } from '../status-update/update-progress.service';
import { REMINDER_CRON } from './reminder.service';

export const WEEKLY_DIGEST = 'weekly-digest';

/** Decisions falling due within this many days are in the digest. */
const DECISIONS_AHEAD_DAYS = 14;

interface PlanDigest {
  planId: string;
  title: string;
  period: string | null;
  missing: number;
  stale: number;
  inconsistent: number;
  awaitingModeration: number;
  decisionsDue: { text: string; dueDate: string; overdue: boolean }[];
}

/**
 * The weekly summary for plan managers, on the day each chose (Monday unless they changed it):
 * for every plan, the updates missing and awaiting moderation for the current period, the stale
 * and inconsistent actions, and the decisions due in the next two weeks or overdue.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueueService,
    private readonly notifications: NotificationService,
    private readonly progress: UpdateProgressService,
    private readonly periods: ReportingPeriodService,
  ) {}

  onModuleInit() {
    this.jobs.register<{ today?: string }>(WEEKLY_DIGEST, async (data) => {
      await this.sendDigests(data.today ?? todayIso());
    }, { cron: REMINDER_CRON });
  }

  /** Sends the digest to the plan managers whose digest day `today` is; answers how many. */
  async sendDigests(today: string): Promise<number> {
    const managers: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE u.active AND 'plan_manager' = ANY(u.roles) AND coalesce(p.digest_day, 'monday') = $1
          AND u.local_area_id = ANY(app_local_area_ids()) ORDER BY u.id`,
      [weekdayOf(today)],
    );
    if (managers.length === 0) return 0;
    const digests = await this.planDigests(today);
    const notices = managers.map((m) => digestNotice(m.id, today, digests, this.notifications.publicUrl));
    return this.notifications.notifyAll(notices);
  }

  private async planDigests(today: string): Promise<PlanDigest[]> {
    const plans: { id: string; title: string }[] = await this.dataSource.query('SELECT id, title FROM plan WHERE archived_at IS NULL AND school_id IS NULL ORDER BY title, id');
    const digests: PlanDigest[] = [];
    for (const plan of plans) {
      const period = await this.periods.findCurrentPeriod(this.dataSource.manager, plan.id, today);
      const progress = period ? await this.progress.getProgress(plan.id, period.id) : null;
      const decisions: { text: string; due_date: string }[] = await this.dataSource.query(
        `SELECT text, due_date::text AS due_date FROM decision
          WHERE plan_id = $1 AND status = 'open' AND due_date IS NOT NULL AND due_date <= $2::date ORDER BY due_date, created_at`,
        [plan.id, addDays(today, DECISIONS_AHEAD_DAYS)],
      );
      digests.push({
        planId: plan.id,
        title: plan.title,
        period: period?.title ?? null,
        missing: progress?.counts.missing ?? 0,
        stale: progress?.counts.stale ?? 0,
        inconsistent: progress?.counts.inconsistent ?? 0,
        awaitingModeration: progress?.counts.submitted ?? 0,
        decisionsDue: decisions.map((d) => ({ text: d.text, dueDate: d.due_date, overdue: d.due_date < today })),
      });
    }
    return digests;
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function digestNotice(userId: string, today: string, digests: PlanDigest[], publicUrl: string): Notice {
  const blocks: EmailBlock[] = [{ p: `This is what needs your attention this week, as at ${longDate(today)}.` }];
  const summary: string[] = [];
  for (const d of digests) {
    blocks.push({ heading: d.title });
    const lines = [
      d.period ? `${count(d.missing, 'update', 'updates')} missing for ${d.period}` : 'No reporting period is open',
      `${count(d.awaitingModeration, 'update', 'updates')} awaiting moderation`,
      `${count(d.stale, 'action has', 'actions have')} had no approved update for more than 2 periods (stale)`,
      `${count(d.inconsistent, 'action has', 'actions have')} statuses that do not agree with their dates, milestones or evidence`,
      `${count(d.decisionsDue.length, 'decision is', 'decisions are')} due in the next 2 weeks or overdue`,
    ];
    blocks.push({ list: lines });
    if (d.decisionsDue.length) {
      blocks.push({ list: d.decisionsDue.map((x) => `${x.overdue ? 'Overdue since' : 'Due'} ${longDate(x.dueDate)}: ${x.text}`) });
    }
    summary.push(`${d.title}: ${d.missing} missing, ${d.awaitingModeration} awaiting moderation, ${d.stale} stale, ${d.inconsistent} inconsistent, ${d.decisionsDue.length} decisions due`);
  }
  if (digests.length === 0) blocks.push({ p: 'There are no plans yet.' });
  blocks.push({ link: { text: 'See the updates to moderate and chase', href: `${publicUrl}/delivery` } });
  return {
    userId,
    planId: null,
    kind: 'weekly_digest',
    eventKey: `weekly-digest:${today}`,
    title: `Your weekly summary: ${longDate(today)}`,
    body: summary.join('. ') || 'There are no plans yet.',
    link: '/delivery',
    email: { blocks, reason: 'You get this email because you manage the SEND Improvement Plan.' },
  };
}
