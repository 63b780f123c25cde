import { ApiProperty } from '@nestjs/swagger';
import { FINDING_KIND_LABELS, FINDING_KINDS, INSPECTION_KIND_LABELS, INSPECTION_KINDS, type FindingKind, type InspectionKind } from '@send/domain';
import { ApiDate, ApiDateTime, ApiId, CountsOf } from '../common/api-response';
import { ActionRef } from '../voice/voice.response';
import type { Inspection, InspectionFinding } from './inspection.entity';

export class InspectionResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiDate() date!: string;
  @ApiProperty({ enum: INSPECTION_KINDS, enumName: 'InspectionKind' }) kind!: InspectionKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty({ type: String, nullable: true }) reportUrl!: string | null;
  @ApiProperty({ description: 'where the record of it comes from' }) sourceNote!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

/** How many findings of each kind an inspection has. */
export const FindingKindCounts = CountsOf<FindingKind>('FindingKindCounts', FINDING_KINDS);

/** An inspection as the plan lists them, with how many findings of each kind it has. */
export class InspectionListItem extends InspectionResponse {
  @ApiProperty({ type: () => FindingKindCounts }) findingCounts!: Record<FindingKind, number>;
}

export class FindingResponse {
  @ApiId() id!: string;
  @ApiId() inspectionId!: string;
  @ApiProperty({ enum: FINDING_KINDS, enumName: 'FindingKind' }) kind!: FindingKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty({ type: 'integer', description: "its number among the inspection's findings of its kind" }) number!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'the actions linked to it now' }) actionIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'the measures linked to it now' }) measureIds!: string[];
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

/** The inspection with its findings in the report's order. */
export class InspectionDetailResponse extends InspectionResponse {
  @ApiProperty({ type: () => FindingResponse, isArray: true }) findings!: FindingResponse[];
}

export function toInspectionResponse(i: Inspection): InspectionResponse {
  return {
    id: i.id,
    planId: i.planId,
    date: i.date,
    kind: i.kind,
    kindLabel: INSPECTION_KIND_LABELS[i.kind],
    outcome: i.outcome,
    reportUrl: i.reportUrl,
    sourceNote: i.sourceNote,
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** A finding with the ids of the actions and measures linked to it now. */
export function toFindingResponse(f: InspectionFinding, links: { actionIds: string[]; measureIds: string[] } = { actionIds: [], measureIds: [] }): FindingResponse {
  return {
    id: f.id,
    inspectionId: f.inspectionId,
    kind: f.kind,
    kindLabel: FINDING_KIND_LABELS[f.kind],
    number: f.number,
    title: f.title,
    text: f.text,
    actionIds: [...links.actionIds].sort(),
    measureIds: [...links.measureIds].sort(),
    version: f.version,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

/** A finding as an action or priority area lists the findings it answers. */
export class AnsweredFinding {
  @ApiId() id!: string;
  @ApiId() inspectionId!: string;
  @ApiDate() inspectionDate!: string;
  @ApiProperty({ enum: FINDING_KINDS, enumName: 'FindingKind' }) kind!: FindingKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: () => ActionRef, isArray: true, description: 'the actions (of the action, or of the priority area) linked to it' }) actions!: ActionRef[];
}
