import { Injectable } from '@nestjs/common';
import {
  compareIsoDates, DECISION_KIND_LABELS, MEASURE_STATUS_LABELS, todayIso, TREND_LABELS,
} from '@send/domain';
import { ActionResponse } from '../action/action.response';
import type { Shared } from '../common/shared-answer';
import { ActionService } from '../action/action.service';
import type { Actor } from '../common/actor';
import { ExceptionService } from '../exception/exception.service';
import type { ExceptionItem, PlanExceptions } from '../exception/exception.response';
import { DecisionService } from '../governance/decision.service';
import type { DecisionResponse } from '../governance/governance.response';
import type { GovernanceBody } from '../governance/governance-body.entity';
import type { Meeting } from '../governance/meeting.entity';
import { MeetingService } from '../governance/meeting.service';
import { SummaryCounts } from '../plan/plan-summary';
import { MeasureService } from '../measure/measure.service';
import { PlanService } from '../plan/plan.service';
import type { LatestApprovedUpdate } from '../status-update/status-update.repository';
import { StatusUpdateService } from '../status-update/status-update.service';
import type { VoiceItemResponse } from '../voice/voice.response';
import { VoiceService } from '../voice/voice.service';
import {
  ActionRef, PlanSnapshot, SNAPSHOT_SCHEMA_VERSION, SnapshotAction, SnapshotChanges, SnapshotDecision, SnapshotMilestones, SnapshotPriority,
  SnapshotMeasure, SnapshotUpdate, SnapshotVoiceItem,
} from './plan-snapshot';
import { PlanSnapshotRepository, SnapshotEvidenceRow as EvidenceRow, SnapshotMilestoneRow as MilestoneRow } from './plan-snapshot.repository';

export interface SnapshotRequest {
  planId: string;
  actor: Actor;
  /** The instant the figures should describe; now when left out. */
  asAt?: Date;
  /** A meeting's pack: its body's open decisions, its scope and what changed since the body's previous meeting. */
  meeting?: Meeting & { body: GovernanceBody };
  now?: Date;
}

/**
 * Builds the snapshot every pack and report is rendered from: the plan, its headline figures (the
 * same summary the dashboard shows), every action with its owner, dates and milestones, the
 * exceptions and the open decisions. Numbers are worked out here once.
 */
@Injectable()
export class PlanSnapshotService {
  constructor(
    private readonly repository: PlanSnapshotRepository,
    private readonly plans: PlanService,
    private readonly actions: ActionService,
    private readonly meetings: MeetingService,
    private readonly decisions: DecisionService,
    private readonly updates: StatusUpdateService,
    private readonly measures: MeasureService,
    private readonly exceptions: ExceptionService,
    private readonly voice: VoiceService,
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
      this.actions.findAllActions(planId, asAtDate),
      meeting ? this.meetings.findPreviousMeeting(meeting) : Promise.resolve(null),
    ]);
    const statusDate = summary.asAt;
    const [milestones, evidence, latestUpdates, found, changes, measures, voice] = await Promise.all([
      this.milestonesOf(planId),
      this.evidenceOf(planId, statusDate),
      this.latestApprovedUpdates(planId, asAt),
      // The same exceptions the dashboard reads for that day (GET /api/plans/:planId/exceptions?asAt=).
      this.exceptions.findExceptions(planId, statusDate),
      previous ? this.changesSince(planId, previous, statusDate) : Promise.resolve(null),
      this.measuresAsAt(planId, statusDate),
      // Heard by that day, with the responses given by then.
      this.voice.findVoiceAsAt(planId, statusDate),
    ]);

    const exceptionOf = new Map(found.items.map((e) => [e.action.id, e]));
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
            ...toSnapshotAction(a, area.number, statusDate, milestones.get(a.id) ?? [], evidence.get(a.id), exceptionOf.get(a.id)),
            latestUpdate: latestUpdates.get(a.id) ?? null,
            ...(found.period ? { stale: exceptionOf.get(a.id)?.reasons.includes('stale') ?? false } : {}),
          })),
        measures: measures.get(area.id) ?? [],
      }));
    const all = priorities.flatMap((p) => p.actions);
    const inScopeIds = new Set(all.map((a) => a.id));
    const listed = (reason: ExceptionItem['reasons'][number]) => exceptionsInScope(found, inScopeIds).filter((e) => e.reasons.includes(reason));

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
        offTrack: listed('off_track').map(exceptionRef),
        overdue: listed('overdue').map(exceptionRef),
        inconsistent: listed('inconsistent').map((e) => ({ ...exceptionRef(e), issues: e.issues.map((issue) => ({ ...issue })) })),
        ...(found.period ? { stale: listed('stale').map(exceptionRef) } : {}),
        items: exceptionsInScope(found, inScopeIds).map((e) => ({ ...exceptionRef(e), reasons: [...e.reasons], issues: e.issues.map((issue) => ({ ...issue })) })),
      },
      changes: changes && scope ? inScope(changes, new Set(priorities.map((p) => p.number))) : changes,
      decisions: { open: openDecisions.map(toSnapshotDecision), closedSinceLastMeeting: closedDecisions.map(toSnapshotDecision) },
      voice: voice.filter((v) => !scope || v.priorityAreas.some((a) => scope.has(a.id))).map(toSnapshotVoiceItem),
      sections: { measures: true, updates: true, changes: true, stale: found.period !== null },
    };
  }

  /**
   * The plan's measures by priority area, each with its values for periods ending by `date`,
   * judged against its target by the domain's measure rule.
   */
  private async measuresAsAt(planId: string, date: string): Promise<Map<string, SnapshotMeasure[]>> {
    // The same values and judgement the measures API gives as at that day.
    const details = (await this.measures.findPlanMeasureDetails(planId, date)).filter((m) => m.priorityArea);
    const byArea = new Map<string, SnapshotMeasure[]>();
    for (const m of details) {
      const series = m.values.map((v) => ({ date: v.periodEnd, value: v.value, cohortSize: v.cohortSize }));
      const assessment = m;
      const snapshot: SnapshotMeasure = {
        id: m.id, title: m.title, unit: m.unit, unitLabel: m.unitLabel, polarity: m.polarity, baseline: m.baseline, target: m.target,
        status: assessment.status, statusLabel: MEASURE_STATUS_LABELS[assessment.status], trend: assessment.trend, trendLabel: TREND_LABELS[assessment.trend],
        latest: assessment.latest ? { date: assessment.latest.periodEnd, value: assessment.latest.value, cohortSize: assessment.latest.cohortSize } : null, expected: assessment.expected, series,
        source: m.source ?? null, sourceKind: m.sourceKind, illustrative: m.illustrative, targetMissed: m.targetMissed, valueOverdue: m.valueOverdue, nextValueDue: m.nextValueDue,
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
      reDated: c.reDated.map((m) => ({ action: m.action, at: m.at, from: m.from, to: m.to, reason: m.reason })),
    };
  }

  private async milestonesOf(planId: string): Promise<Map<string, MilestoneRow[]>> {
    const rows = await this.repository.milestonesOfPlan(planId);
    const byAction = new Map<string, MilestoneRow[]>();
    for (const r of rows) byAction.set(r.action_id, [...(byAction.get(r.action_id) ?? []), r]);
    return byAction;
  }

  /** Evidence not archived by the end of `day`, as the exceptions count it. */
  private async evidenceOf(planId: string, day: string): Promise<Map<string, EvidenceRow>> {
    const rows = await this.repository.evidenceCountsAt(planId, day);
    return new Map(rows.map((r) => [r.action_id, r]));
  }
}

function exceptionsInScope(found: Shared<PlanExceptions>, ids: Set<string>): Shared<ExceptionItem>[] {
  return found.items.filter((e) => ids.has(e.action.id));
}

function exceptionRef(e: Shared<ExceptionItem>): ActionRef {
  return { id: e.action.id, reference: e.action.reference, title: e.action.title, priorityNumber: e.action.priorityNumber ?? 0 };
}

function toSnapshotAction(
  a: Shared<ActionResponse>, priorityNumber: number, statusDate: string, milestones: MilestoneRow[], evidence?: EvidenceRow, exception?: Shared<ExceptionItem>,
): SnapshotAction {
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
    overdue: exception?.reasons.includes('overdue') ?? false,
    milestones: summary,
    evidence: { total: evidence?.total ?? 0, impact },
    issues: exception?.issues.map((issue) => ({ ...issue })) ?? [],
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
  return {
    ...c, statusChanges: keep(c.statusChanges), newActions: keep(c.newActions), completions: keep(c.completions), missedDeadlines: keep(c.missedDeadlines),
    ...(c.reDated ? { reDated: keep(c.reDated) } : {}),
  };
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

function toSnapshotVoiceItem(v: VoiceItemResponse): SnapshotVoiceItem {
  return {
    id: v.id, kind: v.kind, kindLabel: v.kindLabel, sourceLabel: v.sourceLabel, sourceTitle: v.sourceTitle, voiceOfLabel: v.voiceOfLabel,
    heardOn: v.heardOn, cohortSize: v.cohortSize, words: v.words, illustrative: v.illustrative,
    priorityNumbers: v.priorityAreas.map((a) => a.number),
    response: v.response
      ? {
        whatChanged: v.response.whatChanged, respondedOn: v.response.respondedOn, status: v.response.status, statusLabel: v.response.statusLabel,
        respondedBy: v.response.respondedBy, actions: v.response.actions.map((a) => a.reference),
      }
      : null,
    unanswered: v.unanswered,
  };
}
