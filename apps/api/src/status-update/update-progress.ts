import { ApiProperty } from '@nestjs/swagger';
import {
  DELIVERY_STATUSES,
  IMPACT_STATUSES,
  inconsistencies,
  isStale,
  needsUpdate,
  owesUpdate,
  periodsSinceApprovedUpdate,
  UPDATE_STATES,
  type DeliveryStatus,
  type ImpactStatus,
  type UpdateState,
} from '@send/domain';
import { londonDayEndSql, notArchivedAtSql } from '../action/action-status-history.sql';
import { InconsistencyResponse } from '../action/action.response';
import { ApiDate, ApiId, NamedRef } from '../common/api-response';
import type { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import { PeriodSummary, toPeriodSummary } from '../reporting-period/reporting-period.response';

/**
 * One statement for the whole plan: every action that existed by the end of the period's board
 * ($1 plan, $2 period), with its update for the period, the last period it had an approved
 * update in (periods numbered from 0 in board order, as staleness counts them), and what the
 * domain's inconsistency rules need. The rules themselves run in TypeScript, from libs/domain.
 */
export const UPDATE_PROGRESS_SQL = `
WITH periods AS (
  SELECT rp.id, rp.title, rp.board_date, (row_number() OVER (ORDER BY rp.board_date, rp.opens_on, rp.id) - 1)::int AS idx
    FROM reporting_period rp WHERE rp.plan_id = $1
), target AS (
  SELECT idx, board_date FROM periods WHERE id = $2
), plan_actions AS (
  SELECT a.* FROM action a
   WHERE a.plan_id = $1
     AND ${notArchivedAtSql('a', '(SELECT board_date FROM target)')}
     AND EXISTS (SELECT 1 FROM action_status_history h
                  WHERE h.action_id = a.id AND h.valid_from < ${londonDayEndSql('(SELECT board_date FROM target)')})
), last_approved AS (
  SELECT DISTINCT ON (su.action_id) su.action_id, pr.idx, pr.id AS period_id, pr.title
    FROM status_update su JOIN periods pr ON pr.id = su.period_id
   WHERE su.plan_id = $1 AND su.state = 'approved' AND pr.idx <= (SELECT idx FROM target)
   ORDER BY su.action_id, pr.idx DESC
), open_milestones AS (
  SELECT m.action_id, count(*)::int AS n FROM milestone m
   WHERE m.completed_on IS NULL AND m.action_id IN (SELECT id FROM plan_actions) GROUP BY m.action_id
), impact_evidence AS (
  SELECT e.action_id, count(*)::int AS n FROM evidence e
   WHERE e.demonstrates_impact AND e.archived_at IS NULL AND e.action_id IN (SELECT id FROM plan_actions) GROUP BY e.action_id
)
SELECT a.id AS action_id, a.reference, a.title, pa.number AS priority_number, a.due_date::text AS due_date,
       a.delivery_status, a.impact_status,
       p.id AS owner_person_id, p.name AS owner_person_name, o.id AS owner_organisation_id, o.name AS owner_organisation_name,
       su.id AS update_id, su.state AS update_state,
       la.idx AS last_approved_index, la.period_id AS last_approved_period_id, la.title AS last_approved_period_title,
       (SELECT idx FROM target) AS period_index,
       coalesce(om.n, 0) AS open_milestones, coalesce(ie.n, 0) AS impact_evidence
  FROM plan_actions a
  JOIN priority_area pa ON pa.id = a.priority_area_id
  LEFT JOIN person p ON p.id = a.owner_person_id
  LEFT JOIN organisation o ON o.id = a.owner_organisation_id
  LEFT JOIN status_update su ON su.action_id = a.id AND su.period_id = $2
  LEFT JOIN last_approved la ON la.action_id = a.id
  LEFT JOIN open_milestones om ON om.action_id = a.id
  LEFT JOIN impact_evidence ie ON ie.action_id = a.id
 ORDER BY pa.number, length(a.reference), a.reference`;

export interface UpdateProgressRow {
  action_id: string;
  reference: string;
  title: string;
  priority_number: number;
  due_date: string | null;
  delivery_status: DeliveryStatus;
  impact_status: ImpactStatus;
  owner_person_id: string | null;
  owner_person_name: string | null;
  owner_organisation_id: string | null;
  owner_organisation_name: string | null;
  update_id: string | null;
  update_state: UpdateState | null;
  last_approved_index: number | null;
  last_approved_period_id: string | null;
  last_approved_period_title: string | null;
  period_index: number;
  open_milestones: number;
  impact_evidence: number;
}

/** Where an action stands for the period: its update's state, or missing. */
export type UpdateProgressState = UpdateState | 'missing';

const UPDATE_PROGRESS_STATES = [...UPDATE_STATES, 'missing'] as const;

/** The action a row of update tracking is about. */
export class ProgressActionRef {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) priorityNumber!: number;
  @ApiDate({ nullable: true }) dueDate!: string | null;
}

/** An update, by its id and state. */
export class ProgressUpdateRef {
  @ApiId() id!: string;
  @ApiProperty({ enum: UPDATE_STATES, enumName: 'UpdateState' }) state!: UpdateState;
}

export class ProgressPeriodRef {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
}

/** Where one action stands for a period. */
export class ActionProgress {
  @ApiProperty({ type: () => ProgressActionRef }) action!: ProgressActionRef;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerPerson!: NamedRef | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerOrganisation!: NamedRef | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty({ type: () => ProgressUpdateRef, nullable: true, description: "its update for the period; null when there is none, or the reader may not read it" })
  update!: ProgressUpdateRef | null;
  @ApiProperty({ enum: UPDATE_PROGRESS_STATES, enumName: 'UpdateProgressState', description: "its update's state, or missing" }) updateState!: UpdateProgressState;
  @ApiProperty({ type: () => ProgressPeriodRef, nullable: true }) lastApprovedPeriod!: ProgressPeriodRef | null;
  @ApiProperty({ type: 'integer' }) periodsSinceApprovedUpdate!: number;
  @ApiProperty({ description: 'no approved update for more than two periods, with something left to deliver' }) stale!: boolean;
  @ApiProperty({ description: 'open, with no update submitted for the period yet' }) owesUpdate!: boolean;
  @ApiProperty({ type: () => InconsistencyResponse, isArray: true, description: 'judged today' }) inconsistencies!: InconsistencyResponse[];
}

export class UpdateProgressCounts {
  @ApiProperty({ type: 'integer' }) actions!: number;
  @ApiProperty({ type: 'integer' }) approved!: number;
  @ApiProperty({ type: 'integer' }) submitted!: number;
  @ApiProperty({ type: 'integer', description: 'drafts, returned ones included' }) draft!: number;
  @ApiProperty({ type: 'integer' }) returned!: number;
  @ApiProperty({ type: 'integer' }) missing!: number;
  @ApiProperty({ type: 'integer' }) stale!: number;
  @ApiProperty({ type: 'integer' }) inconsistent!: number;
  @ApiProperty({ type: 'integer', description: 'open actions still owing an update' }) owed!: number;
  @ApiProperty({ type: 'integer', description: 'the distinct owners of those' }) owners!: number;
}

/** Update tracking for a period: who has reported, who has not, stale and inconsistent actions. */
export class UpdateProgressResponse {
  @ApiId() planId!: string;
  @ApiProperty({ type: () => PeriodSummary }) period!: PeriodSummary;
  @ApiProperty({ type: () => UpdateProgressCounts }) counts!: UpdateProgressCounts;
  @ApiProperty({ type: () => ActionProgress, isArray: true, description: "open actions whose owners still owe an update for the period: the delivery view's list to chase" })
  owed!: ActionProgress[];
  @ApiProperty({ type: () => ActionProgress, isArray: true }) missing!: ActionProgress[];
  @ApiProperty({ type: () => ActionProgress, isArray: true }) stale!: ActionProgress[];
  @ApiProperty({ type: () => ActionProgress, isArray: true }) inconsistent!: ActionProgress[];
  @ApiProperty({ type: () => ActionProgress, isArray: true, description: 'every action, in priority and reference order' }) actions!: ActionProgress[];
}

export function toUpdateProgress(planId: string, period: ReportingPeriod, rows: UpdateProgressRow[], today: string): UpdateProgressResponse {
  const actions = rows.map((r): ActionProgress => {
    const lastApprovedIndex = r.last_approved_index === null ? null : Number(r.last_approved_index);
    const currentIndex = Number(r.period_index);
    const found = inconsistencies(
      {
        deliveryStatus: r.delivery_status,
        impactStatus: r.impact_status,
        dueDate: r.due_date,
        openMilestones: Number(r.open_milestones),
        impactEvidenceCount: Number(r.impact_evidence),
      },
      today,
    );
    return {
      action: { id: r.action_id, reference: r.reference, title: r.title, priorityNumber: Number(r.priority_number), dueDate: r.due_date },
      ownerPerson: r.owner_person_id ? { id: r.owner_person_id, name: r.owner_person_name as string } : null,
      ownerOrganisation: r.owner_organisation_id ? { id: r.owner_organisation_id, name: r.owner_organisation_name as string } : null,
      deliveryStatus: r.delivery_status,
      impactStatus: r.impact_status,
      update: r.update_id ? { id: r.update_id, state: r.update_state as UpdateState } : null,
      updateState: (r.update_state ?? 'missing'),
      lastApprovedPeriod: r.last_approved_period_id ? { id: r.last_approved_period_id, title: r.last_approved_period_title as string } : null,
      periodsSinceApprovedUpdate: periodsSinceApprovedUpdate(lastApprovedIndex, currentIndex),
      // Chased only while there is something left to deliver: the exceptions' definition (libs/domain needsUpdate).
      stale: needsUpdate({ stale: isStale(lastApprovedIndex, currentIndex), deliveryStatus: r.delivery_status }),
      // The owner still has to report: not complete, and no update submitted yet.
      owesUpdate: owesUpdate(r.delivery_status, (r.update_state ?? 'missing')),
      inconsistencies: found,
    };
  });
  const count = (pred: (a: (typeof actions)[number]) => boolean) => actions.filter(pred).length;
  return {
    planId,
    period: toPeriodSummary(period),
    counts: {
      actions: actions.length,
      approved: count((a) => a.updateState === 'approved'),
      submitted: count((a) => a.updateState === 'submitted'),
      draft: count((a) => a.updateState === 'draft' || a.updateState === 'returned'),
      returned: count((a) => a.updateState === 'returned'),
      missing: count((a) => a.updateState === 'missing'),
      stale: count((a) => a.stale),
      inconsistent: count((a) => a.inconsistencies.length > 0),
      owed: count((a) => a.owesUpdate),
      owners: new Set(actions.filter((a) => a.owesUpdate).map((a) => a.ownerPerson?.id ?? `org:${a.ownerOrganisation?.id ?? ''}`)).size,
    },
    /** Open actions whose owners still owe an update for the period: the delivery view's list to chase. */
    owed: actions.filter((a) => a.owesUpdate),
    missing: actions.filter((a) => a.updateState === 'missing'),
    stale: actions.filter((a) => a.stale),
    inconsistent: actions.filter((a) => a.inconsistencies.length > 0),
    actions,
  };
}
