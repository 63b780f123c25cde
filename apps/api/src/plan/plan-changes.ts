import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES, IMPACT_STATUSES, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import { londonDayEndSql, notArchivedAtSql, statusesAsAtSql } from '../action/action-status-history.sql';
import { STATUS_CHANGE_CAUSES, type StatusChangeCause } from '../action/action-status-history.entity';
import { ActorLabel, ApiDate, ApiDateTime, ApiId, NamedRef, TitledRef } from '../common/api-response';

/*
 * What changed in a plan between two days: from the end of `from` ($2) to the end of `to` ($3),
 * so that the plan as at `from`, plus these changes, is the plan as at `to`.
 */

/** Whether the plan exists (in sight): the changes' statements answer no rows either way. */
export const PLAN_EXISTS_SQL = 'SELECT EXISTS (SELECT 1 FROM plan WHERE id = $1) AS found';

/**
 * Every history row in the window that created an action, moved one of its statuses or changed its
 * due date (re-dating is never silent), compared with the action's row before it, which each row
 * carries (previous_*), so only the window's rows are read.
 */
export const STATUS_CHANGES_SQL = `
SELECT h.action_id, h.reference, h.title, pa.number AS priority_number,
       h.delivery_status, h.impact_status, h.previous_delivery_status, h.previous_impact_status, h.previous_id IS NULL AS is_new,
       h.due_date::text AS due_date, h.previous_due_date::text AS previous_due_date, h.reason,
       h.valid_from, h.cause, h.status_update_id, h.actor_label, rp.id AS period_id, rp.title AS period_title
  FROM action_status_history h
  JOIN action a ON a.id = h.action_id
  JOIN priority_area pa ON pa.id = h.priority_area_id
  LEFT JOIN status_update su ON su.id = h.status_update_id
  LEFT JOIN reporting_period rp ON rp.id = su.period_id
 WHERE h.plan_id = $1 AND h.valid_from >= ${londonDayEndSql('$2')} AND h.valid_from < ${londonDayEndSql('$3')}
   AND ${notArchivedAtSql('a', '$3')}
   AND (h.previous_id IS NULL OR h.delivery_status <> h.previous_delivery_status OR h.impact_status <> h.previous_impact_status
        OR h.due_date IS DISTINCT FROM h.previous_due_date)
 ORDER BY h.valid_from, pa.number, length(a.reference), a.reference, h.id`;

/**
 * Deadlines missed in the window: due dates whose day passed within it (from <= due < to, as
 * isOverdue counts the due day itself as on time) on actions not complete at the end of `to`.
 */
export const MISSED_DEADLINES_SQL = `
SELECT a.id AS action_id, s.reference, s.title, pa.number AS priority_number, s.due_date,
       s.delivery_status, s.impact_status,
       p.id AS owner_person_id, p.name AS owner_person_name, o.id AS owner_organisation_id, o.name AS owner_organisation_name
  FROM (${statusesAsAtSql('$3', { planParam: '$1' })}) s
  JOIN action a ON a.id = s.action_id
  JOIN priority_area pa ON pa.id = s.priority_area_id
  LEFT JOIN person p ON p.id = s.owner_person_id
  LEFT JOIN organisation o ON o.id = s.owner_organisation_id
 WHERE ${notArchivedAtSql('a', '$3')}
   AND CAST(s.due_date AS date) >= CAST($2 AS date) AND CAST(s.due_date AS date) < CAST($3 AS date)
   AND s.delivery_status <> 'complete'
 ORDER BY s.due_date, pa.number, length(s.reference), s.reference`;

export interface StatusChangeRow {
  action_id: string;
  reference: string;
  title: string;
  priority_number: number;
  delivery_status: DeliveryStatus;
  impact_status: ImpactStatus;
  previous_delivery_status: DeliveryStatus | null;
  previous_impact_status: ImpactStatus | null;
  is_new: boolean;
  due_date: string | null;
  previous_due_date: string | null;
  reason: string | null;
  valid_from: Date;
  cause: StatusChangeCause;
  status_update_id: string | null;
  actor_label: string;
  period_id: string | null;
  period_title: string | null;
}

export interface MissedDeadlineRow {
  action_id: string;
  reference: string;
  title: string;
  priority_number: number;
  due_date: string;
  delivery_status: DeliveryStatus;
  impact_status: ImpactStatus;
  owner_person_id: string | null;
  owner_person_name: string | null;
  owner_organisation_id: string | null;
  owner_organisation_name: string | null;
}

/** An action as a change names it. */
export class ChangedActionRef {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) priorityNumber!: number;
}

export class DeliveryStatusMove {
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) from!: DeliveryStatus;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) to!: DeliveryStatus;
}

export class ImpactStatusMove {
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) from!: ImpactStatus;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) to!: ImpactStatus;
}

export class ChangeStatusUpdateRef {
  @ApiId() id!: string;
  @ApiProperty({ type: () => TitledRef, nullable: true, description: 'the reporting period the update was for' }) period!: TitledRef | null;
}

export class StatusChange {
  @ApiProperty({ type: () => ChangedActionRef }) action!: ChangedActionRef;
  @ApiDateTime() at!: string;
  @ApiProperty({ type: () => DeliveryStatusMove, nullable: true }) delivery!: DeliveryStatusMove | null;
  @ApiProperty({ type: () => ImpactStatusMove, nullable: true }) impact!: ImpactStatusMove | null;
  @ApiProperty({ enum: STATUS_CHANGE_CAUSES, enumName: 'StatusChangeCause' }) cause!: StatusChangeCause;
  @ApiProperty({ type: () => ChangeStatusUpdateRef, nullable: true, description: 'the approved update that made the change' }) statusUpdate!: ChangeStatusUpdateRef | null;
  @ApiProperty({ type: () => ActorLabel }) by!: ActorLabel;
}

export class NewActionChange {
  @ApiProperty({ type: () => ChangedActionRef }) action!: ChangedActionRef;
  @ApiDateTime() at!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty({ enum: STATUS_CHANGE_CAUSES, enumName: 'StatusChangeCause' }) cause!: StatusChangeCause;
}

/** A due date moved, with the one before and the reason given. */
export class ReDatedChange {
  @ApiProperty({ type: () => ChangedActionRef }) action!: ChangedActionRef;
  @ApiDateTime() at!: string;
  @ApiDate({ nullable: true }) from!: string | null;
  @ApiDate({ nullable: true }) to!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: () => ActorLabel }) by!: ActorLabel;
}

export class CompletionChange {
  @ApiProperty({ type: () => ChangedActionRef }) action!: ChangedActionRef;
  @ApiDateTime() at!: string;
  @ApiProperty({ type: () => ChangeStatusUpdateRef, nullable: true }) statusUpdate!: ChangeStatusUpdateRef | null;
  @ApiProperty({ type: () => ActorLabel }) by!: ActorLabel;
}

export class MissedDeadline {
  @ApiProperty({ type: () => ChangedActionRef }) action!: ChangedActionRef;
  @ApiDate() dueDate!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerPerson!: NamedRef | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerOrganisation!: NamedRef | null;
}

export class PlanChangeCounts {
  @ApiProperty({ type: 'integer' }) statusChanges!: number;
  @ApiProperty({ type: 'integer' }) newActions!: number;
  @ApiProperty({ type: 'integer' }) completions!: number;
  @ApiProperty({ type: 'integer' }) missedDeadlines!: number;
  @ApiProperty({ type: 'integer' }) reDated!: number;
}

/** What changed from the end of `from` to the end of `to`. */
export class PlanChanges {
  @ApiId() planId!: string;
  @ApiDate() from!: string;
  @ApiDate() to!: string;
  @ApiProperty({ type: () => PlanChangeCounts }) counts!: PlanChangeCounts;
  @ApiProperty({ type: () => StatusChange, isArray: true }) statusChanges!: StatusChange[];
  @ApiProperty({ type: () => ReDatedChange, isArray: true }) reDated!: ReDatedChange[];
  @ApiProperty({ type: () => NewActionChange, isArray: true }) newActions!: NewActionChange[];
  @ApiProperty({ type: () => CompletionChange, isArray: true }) completions!: CompletionChange[];
  @ApiProperty({ type: () => MissedDeadline, isArray: true }) missedDeadlines!: MissedDeadline[];
}

const actionOf = (r: { action_id: string; reference: string; title: string; priority_number: number }): ChangedActionRef => ({
  id: r.action_id, reference: r.reference, title: r.title, priorityNumber: Number(r.priority_number),
});

const moveOf = <T extends string>(from: T | null, to: T) => (from !== null && from !== to ? { from, to } : null);

export function toPlanChanges(planId: string, from: string, to: string, changes: StatusChangeRow[], missed: MissedDeadlineRow[]): PlanChanges {
  const statusMoved = (r: StatusChangeRow) => r.delivery_status !== r.previous_delivery_status || r.impact_status !== r.previous_impact_status;
  const moves = changes.filter((r) => !r.is_new && statusMoved(r)).map((r) => ({
    action: actionOf(r),
    at: r.valid_from.toISOString(),
    delivery: moveOf(r.previous_delivery_status, r.delivery_status),
    impact: moveOf(r.previous_impact_status, r.impact_status),
    cause: r.cause,
    statusUpdate: r.status_update_id ? { id: r.status_update_id, period: r.period_id ? { id: r.period_id, title: r.period_title! } : null } : null,
    by: { label: r.actor_label },
  }));
  const newActions = changes.filter((r) => r.is_new).map((r) => ({
    action: actionOf(r), at: r.valid_from.toISOString(), deliveryStatus: r.delivery_status, impactStatus: r.impact_status, cause: r.cause,
  }));
  // Due dates moved, with the one the board last saw and why (a first due date is not a move).
  const reDated = changes.filter((r) => !r.is_new && r.previous_due_date !== null && r.due_date !== r.previous_due_date).map((r) => ({
    action: actionOf(r), at: r.valid_from.toISOString(), from: r.previous_due_date, to: r.due_date, reason: r.reason, by: { label: r.actor_label },
  }));
  const completions = moves
    .filter((m) => m.delivery?.to === 'complete')
    .map(({ action, at, statusUpdate, by }) => ({ action, at, statusUpdate, by }));
  const missedDeadlines = missed.map((r) => ({
    action: actionOf(r),
    dueDate: r.due_date,
    deliveryStatus: r.delivery_status,
    impactStatus: r.impact_status,
    ownerPerson: r.owner_person_id ? { id: r.owner_person_id, name: r.owner_person_name! } : null,
    ownerOrganisation: r.owner_organisation_id ? { id: r.owner_organisation_id, name: r.owner_organisation_name! } : null,
  }));
  return {
    planId,
    from,
    to,
    counts: { statusChanges: moves.length, newActions: newActions.length, completions: completions.length, missedDeadlines: missedDeadlines.length, reDated: reDated.length },
    statusChanges: moves,
    reDated,
    newActions,
    completions,
    missedDeadlines,
  };
}
