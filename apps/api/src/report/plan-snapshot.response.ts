import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISION_KINDS, DELIVERY_STATUSES, EXCEPTION_REASONS, IMPACT_STATUSES, INCONSISTENCY_CODES, POLARITIES,
  type DecisionKind, type DeliveryStatus, type ExceptionReason, type ImpactStatus, type InconsistencyCode, type Polarity,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';
import { SummaryCounts } from '../plan/plan-summary';
import type { PlanSnapshot } from './plan-snapshot';

/*
 * The plan snapshot a pack is rendered from (plan-snapshot.ts), as the OpenAPI document describes it.
 * A published pack keeps its snapshot as it was, and the shape only ever gains optional sections,
 * so whatever an older snapshot may lack is optional here.
 */

const delivery = { enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' } as const;
const impact = { enum: IMPACT_STATUSES, enumName: 'ImpactStatus' } as const;

export class SnapshotPersonRef {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle!: string | null;
}

export class SnapshotActionRef {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) priorityNumber!: number;
}

export class SnapshotIssue {
  @ApiProperty({ enum: INCONSISTENCY_CODES, enumName: 'InconsistencyCode' }) code!: InconsistencyCode;
  @ApiProperty() message!: string;
}

export class SnapshotNextMilestone {
  @ApiProperty() title!: string;
  @ApiDate({ nullable: true }) dueDate!: string | null;
}

export class SnapshotMilestonesResponse {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: () => SnapshotNextMilestone, nullable: true, description: 'the first milestone not done, by due date' }) next!: SnapshotNextMilestone | null;
}

export class SnapshotEvidenceCounts {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'those that demonstrate impact' }) impact!: number;
}

/** An approved status update as the pack shows it. */
export class SnapshotUpdateResponse {
  @ApiId() id!: string;
  @ApiProperty({ type: String, nullable: true }) periodTitle!: string | null;
  @ApiDateTime({ nullable: true }) approvedAt!: string | null;
  @ApiProperty() narrative!: string;
  @ApiProperty() nextSteps!: string;
  @ApiProperty() risks!: string;
  @ApiProperty({ ...delivery, nullable: true }) deliveryStatus!: DeliveryStatus | null;
  @ApiProperty({ ...impact, nullable: true }) impactStatus!: ImpactStatus | null;
}

export class SnapshotActionResponse extends SnapshotActionRef {
  @ApiProperty() description!: string;
  @ApiProperty({ type: () => SnapshotPersonRef, nullable: true }) owner!: SnapshotPersonRef | null;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ type: String, isArray: true }) partners!: string[];
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiProperty(delivery) deliveryStatus!: DeliveryStatus;
  @ApiProperty(impact) impactStatus!: ImpactStatus;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: () => SnapshotMilestonesResponse }) milestones!: SnapshotMilestonesResponse;
  @ApiProperty({ type: () => SnapshotEvidenceCounts }) evidence!: SnapshotEvidenceCounts;
  @ApiProperty({ type: () => SnapshotIssue, isArray: true, description: 'warnings that the status may not tell the whole story' }) issues!: SnapshotIssue[];
  @ApiPropertyOptional({ type: () => SnapshotUpdateResponse, nullable: true, description: 'the latest approved update, when status updates are recorded' })
  latestUpdate?: SnapshotUpdateResponse | null;
  @ApiPropertyOptional({ description: 'no approved update for more than two reporting periods, when reporting periods are recorded' }) stale?: boolean;
}

export class SnapshotFigure {
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiDate({ nullable: true }) date!: string | null;
}

export class SnapshotReading {
  @ApiDate() date!: string;
  @ApiProperty() value!: number;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: "the people the figure stands for (a survey's respondents; newer snapshots)" }) cohortSize?: number | null;
}

export class SnapshotMeasureResponse {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() unitLabel!: string;
  @ApiProperty({ enum: POLARITIES, enumName: 'Polarity' }) polarity!: Polarity;
  @ApiProperty({ type: () => SnapshotFigure }) baseline!: SnapshotFigure;
  @ApiProperty({ type: () => SnapshotFigure }) target!: SnapshotFigure;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() trend!: string;
  @ApiProperty() trendLabel!: string;
  @ApiProperty({ type: () => SnapshotReading, nullable: true }) latest!: SnapshotReading | null;
  @ApiProperty({ type: Number, nullable: true }) expected!: number | null;
  @ApiProperty({ type: () => SnapshotReading, isArray: true, description: "values up to the snapshot's date, oldest first" }) series!: SnapshotReading[];
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiPropertyOptional({ description: 'records or survey (newer snapshots)' }) sourceKind?: string;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiPropertyOptional() targetMissed?: boolean;
  @ApiPropertyOptional() valueOverdue?: boolean;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) nextValueDue?: string | null;
}

export class SnapshotPriorityResponse {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty() aim!: string;
  @ApiProperty() progressNarrative!: string;
  @ApiProperty({ type: () => SnapshotPersonRef, nullable: true }) lead!: SnapshotPersonRef | null;
  @ApiProperty({ type: String, nullable: true }) deliveryGroup!: string | null;
  @ApiProperty({ type: () => SummaryCounts }) counts!: SummaryCounts;
  @ApiProperty({ type: () => SnapshotActionResponse, isArray: true }) actions!: SnapshotActionResponse[];
  @ApiPropertyOptional({ type: () => SnapshotMeasureResponse, isArray: true, description: 'present once measures are recorded' }) measures?: SnapshotMeasureResponse[];
}

export class SnapshotDecisionAction {
  @ApiProperty() reference!: string;
  @ApiProperty() title!: string;
}

export class SnapshotDecisionMeeting {
  @ApiProperty() title!: string;
  @ApiDate() meetingDate!: string;
}

export class SnapshotDecisionResponse {
  @ApiId() id!: string;
  @ApiProperty({ enum: DECISION_KINDS, enumName: 'DecisionKind' }) kind!: DecisionKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: () => SnapshotDecisionAction, nullable: true }) action!: SnapshotDecisionAction | null;
  @ApiProperty({ type: () => SnapshotPersonRef, nullable: true }) owner!: SnapshotPersonRef | null;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: () => SnapshotDecisionMeeting }) meeting!: SnapshotDecisionMeeting;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ type: String, nullable: true }) closingNote!: string | null;
  @ApiDate({ nullable: true }) closedOn!: string | null;
}

export class SnapshotDeliveryMove {
  @ApiProperty(delivery) from!: DeliveryStatus;
  @ApiProperty(delivery) to!: DeliveryStatus;
}

export class SnapshotImpactMove {
  @ApiProperty(impact) from!: ImpactStatus;
  @ApiProperty(impact) to!: ImpactStatus;
}

export class SnapshotStatusMoveResponse {
  @ApiProperty({ type: () => SnapshotActionRef }) action!: SnapshotActionRef;
  @ApiDateTime() at!: string;
  @ApiProperty({ type: () => SnapshotDeliveryMove, nullable: true }) delivery!: SnapshotDeliveryMove | null;
  @ApiProperty({ type: () => SnapshotImpactMove, nullable: true }) impact!: SnapshotImpactMove | null;
  @ApiProperty({ type: String, nullable: true }) periodTitle!: string | null;
}

export class SnapshotSince {
  @ApiProperty() meetingTitle!: string;
  @ApiDate() meetingDate!: string;
  @ApiDateTime() date!: string;
}

export class SnapshotNewAction {
  @ApiProperty({ type: () => SnapshotActionRef }) action!: SnapshotActionRef;
  @ApiProperty(delivery) deliveryStatus!: DeliveryStatus;
  @ApiProperty(impact) impactStatus!: ImpactStatus;
}

export class SnapshotCompletion {
  @ApiProperty({ type: () => SnapshotActionRef }) action!: SnapshotActionRef;
  @ApiDateTime() at!: string;
}

export class SnapshotMissedDeadline {
  @ApiProperty({ type: () => SnapshotActionRef }) action!: SnapshotActionRef;
  @ApiDate() dueDate!: string;
  @ApiProperty(delivery) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
}

export class SnapshotReDated {
  @ApiProperty({ type: () => SnapshotActionRef }) action!: SnapshotActionRef;
  @ApiDateTime() at!: string;
  @ApiDate({ nullable: true }) from!: string | null;
  @ApiDate({ nullable: true }) to!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

/** What changed since the same body's previous meeting. */
export class SnapshotChangesResponse {
  @ApiProperty({ type: () => SnapshotSince }) since!: SnapshotSince;
  @ApiProperty({ type: () => SnapshotStatusMoveResponse, isArray: true }) statusChanges!: SnapshotStatusMoveResponse[];
  @ApiProperty({ type: () => SnapshotNewAction, isArray: true }) newActions!: SnapshotNewAction[];
  @ApiProperty({ type: () => SnapshotCompletion, isArray: true }) completions!: SnapshotCompletion[];
  @ApiProperty({ type: () => SnapshotMissedDeadline, isArray: true }) missedDeadlines!: SnapshotMissedDeadline[];
  @ApiPropertyOptional({ type: () => SnapshotReDated, isArray: true, description: 'due dates moved (newer snapshots)' }) reDated?: SnapshotReDated[];
}

export class SnapshotVoiceResponseBody {
  @ApiProperty() whatChanged!: string;
  @ApiDate() respondedOn!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() respondedBy!: string;
  @ApiProperty({ type: String, isArray: true }) actions!: string[];
}

export class SnapshotVoiceItemResponse {
  @ApiId() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() kindLabel!: string;
  @ApiProperty() sourceLabel!: string;
  @ApiProperty() sourceTitle!: string;
  @ApiProperty() voiceOfLabel!: string;
  @ApiDate() heardOn!: string;
  @ApiProperty({ type: 'integer', nullable: true }) cohortSize!: number | null;
  @ApiProperty() words!: string;
  @ApiProperty() illustrative!: boolean;
  @ApiProperty({ type: 'integer', isArray: true }) priorityNumbers!: number[];
  @ApiProperty({ type: () => SnapshotVoiceResponseBody, nullable: true, description: "null when no response had been given by the snapshot's day" })
  response!: SnapshotVoiceResponseBody | null;
  @ApiProperty() unanswered!: boolean;
}

export class SnapshotPlan {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() localArea!: string;
  @ApiDate({ nullable: true }) inspectionDate!: string | null;
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiDate({ nullable: true }) endDate!: string | null;
}

export class SnapshotMeetingBody {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() chair!: string;
}

export class SnapshotPreviousMeeting {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiDate() meetingDate!: string;
  @ApiDateTime() cutOffAt!: string;
}

export class SnapshotMeeting extends SnapshotPreviousMeeting {
  @ApiProperty() location!: string;
  @ApiProperty({ type: () => SnapshotMeetingBody }) body!: SnapshotMeetingBody;
  @ApiProperty({ type: () => SnapshotPreviousMeeting, nullable: true }) previousMeeting!: SnapshotPreviousMeeting | null;
}

export class SnapshotInconsistentAction extends SnapshotActionRef {
  @ApiProperty({ type: () => SnapshotIssue, isArray: true }) issues!: SnapshotIssue[];
}

export class SnapshotExceptionItem extends SnapshotInconsistentAction {
  @ApiProperty({ enum: EXCEPTION_REASONS, enumName: 'ExceptionReason', isArray: true }) reasons!: ExceptionReason[];
}

export class SnapshotExceptions {
  @ApiProperty({ type: () => SnapshotActionRef, isArray: true }) offTrack!: SnapshotActionRef[];
  @ApiProperty({ type: () => SnapshotActionRef, isArray: true }) overdue!: SnapshotActionRef[];
  @ApiProperty({ type: () => SnapshotInconsistentAction, isArray: true }) inconsistent!: SnapshotInconsistentAction[];
  @ApiPropertyOptional({ type: () => SnapshotActionRef, isArray: true, description: 'present once reporting periods and approved updates are recorded' }) stale?: SnapshotActionRef[];
  @ApiPropertyOptional({ type: () => SnapshotExceptionItem, isArray: true, description: 'every exception with all its reasons (newer snapshots)' }) items?: SnapshotExceptionItem[];
}

export class SnapshotDecisions {
  @ApiProperty({ type: () => SnapshotDecisionResponse, isArray: true }) open!: SnapshotDecisionResponse[];
  @ApiProperty({ type: () => SnapshotDecisionResponse, isArray: true }) closedSinceLastMeeting!: SnapshotDecisionResponse[];
}

export class SnapshotSections {
  @ApiProperty() measures!: boolean;
  @ApiProperty() updates!: boolean;
  @ApiProperty() changes!: boolean;
  @ApiProperty() stale!: boolean;
}

/** The one description of the plan a pack is rendered from. */
export class PlanSnapshotResponse implements PlanSnapshot {
  @ApiProperty({ type: 'integer' }) schemaVersion!: number;
  @ApiDateTime({ description: 'when the snapshot was taken' }) generatedAt!: string;
  @ApiProperty() generatedBy!: string;
  @ApiDateTime({ description: "the moment the figures describe: the meeting's cut-off, or the generation time if earlier" }) asAt!: string;
  @ApiDate({ description: 'the day (England) the statuses and "overdue" are judged on' }) statusDate!: string;
  @ApiProperty({ enum: ['current', 'as_at'], enumName: 'SnapshotStatusBasis' }) statusBasis!: 'current' | 'as_at';
  @ApiProperty({ type: () => SnapshotPlan }) plan!: SnapshotPlan;
  @ApiProperty({ type: () => SnapshotMeeting, nullable: true }) meeting!: SnapshotMeeting | null;
  @ApiProperty({ description: 'every priority area is in scope' }) allPriorityAreas!: boolean;
  @ApiProperty({ type: () => SummaryCounts }) totals!: SummaryCounts;
  @ApiProperty({ type: () => SnapshotPriorityResponse, isArray: true }) priorities!: SnapshotPriorityResponse[];
  @ApiProperty({ type: () => SnapshotExceptions }) exceptions!: SnapshotExceptions;
  @ApiPropertyOptional({ type: () => SnapshotChangesResponse, nullable: true, description: "null for a plan-level report or a body's first meeting" }) changes?: SnapshotChangesResponse | null;
  @ApiProperty({ type: () => SnapshotDecisions }) decisions!: SnapshotDecisions;
  @ApiPropertyOptional({ type: () => SnapshotVoiceItemResponse, isArray: true, description: '"You said, we did" (newer snapshots)' }) voice?: SnapshotVoiceItemResponse[];
  @ApiProperty({ type: () => SnapshotSections }) sections!: SnapshotSections;
}
