import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_REMINDER_DAYS, normaliseReminderDays, ownsAction, reminderDue, todayIso, isoDateToDayNumber, type Role } from '@send/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { JobQueueService } from '../job-queue/job-queue.service';
import { Notice, NotificationService } from '../notification/notification.service';
import { PlanService } from '../plan/plan.service';
import { UPDATE_PROGRESS_SQL, UpdateProgressRow } from '../status-update/update-progress';
import { PlanReminderSetting } from './plan-reminder-setting.entity';
import type { ReminderDaysResponse } from './reminder.response';
import { ReminderAction, updateReminderNotice } from './update-reminder';

export const UPDATE_REMINDERS = 'update-reminders';

/** Every morning at 7, Europe/London. */
export const REMINDER_CRON = '0 7 * * *';

export interface OwnerAccount {
  id: string;
  roles: Role[];
  personId: string | null;
  organisationId: string | null;
  canEditOrganisationActions: boolean;
}

/**
 * Reminds action owners before an update deadline: on each of the plan's reminder days (7 and 2
 * by default), every owner with an action that has no submitted update for the period gets one
 * email listing those actions. A timetabled job runs it every morning on one instance; the event
 * key (period, reminder day, owner) means a second run, on any instance, sends nothing more.
 */
@Injectable()
export class ReminderService implements OnModuleInit {
  private readonly logger = new Logger(ReminderService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueueService,
    private readonly notifications: NotificationService,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit() {
    this.jobs.register<{ today?: string }>(UPDATE_REMINDERS, async (data) => {
      await this.sendDueReminders(data.today ?? todayIso());
    }, { cron: REMINDER_CRON });
  }

  /** Sends the reminders due on `today`; answers how many owners were told. */
  async sendDueReminders(today: string): Promise<number> {
    const periods: { id: string; plan_id: string; title: string; update_deadline: string; days: number[] | null }[] = await this.dataSource.query(
      `SELECT rp.id, rp.plan_id, rp.title, rp.update_deadline::text AS update_deadline, s.reminder_days AS days
         FROM reporting_period rp
         JOIN plan p ON p.id = rp.plan_id AND p.archived_at IS NULL AND p.school_id IS NULL
         LEFT JOIN plan_reminder_setting s ON s.plan_id = rp.plan_id
        WHERE rp.opens_on <= $1::date AND rp.update_deadline >= $1::date AND rp.update_deadline <= $1::date + 60
        ORDER BY rp.update_deadline, rp.id`,
      [today],
    );
    if (periods.length === 0) return 0;
    const owners = await this.ownerAccounts();
    let told = 0;
    for (const period of periods) {
      const daysBefore = reminderDue(period.update_deadline, period.days ?? DEFAULT_REMINDER_DAYS, today);
      if (daysBefore === null) continue;
      const daysLeft = isoDateToDayNumber(period.update_deadline) - isoDateToDayNumber(today);
      const rows: UpdateProgressRow[] = await this.dataSource.query(UPDATE_PROGRESS_SQL, [period.plan_id, period.id]);
      const byOwner = new Map<string, ReminderAction[]>();
      for (const row of rows) {
        if (row.update_state === 'submitted' || row.update_state === 'approved') continue;
        const ownership = { ownerPersonId: row.owner_person_id, ownerOrganisationId: row.owner_organisation_id ?? '' };
        for (const owner of owners) {
          if (!ownsAction(owner, ownership)) continue;
          const list = byOwner.get(owner.id) ?? [];
          list.push({ id: row.action_id, reference: row.reference, title: row.title, updateState: row.update_state });
          byOwner.set(owner.id, list);
        }
      }
      const notices: Notice[] = [...byOwner.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([userId, actions]) => updateReminderNotice(
          { userId }, { id: period.id, planId: period.plan_id, title: period.title, updateDeadline: period.update_deadline },
          daysBefore, daysLeft, actions, this.notifications.publicUrl,
        ));
      const sent = await this.notifications.notifyAll(notices);
      if (sent) this.logger.log(`Reminded ${sent} owner(s) of the update deadline of ${period.title} (${daysBefore} days before)`);
      told += sent;
    }
    return told;
  }

  async getReminderDays(planId: string): Promise<ReminderDaysResponse> {
    await this.plans.findPlanOrFail(planId);
    const setting = await this.dataSource.getRepository(PlanReminderSetting).findOneBy({ planId });
    return { planId, days: setting?.reminderDays ?? [...DEFAULT_REMINDER_DAYS], version: setting?.version ?? null };
  }

  async setReminderDays(planId: string, days: number[], actor: Actor): Promise<ReminderDaysResponse> {
    await this.plans.findPlanOrFail(planId);
    const reminderDays = normaliseReminderDays(days);
    await this.dataSource.transaction(async (em) => {
      const before = await em.findOne(PlanReminderSetting, { where: { planId }, lock: { mode: 'pessimistic_write' } });
      await em.upsert(PlanReminderSetting, { planId, reminderDays }, ['planId']);
      await this.audit.record(em, actor, {
        entityType: 'plan', entityId: planId, action: 'set_reminder_days', planId,
        before: { reminderDays: before?.reminderDays ?? [...DEFAULT_REMINDER_DAYS] }, after: { reminderDays },
      });
    });
    return this.getReminderDays(planId);
  }

  private async ownerAccounts(): Promise<OwnerAccount[]> {
    const rows: { id: string; roles: Role[]; person_id: string | null; organisation_id: string | null; can_edit_organisation_actions: boolean }[] =
      await this.dataSource.query(
        `SELECT id, roles, person_id, organisation_id, can_edit_organisation_actions FROM app_user
          WHERE active AND 'action_owner' = ANY(roles) AND (person_id IS NOT NULL OR can_edit_organisation_actions)
            AND local_area_id = ANY(app_local_area_ids()) ORDER BY id`,
      );
    return rows.map((r) => ({ id: r.id, roles: r.roles, personId: r.person_id, organisationId: r.organisation_id, canEditOrganisationActions: r.can_edit_organisation_actions }));
  }
}
