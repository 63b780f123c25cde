import { ApiProperty } from '@nestjs/swagger';
import {
  DELIVERY_STATUSES, FINDING_KINDS, IMPACT_STATUSES, MEASURE_STATUSES, RAGS, READINESS_GAP_KINDS, READINESS_JUDGEMENTS, TRENDS, needsUpdate,
  type DeliveryStatus, type FindingKind, type ImpactStatus, type MeasureStatus, type Rag, type ReadinessAction as JudgedAction, type ReadinessGapKind,
  type ReadinessJudgement, type Trend,
} from '@send/domain';
import type { ActionResponse } from '../action/action.response';
import type { Shared } from '../common/shared-answer';
import { ApiDate, ApiId, CountsOf, NamedRef } from '../common/api-response';
import type { MeasureResponse } from '../measure/measure.response';
import { InspectionResponse } from './inspection.response';

export class ReadinessEvidence {
  @ApiId() id!: string;
  @ApiProperty() type!: string;
  @ApiProperty() typeLabel!: string;
  @ApiProperty() title!: string;
  @ApiDate({ nullable: true }) evidenceDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
}

/** An action answering a finding, as readiness judges it. */
export class ReadinessAction {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiId() priorityAreaId!: string;
  @ApiProperty({ type: 'integer', nullable: true }) priorityNumber!: number | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) ownerOrganisation!: NamedRef | null;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty() deliveryStatusLabel!: string;
  @ApiProperty({ enum: RAGS, enumName: 'Rag', description: "its delivery status's colour" }) rag!: Rag;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty() impactStatusLabel!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'chased for an update, as the exceptions judge it' }) stale!: boolean;
  @ApiProperty({ type: () => ReadinessEvidence, isArray: true, description: 'its evidence of impact' }) impactEvidence!: ReadinessEvidence[];
}

export function toReadinessAction(a: Shared<ActionResponse>, judged: JudgedAction, rag: Rag, evidence: ReadinessEvidence[]): ReadinessAction {
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    priorityAreaId: a.priorityAreaId,
    priorityNumber: a.priorityNumber,
    ownerOrganisation: a.ownerOrganisation,
    dueDate: a.dueDate,
    deliveryStatus: a.deliveryStatus,
    deliveryStatusLabel: a.deliveryStatusLabel,
    rag,
    impactStatus: a.impactStatus,
    impactStatusLabel: a.impactStatusLabel,
    overdue: a.overdue,
    stale: needsUpdate(judged),
    impactEvidence: evidence,
  };
}

export class ReadinessMeasureValue {
  @ApiDate() periodEnd!: string;
  @ApiProperty() value!: number;
}

/** A measure answering a finding, in brief. */
export class ReadinessMeasure {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unitLabel!: string;
  @ApiProperty({ enum: MEASURE_STATUSES, enumName: 'MeasureStatus' }) status!: MeasureStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ enum: RAGS, enumName: 'Rag' }) rag!: Rag;
  @ApiProperty({ enum: TRENDS, enumName: 'Trend' }) trend!: Trend;
  @ApiProperty() trendLabel!: string;
  @ApiProperty({ type: () => ReadinessMeasureValue, nullable: true }) latest!: ReadinessMeasureValue | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
}

export function toReadinessMeasure(m: MeasureResponse): ReadinessMeasure {
  return {
    id: m.id,
    title: m.title,
    unitLabel: m.unitLabel,
    status: m.status,
    statusLabel: m.statusLabel,
    rag: m.rag,
    trend: m.trend,
    trendLabel: m.trendLabel,
    latest: m.latest ? { periodEnd: m.latest.periodEnd, value: m.latest.value } : null,
    illustrative: m.illustrative,
  };
}

/** What a finding lacks before it would stand up to an inspector, in words, and the action or measure concerned. */
export class ReadinessGap {
  @ApiProperty({ enum: READINESS_GAP_KINDS, enumName: 'ReadinessGapKind' }) kind!: ReadinessGapKind;
  @ApiProperty() message!: string;
  @ApiId({ nullable: true }) actionId!: string | null;
  @ApiId({ nullable: true }) measureId!: string | null;
}

export class ReadinessFinding {
  @ApiId() id!: string;
  @ApiId() inspectionId!: string;
  @ApiProperty({ enum: FINDING_KINDS, enumName: 'FindingKind' }) kind!: FindingKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: READINESS_JUDGEMENTS, enumName: 'ReadinessJudgement' }) judgement!: ReadinessJudgement;
  @ApiProperty() judgementLabel!: string;
  @ApiProperty({ enum: RAGS, enumName: 'Rag' }) rag!: Rag;
  @ApiProperty({ description: 'some action answering it has impact evidenced' }) impactEvidenced!: boolean;
  @ApiProperty({ type: () => ReadinessGap, isArray: true }) gaps!: ReadinessGap[];
  @ApiProperty({ type: () => ReadinessAction, isArray: true }) actions!: ReadinessAction[];
  @ApiProperty({ type: () => ReadinessMeasure, isArray: true }) measures!: ReadinessMeasure[];
}

/** How many findings have each judgement. */
export const ReadinessJudgementCounts = CountsOf<ReadinessJudgement>('ReadinessJudgementCounts', READINESS_JUDGEMENTS);

export class ReadinessResponse {
  @ApiId() planId!: string;
  @ApiDate({ description: 'the day judged' }) asAt!: string;
  @ApiProperty({ type: () => InspectionResponse, isArray: true, description: 'the inspections dated by then, latest first' }) inspections!: InspectionResponse[];
  @ApiProperty({ type: () => ReadinessJudgementCounts }) counts!: Record<ReadinessJudgement, number>;
  @ApiProperty({ type: 'integer' }) findingsWithoutImpactEvidence!: number;
  @ApiProperty({ type: 'integer' }) findingsWithGaps!: number;
  @ApiProperty({ type: () => ReadinessFinding, isArray: true, description: 'findings with gaps first, then priority actions before improvements and strengths, by number' })
  findings!: ReadinessFinding[];
}
