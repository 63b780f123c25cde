import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  allowedUpdateEvents, DELIVERY_STATUS_INFO, DELIVERY_STATUSES, IMPACT_STATUS_LABELS, IMPACT_STATUSES, UPDATE_EVENTS, UPDATE_STATE_LABELS, UPDATE_STATES,
  type DeliveryStatus, type ImpactStatus, type UpdateEvent, type UpdateState,
} from '@send/domain';
import type { Action } from '../action/action.entity';
import { ApiDate, ApiDateTime, ApiId, NamedRef } from '../common/api-response';
import { PeriodSummary, toPeriodSummary } from '../reporting-period/reporting-period.response';
import type { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import { TRANSITION_EVENTS, type StatusUpdateTransition, type TransitionEvent } from './status-update-transition.entity';
import type { StatusUpdate } from './status-update.entity';

export class EvidenceFile {
  @ApiProperty() name!: string;
  @ApiProperty() downloadUrl!: string;
}

export class LinkedEvidence {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() type!: string;
  @ApiDate({ nullable: true }) evidenceDate!: string | null;
  @ApiProperty() demonstratesImpact!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'where to open it, so whoever moderates the update can read what it rests on' }) url!: string | null;
  @ApiProperty({ type: () => EvidenceFile, nullable: true }) file!: EvidenceFile | null;
}

/** Who did something: their account, their person record, and the name shown. */
export class UpdateParty {
  @ApiId({ nullable: true }) userId!: string | null;
  @ApiId({ nullable: true }) personId!: string | null;
  @ApiProperty() label!: string;
}

/** The action an update is about, in brief. */
export class UpdateActionBrief {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer', nullable: true }) priorityNumber!: number | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerPerson!: NamedRef | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerOrganisation!: NamedRef | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
}

/** A move of an update from one state to another. */
export class UpdateTransition {
  @ApiProperty({ enum: TRANSITION_EVENTS, enumName: 'UpdateTransitionEvent' }) event!: TransitionEvent;
  @ApiProperty({ enum: UPDATE_STATES, enumName: 'UpdateState', nullable: true }) fromState!: UpdateState | null;
  @ApiProperty({ enum: UPDATE_STATES, enumName: 'UpdateState' }) toState!: UpdateState;
  @ApiDateTime() at!: string;
  @ApiProperty({ type: () => UpdateParty }) by!: UpdateParty;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class StatusUpdateResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiId() actionId!: string;
  @ApiProperty({ type: () => UpdateActionBrief }) action!: UpdateActionBrief;
  @ApiProperty({ type: () => PeriodSummary }) period!: PeriodSummary;
  @ApiProperty({ enum: UPDATE_STATES, enumName: 'UpdateState' }) state!: UpdateState;
  @ApiProperty() stateLabel!: string;
  @ApiProperty({ enum: UPDATE_EVENTS, enumName: 'UpdateEvent', isArray: true, description: 'what the lifecycle allows next (permissions aside)' })
  allowedEvents!: UpdateEvent[];
  @ApiProperty() narrative!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) proposedDeliveryStatus!: DeliveryStatus;
  @ApiProperty() proposedDeliveryStatusLabel!: string;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) proposedImpactStatus!: ImpactStatus;
  @ApiProperty() proposedImpactStatusLabel!: string;
  @ApiProperty() nextSteps!: string;
  @ApiProperty() risks!: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) evidenceIds!: string[];
  @ApiProperty({ type: () => LinkedEvidence, isArray: true }) evidence!: LinkedEvidence[];
  @ApiProperty({ type: () => UpdateParty }) author!: UpdateParty;
  @ApiDateTime({ nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: () => UpdateParty, nullable: true }) submittedBy!: UpdateParty | null;
  @ApiDateTime({ nullable: true }) moderatedAt!: string | null;
  @ApiProperty({ type: () => UpdateParty, nullable: true }) moderatedBy!: UpdateParty | null;
  @ApiProperty({ type: String, nullable: true }) moderatorComment!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
  @ApiPropertyOptional({ type: () => UpdateTransition, isArray: true, description: 'its moves between states, where the route gives them' }) transitions?: UpdateTransition[];
}

const party = (userId: string | null, personId: string | null, label: string | null): UpdateParty | null =>
  label === null ? null : { userId, personId, label };

function toActionBrief(a: Action): UpdateActionBrief {
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    priorityNumber: a.priorityArea?.number ?? null,
    ownerPerson: a.ownerPerson ? { id: a.ownerPerson.id, name: a.ownerPerson.name } : null,
    ownerOrganisation: a.ownerOrganisation ? { id: a.ownerOrganisation.id, name: a.ownerOrganisation.name } : null,
    deliveryStatus: a.deliveryStatus,
    impactStatus: a.impactStatus,
  };
}

export function toTransitionResponse(t: StatusUpdateTransition): UpdateTransition {
  return {
    event: t.event,
    fromState: t.fromState,
    toState: t.toState,
    at: t.occurredAt.toISOString(),
    by: { userId: t.actorUserId, personId: t.actorPersonId, label: t.actorLabel },
    comment: t.comment,
  };
}

export function toStatusUpdateResponse(
  u: StatusUpdate & { action: Action; period: ReportingPeriod },
  evidence: LinkedEvidence[],
  transitions?: StatusUpdateTransition[],
): StatusUpdateResponse {
  return {
    id: u.id,
    planId: u.planId,
    actionId: u.actionId,
    action: toActionBrief(u.action),
    period: toPeriodSummary(u.period),
    state: u.state,
    stateLabel: UPDATE_STATE_LABELS[u.state],
    allowedEvents: allowedUpdateEvents(u.state),
    narrative: u.narrative,
    proposedDeliveryStatus: u.proposedDeliveryStatus,
    proposedDeliveryStatusLabel: DELIVERY_STATUS_INFO[u.proposedDeliveryStatus].label,
    proposedImpactStatus: u.proposedImpactStatus,
    proposedImpactStatusLabel: IMPACT_STATUS_LABELS[u.proposedImpactStatus],
    nextSteps: u.nextSteps,
    risks: u.risks,
    evidenceIds: evidence.map((e) => e.id),
    evidence,
    author: { userId: u.authorUserId, personId: u.authorPersonId, label: u.authorLabel },
    submittedAt: u.submittedAt?.toISOString() ?? null,
    submittedBy: party(u.submittedByUserId, u.submittedByPersonId, u.submittedByLabel),
    moderatedAt: u.moderatedAt?.toISOString() ?? null,
    moderatedBy: party(u.moderatedByUserId, u.moderatedByPersonId, u.moderatedByLabel),
    moderatorComment: u.moderatorComment,
    illustrative: u.illustrative,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    ...(transitions ? { transitions: transitions.map(toTransitionResponse) } : {}),
  };
}

/** The fields an audit event keeps of an update. */
export function toStatusUpdateAuditState(u: StatusUpdate, evidenceIds: string[]) {
  return {
    actionId: u.actionId,
    periodId: u.periodId,
    state: u.state,
    narrative: u.narrative,
    proposedDeliveryStatus: u.proposedDeliveryStatus,
    proposedImpactStatus: u.proposedImpactStatus,
    nextSteps: u.nextSteps,
    risks: u.risks,
    evidenceIds: [...evidenceIds].sort(),
    moderatorComment: u.moderatorComment,
    version: u.version,
  };
}
