import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  compareIsoDates, computeMeasureStatus, currentPeriod, DECISION_KIND_LABELS, inconsistencies, isOverdue, MEASURE_STATUS_LABELS, todayIso, TREND_LABELS,
} from '@send/domain';
import { DataSource } from 'typeorm';
import { ActionResponse } from '../action/action.response';
import { ActionService } from '../action/action.service';
import { ActionQueryDto } from '../action/dto/action-query.dto';
import type { Actor } from '../common/actor';
import { DecisionService } from '../governance/decision.service';
import type { DecisionResponse } from '../governance/governance.response';
import type { GovernanceBody } from '../governance/governance-body.entity';
import type { Meeting } from '../governance/meeting.entity';
import { MeetingService } from '../governance/meeting.service';
import { SummaryCounts } from '../plan/plan-summary';
import { MeasureService } from '../measure/measure.service';
import { PlanService } from '../plan/plan.service';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { LatestApprovedUpdate, StatusUpdateService } from '../status-update/status-update.service';
import { UpdateProgressService } from '../status-update/update-progress.service';
import {
  ActionRef, PlanSnapshot, SNAPSHOT_SCHEMA_VERSION, SnapshotAction, SnapshotChanges, SnapshotDecision, SnapshotMilestones, SnapshotPriority,
  SnapshotMeasure, SnapshotUpdate,
} from './plan-snapshot';

export interface SnapshotRequest {
  planId: string;
  actor: Actor;
  /** The instant the figures should describe; now when left out. */
  asAt?: Date;
  /** A meeting's pack: its body's open decisions, its scope and what changed since the body's previous meeting. */
  meeting?: Meeting & { body: GovernanceBody };
  now?: Date;
}

type MilestoneRow = { action_id: string; title: string; due_date: string | null; completed_on: string | null };
type EvidenceRow = { action_id: string; total: number; impact: number };

/**
 * Builds the snapshot every pack and report is rendered from: the plan, its headline figures (the
 * same summary the dashboard shows), every action with its owner, dates and milestones, the
 * exceptions and the open decisions. Numbers are worked out here once.
 */
@Injectable()
export class PlanSnapshotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly actions: ActionService,
    private readonly meetings: MeetingService,
    private readonly decisions: DecisionService,
    private readonly periods: ReportingPeriodService,
    private readonly updates: StatusUpdateService,
    private readonly progress: UpdateProgressService,
    private readonly measures: MeasureService,
  ) {}

  async buildSnapshot(request: SnapshotRequest): Promise<PlanSnapshot> {
    const now = request.now ?? new Date();
    const asAt = request.asAt && request.asAt.getTime() < now.getTime() ? request.asAt : now;
    const asAtDate = todayIso(asAt);
    const { planId, meeting } = request;

    // Statuses as they stood at the end of the snapshot's day in England, rebuilt from the status history.
    const [plan, summary, actions, previous] = await Promise.all([
      this.plans.getPlan(planId),
      this.plans.getSummary(planId, asAtDate),
      this.allActions(planId, asAtDate),
      meeting ? this.meetings.findPreviousMeeting(meeting) : Promise.resolve(null),
    ]);
    const statusDate = summary.asAt;
    const [milestones, evidence, latestUpdates, stale, changes, measures] = await Promise.all([
      this.milestonesOf(planId),
      this.evidenceOf(planId),
      this.latestApprovedUpdates(planId, asAt),
      this.staleActions(planId, statusDate),
      previous ? this.changesSince(planId, previous, statusDate) : Promise.resolve(null),
      this.measuresAsAt(planId, statusDate),
    ]);

    const scope = meeting && meeting.priorityAreaIds.length > 0 ? new Set(meeting.priorityAreaIds) : null;
    const priorities: SnapshotPriority[] = plan.priorityAreas
      .filter((area) => !scope || scope.has(area.id))
      .map((area) => ({
        id: area.id,
        number: area.number,
        title: area.title,
        aim: area.aim,
        progressNarrative: area.progressNarrative,
        lead: area.lead ? { name: area.lead.name, jobTitle: area.lead.jobTitle } : null,
        deliveryGroup: area.deliveryGroup?.name ?? null,
        counts: countsOf(summary.priorities.find((p) => p.id === area.id)),
        actions: actions
          .filter((a) => a.priorityAreaId === area.id)
          .map((a) => ({
            ...toSnapshotAction(a, area.number, statusDate, milestones.get(a.id) ?? [], evidence.get(a.id)),
            latestUpdate: latestUpdates.get(a.id) ?? null,
            ...(stale ? { stale: stale.has(a.id) } : {}),
          })),
        measures: measures.get(area.id) ?? [],
      }));
    const all = priorities.flatMap((p) => p.actions);
    const ref = (a: SnapshotAction): ActionRef => ({ id: a.id, reference: a.reference, title: a.title, priorityNumber: a.priorityNumber });

    const [openDecisions, closedDecisions] = meeting
      ? await Promise.all([
        this.decisions.findOpenForBody(meeting.bodyId, meeting.meetingDate, asAtDate),
        this.decisions.findClosedForBodyBetween(meeting.bodyId, previous ? todayIso(previous.cutOffAt) : null, asAtDate),
      ])
      : [[], []];

    return {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generatedAt: now.toISOString(),
      generatedBy: request.actor.label,
      asAt: asAt.toISOString(),
      statusDate,
      statusBasis: 'as_at',
      plan: {
        id: plan.id, title: plan.title, localArea: plan.localArea, inspectionDate: plan.inspectionDate, startDate: plan.startDate, endDate: plan.endDate,
      },
      meeting: meeting
        ? {
          id: meeting.id,
          title: meeting.title,
          meetingDate: meeting.meetingDate,
          cutOffAt: meeting.cutOffAt.toISOString(),
          location: meeting.location,
          body: { id: meeting.body.id, name: meeting.body.name, kind: meeting.body.kind, chair: meeting.body.chair },
          previousMeeting: previous
            ? { id: previous.id, title: previous.title, meetingDate: previous.meetingDate, cutOffAt: previous.cutOffAt.toISOString() }
            : null,
        }
        : null,
      allPriorityAreas: !scope,
      totals: scope ? sumCounts(priorities.map((p) => p.counts)) : countsOf(summary),
      priorities,
      exceptions: {
        offTrack: all.filter((a) => a.deliveryStatus === 'off_track').map(ref),
        overdue: all.filter((a) => a.overdue).map(ref),
        inconsistent: all.filter((a) => a.issues.length > 0).map((a) => ({ ...ref(a), issues: a.issues })),
        ...(stale ? { stale: all.filter((a) => a.stale).map(ref) } : {}),
      },
      changes: changes && scope ? inScope(changes, new Set(priorities.map((p) => p.number))) : changes,
      decisions: { open: openDecisions.map(toSnapshotDecision), closedSinceLastMeeting: closedDecisions.map(toSnapshotDecision) },
      sections: { measures: true, updates: true, changes: true, stale: stale !== null },
    };
  }

  private async allActions(planId: string, asAt: string): Promise<ActionResponse[]> {
    const actions: ActionResponse[] = [];
    for (let page = 1; ; page++) {
      const result = await this.actions.findActions(Object.assign(new ActionQueryDto(), { planId, asAt, page, pageSize: 200 }));
      actions.push(...result.items);
      if (actions.length >= result.total || result.items.length === 0) return actions;
    }
  }

  /**
   * The plan's measures by priority area, each with its values for periods ending by `date`,
   * judged against its target by the domain's measure rule.
   */
  private async measuresAsAt(planId: string, date: string): Promise<Map<string, SnapshotMeasure[]>> {
    const details = (await this.measures.findPlanMeasureDetails(planId)).filter((m) => m.priorityArea);
    const byArea = new Map<string, SnapshotMeasure[]>();
    for (const m of details) {
      const series = m.values
        .filter((v) => compareIsoDates(v.periodEnd, date) <= 0)
        .map((v) => ({ date: v.periodEnd, value: v.value }));
      const assessment = computeMeasureStatus(
        { polarity: m.polarity, tolerance: m.tolerance, baselineValue: m.baseline.value, baselineDate: m.baseline.date, targetValue: m.target.value, targetDate: m.target.date },
        series,
      );
      const snapshot: SnapshotMeasure = {
        id: m.id, title: m.title, unit: m.unit, unitLabel: m.unitLabel, polarity: m.polarity, baseline: m.baseline, target: m.target,
        status: assessment.status, statusLabel: MEASURE_STATUS_LABELS[assessment.status], trend: assessment.trend, trendLabel: TREND_LABELS[assessment.trend],
        latest: assessment.latest, expected: assessment.expected, series, source: m.source ?? null, illustrative: m.illustrative,
      };
      const areaId = m.priorityArea!.id;
      byArea.set(areaId, [...(byArea.get(areaId) ?? []), snapshot]);
    }
    return byArea;
  }

  /** Each action's latest update approved by `asAt`. */
  private async latestApprovedUpdates(planId: string, asAt: Date): Promise<Map<string, SnapshotUpdate>> {
    const updates = await this.updates.findLatestApproved(planId, asAt);
    return new Map(updates.map((u) => [u.actionId, toSnapshotUpdate(u)]));
  }

  /**
   * Actions with no approved update for more than two reporting periods, judged for the period
   * open on `date` (or the last one before it); null when the plan has no reporting periods yet.
   */
  private async staleActions(planId: string, date: string): Promise<Set<string> | null> {
    const periods = await this.periods.periodsOf(this.dataSource.manager, planId);
    const period = currentPeriod(periods, date) ?? [...periods].reverse().find((p) => compareIsoDates(p.boardDate, date) <= 0) ?? null;
    if (!period) return null;
    const progress = await this.progress.getProgress(planId, period.id);
    return new Set(progress.stale.map((a) => a.action.id));
  }

  /** What changed from the end of the previous meeting's cut-off day to the end of this snapshot's day. */
  private async changesSince(planId: string, previous: Meeting, date: string): Promise<SnapshotChanges | null> {
    const from = todayIso(previous.cutOffAt);
    if (compareIsoDates(from, date) > 0) return null;
    const c = await this.plans.getChanges(planId, from, date);
    return {
      since: { meetingTitle: previous.title, meetingDate: previous.meetingDate, date: from },
      statusChanges: c.statusChanges.map((m) => ({ action: m.action, at: m.at, delivery: m.delivery, impact: m.impact, periodTitle: m.statusUpdate?.period?.title ?? null })),
      newActions: c.newActions.map((n) => ({ action: n.action, deliveryStatus: n.deliveryStatus, impactStatus: n.impactStatus })),
      completions: c.completions.map((m) => ({ action: m.action, at: m.at })),
      missedDeadlines: c.missedDeadlines.map((m) => ({ action: m.action, dueDate: m.dueDate, deliveryStatus: m.deliveryStatus, owner: m.ownerPerson?.name ?? m.ownerOrganisation?.name ?? null })),
    };
  }

  private async milestonesOf(planId: string): Promise<Map<string, MilestoneRow[]>> {
    const rows: MilestoneRow[] = await this.dataSource.query(
      `SELECT m.action_id, m.title, m.due_date::text AS due_date, m.completed_on::text AS completed_on
         FROM milestone m JOIN action a ON a.id = m.action_id
        WHERE a.plan_id = $1 ORDER BY m.due_date NULLS LAST, m.created_at`,
      [planId],
    );
    const byAction = new Map<string, MilestoneRow[]>();
    for (const r of rows) byAction.set(r.action_id, [...(byAction.get(r.action_id) ?? []), r]);
    return byAction;
  }

  private async evidenceOf(planId: string): Promise<Map<string, EvidenceRow>> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT e.action_id, count(*)::int AS total, count(*) FILTER (WHERE e.demonstrates_impact)::int AS impact
         FROM evidence e JOIN action a ON a.id = e.action_id
        WHERE a.plan_id = $1 AND e.archived_at IS NULL GROUP BY e.action_id`,
      [planId],
    );
    return new Map(rows.map((r) => [r.action_id, r]));
  }
}

function toSnapshotAction(a: ActionResponse, priorityNumber: number, statusDate: string, milestones: MilestoneRow[], evidence?: EvidenceRow): SnapshotAction {
  const done = (m: MilestoneRow) => m.completed_on !== null && m.completed_on <= statusDate;
  const open = milestones.filter((m) => !done(m));
  const summary: SnapshotMilestones = {
    total: milestones.length,
    done: milestones.length - open.length,
    next: open[0] ? { title: open[0].title, dueDate: open[0].due_date } : null,
  };
  const impact = evidence?.impact ?? 0;
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    priorityNumber,
    description: a.description,
    owner: a.ownerPerson ? { name: a.ownerPerson.name, jobTitle: a.ownerPerson.jobTitle } : null,
    organisation: a.ownerOrganisation?.name ?? null,
    partners: a.partners.map((p) => p.name),
    startDate: a.startDate,
    dueDate: a.dueDate,
    deliveryStatus: a.deliveryStatus,
    impactStatus: a.impactStatus,
    overdue: isOverdue(a, statusDate),
    milestones: summary,
    evidence: { total: evidence?.total ?? 0, impact },
    issues: inconsistencies({ ...a, openMilestones: open.length, impactEvidenceCount: impact }, statusDate),
  };
}

function toSnapshotUpdate(u: LatestApprovedUpdate): SnapshotUpdate {
  return {
    id: u.id,
    periodTitle: u.periodTitle,
    approvedAt: u.moderatedAt,
    narrative: u.narrative,
    nextSteps: u.nextSteps,
    risks: u.risks,
    deliveryStatus: u.proposedDeliveryStatus,
    impactStatus: u.proposedImpactStatus,
  };
}

/** The changes about the meeting's priority areas only. */
function inScope(c: SnapshotChanges, numbers: Set<number>): SnapshotChanges {
  const keep = <T extends { action: { priorityNumber: number } }>(list: T[]) => list.filter((x) => numbers.has(x.action.priorityNumber));
  return { ...c, statusChanges: keep(c.statusChanges), newActions: keep(c.newActions), completions: keep(c.completions), missedDeadlines: keep(c.missedDeadlines) };
}

function toSnapshotDecision(d: DecisionResponse): SnapshotDecision {
  return {
    id: d.id,
    kind: d.kind,
    kindLabel: DECISION_KIND_LABELS[d.kind],
    text: d.text,
    action: d.action ? { reference: d.action.reference, title: d.action.title } : null,
    owner: d.owner ? { name: d.owner.name, jobTitle: d.owner.jobTitle } : null,
    dueDate: d.dueDate,
    overdue: d.overdue,
    meeting: { title: d.meeting?.title ?? '', meetingDate: d.meeting?.meetingDate ?? '' },
    status: d.status,
    closingNote: d.closingNote,
    closedOn: d.closedOn,
  };
}

function countsOf(c: SummaryCounts | undefined): SummaryCounts {
  return {
    actions: c?.actions ?? 0,
    byImpactStatus: { ...(c?.byImpactStatus ?? { not_yet_complete: 0, complete_monitoring_impact: 0, complete_impact_evidenced: 0 }) },
    byDeliveryStatus: { ...(c?.byDeliveryStatus ?? { not_started: 0, on_track: 0, at_risk: 0, off_track: 0, complete: 0 }) },
    overdue: c?.overdue ?? 0,
  };
}

/** Adds up per-priority counts for a meeting whose scope is some of the priority areas. */
function sumCounts(all: SummaryCounts[]): SummaryCounts {
  const total = countsOf(undefined);
  for (const c of all) {
    total.actions += c.actions;
    total.overdue += c.overdue;
    for (const k of Object.keys(total.byImpactStatus) as (keyof SummaryCounts['byImpactStatus'])[]) total.byImpactStatus[k] += c.byImpactStatus[k];
    for (const k of Object.keys(total.byDeliveryStatus) as (keyof SummaryCounts['byDeliveryStatus'])[]) total.byDeliveryStatus[k] += c.byDeliveryStatus[k];
  }
  return total;
}
