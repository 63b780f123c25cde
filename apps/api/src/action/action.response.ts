import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DELIVERY_STATUS_INFO, DELIVERY_STATUSES, IMPACT_STATUS_LABELS, IMPACT_STATUSES, INCONSISTENCY_CODES, inconsistencies, isOverdue,
  type DeliveryStatus, type ImpactStatus, type Inconsistency, type InconsistencyCode,
} from '@send/domain';
import { ActorLabel, ApiDate, ApiDateTime, ApiId, NamedRef } from '../common/api-response';
import type { Milestone } from '../milestone/milestone.entity';
import { MilestoneResponse, toMilestoneResponse } from '../milestone/milestone.response';
import { PersonRef } from '../priority-area/priority-area.response';
import type { Action } from './action.entity';
import { STATUS_CHANGE_CAUSES, type StatusChangeCause } from './action-status-history.entity';

/** What the domain's inconsistency rules need to know about an action beyond its own columns. */
export interface ActionFacts {
  openMilestones: number;
  impactEvidenceCount: number;
}

/** Where an action's statuses contradict its dates, milestones or evidence. */
export class InconsistencyResponse implements Inconsistency {
  @ApiProperty({ enum: INCONSISTENCY_CODES, enumName: 'InconsistencyCode' }) code!: InconsistencyCode;
  @ApiProperty() message!: string;
}

export class ActionResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiId() priorityAreaId!: string;
  @ApiProperty({ type: 'integer', nullable: true }) priorityNumber!: number | null;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerOrganisation!: NamedRef | null;
  @ApiProperty({ type: () => PersonRef, nullable: true }) ownerPerson!: PersonRef | null;
  @ApiProperty({ type: () => NamedRef, isArray: true, description: 'partner organisations, by name' }) partners!: NamedRef[];
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty() deliveryStatusLabel!: string;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty() impactStatusLabel!: string;
  @ApiProperty() overdue!: boolean;
  @ApiPropertyOptional({ type: () => InconsistencyResponse, isArray: true, description: 'given where the facts were counted (an action, or the list by plan)' })
  inconsistencies?: InconsistencyResponse[];
  @ApiDateTime({ nullable: true }) archivedAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

/** An action with its milestones (soonest due first). */
export class ActionDetailResponse extends ActionResponse {
  @ApiProperty({ type: () => MilestoneResponse, isArray: true }) milestones!: MilestoneResponse[];
}

/** One change in an action's history: its reportable fields as they stood after it, who made it, how and why. */
export class ActionHistoryRow {
  @ApiDateTime() at!: string;
  @ApiProperty({ enum: STATUS_CHANGE_CAUSES, enumName: 'StatusChangeCause' }) cause!: StatusChangeCause;
  @ApiProperty({ type: () => ActorLabel }) by!: ActorLabel;
  @ApiId({ nullable: true, description: 'the approved status update that made the change' }) statusUpdateId!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty() reference!: string;
  @ApiProperty() title!: string;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerPerson!: NamedRef | null;
  @ApiProperty({ type: () => NamedRef }) ownerOrganisation!: NamedRef;
}

/** An action's history, oldest first. */
export class ActionHistoryResponse {
  @ApiId() actionId!: string;
  @ApiProperty({ type: () => ActionHistoryRow, isArray: true }) items!: ActionHistoryRow[];
}

/** An action; with its facts, also whether its statuses contradict its dates, milestones or evidence (as judged on `today`). */
export function toActionResponse(action: Action, today: string, facts?: ActionFacts): ActionResponse {
  return {
    id: action.id,
    planId: action.planId,
    priorityAreaId: action.priorityAreaId,
    priorityNumber: action.priorityArea?.number ?? null,
    reference: action.reference,
    title: action.title,
    description: action.description,
    ownerOrganisation: action.ownerOrganisation ? { id: action.ownerOrganisation.id, name: action.ownerOrganisation.name } : null,
    ownerPerson: action.ownerPerson
      ? { id: action.ownerPerson.id, name: action.ownerPerson.name, jobTitle: action.ownerPerson.jobTitle }
      : null,
    partners: (action.partners ?? []).map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
    startDate: action.startDate,
    dueDate: action.dueDate,
    deliveryStatus: action.deliveryStatus,
    deliveryStatusLabel: DELIVERY_STATUS_INFO[action.deliveryStatus].label,
    impactStatus: action.impactStatus,
    impactStatusLabel: IMPACT_STATUS_LABELS[action.impactStatus],
    overdue: isOverdue(action, today),
    ...(facts ? { inconsistencies: inconsistencies({ ...facts, deliveryStatus: action.deliveryStatus, impactStatus: action.impactStatus, dueDate: action.dueDate }, today) } : {}),
    archivedAt: action.archivedAt?.toISOString() ?? null,
    version: action.version,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}

export function toActionDetailResponse(action: Action, milestones: Milestone[], today: string, facts: ActionFacts): ActionDetailResponse {
  return { ...toActionResponse(action, today, facts), milestones: milestones.map(toMilestoneResponse) };
}

/** The fields an audit event keeps of an action: what a reader needs to see what changed. */
export function toActionAuditState(action: Action, partnerIds?: string[]) {
  return {
    priorityAreaId: action.priorityAreaId,
    reference: action.reference,
    title: action.title,
    description: action.description,
    ownerOrganisationId: action.ownerOrganisationId,
    ownerPersonId: action.ownerPersonId,
    partnerOrganisationIds: partnerIds ?? (action.partners ?? []).map((p) => p.id).sort(),
    startDate: action.startDate,
    dueDate: action.dueDate,
    deliveryStatus: action.deliveryStatus,
    impactStatus: action.impactStatus,
    archivedAt: action.archivedAt?.toISOString() ?? null,
    version: action.version,
  };
}
