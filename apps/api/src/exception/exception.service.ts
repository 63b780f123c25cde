import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countExceptions, exceptionsOf, STALE_AFTER_PERIODS, todayIso, trackedPeriodOn } from '@send/domain';
import { DataSource } from 'typeorm';
import { londonDayEndSql } from '../action/action-status-history.sql';
import { ActionResponse } from '../action/action.response';
import { ActionService } from '../action/action.service';
import type { Shared } from '../common/shared-answer';
import { PlanReadCache } from '../plan/plan-read-cache';
import { PlanService } from '../plan/plan.service';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { UpdateProgressService } from '../status-update/update-progress.service';
import { PlanExceptions, toExceptionItem } from './exception.response';

/**
 * The exceptions of a plan on a day, judged once by the domain's exceptionsOf(): the dashboard,
 * the delivery view, every pack and every report read them from here.
 */
@Injectable()
export class ExceptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly actions: ActionService,
    private readonly periods: ReportingPeriodService,
    private readonly progress: UpdateProgressService,
    private readonly answers: PlanReadCache,
  ) {}

  /**
   * Without `asAt`, the actions as they are now, judged today; with it, every action as it stood
   * at the end of that day (Europe/London), its milestones and evidence as they were then, and
   * staleness as tracked for the period of that day.
   */
  async findExceptions(planId: string, asAt?: string): Promise<Shared<PlanExceptions>> {
    const day = asAt ?? todayIso();
    // As this process last judged them, while no write to the plan has been announced since.
    return this.answers.read(planId, `exceptions|${asAt ? 'asAt' : 'current'}|${day}`, () => this.judgeExceptions(planId, day, asAt), (found) => found.items.length);
  }

  private async judgeExceptions(planId: string, day: string, asAt?: string): Promise<PlanExceptions> {
    await this.plans.findPlanOrFail(planId);
    const [actions, facts, tracked] = await Promise.all([
      this.actions.findAllActions(planId, asAt),
      this.factsAsAt(planId, day),
      this.staleness(planId, day),
    ]);
    const candidates = actions.map((a) => ({
      ...a,
      openMilestones: facts.get(a.id)?.open_milestones ?? 0,
      impactEvidenceCount: facts.get(a.id)?.impact_evidence ?? 0,
      stale: tracked?.stale.has(a.id) ?? false,
    }));
    const found = exceptionsOf(candidates, day);
    return {
      planId,
      asAt: day,
      period: tracked?.period ?? null,
      counts: countExceptions(found),
      items: found.map((f) => toExceptionItem(f.action as Shared<ActionResponse>, f.reasons, f.issues)),
    };
  }

  /** Milestones not done and evidence of impact, per action, as they stood at the end of `day`. */
  private async factsAsAt(planId: string, day: string) {
    const rows: { action_id: string; open_milestones: number; impact_evidence: number }[] = await this.dataSource.query(
      `SELECT a.id AS action_id,
              (SELECT count(*) FROM milestone m WHERE m.action_id = a.id
                  AND (m.completed_on IS NULL OR m.completed_on > CAST($2 AS date)))::int AS open_milestones,
              (SELECT count(*) FROM evidence e WHERE e.action_id = a.id AND e.demonstrates_impact
                  AND (e.archived_at IS NULL OR e.archived_at >= ${londonDayEndSql('$2')}))::int AS impact_evidence
         FROM action a WHERE a.plan_id = $1`,
      [planId, day],
    );
    return new Map(rows.map((r) => [r.action_id, { open_milestones: Number(r.open_milestones), impact_evidence: Number(r.impact_evidence) }]));
  }

  /** The actions with no approved update for more than two periods, as tracked for the period of `day`; null with no such period. */
  private async staleness(planId: string, day: string) {
    const period = trackedPeriodOn(await this.periods.periodsOf(this.dataSource.manager, planId), day);
    if (!period) return null;
    const progress = await this.progress.getProgress(planId, period.id);
    return {
      period: { id: period.id, title: period.title, boardDate: period.boardDate },
      stale: new Set(progress.actions.filter((a) => a.periodsSinceApprovedUpdate > STALE_AFTER_PERIODS).map((a) => a.action.id)),
    };
  }
}
