import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_AUDIT_DOMAINS, CASE_AUDIT_GRADES,
  type CaseAuditDomain, type CaseAuditDomainSummary, type CaseAuditGrade, type CaseAuditGrades, type GradeCounts, type LearningThemeCount,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId, CountsOf, NamedRef } from '../common/api-response';
import { PriorityAreaRef } from '../voice/voice.response';

/** An audit's grade in each domain. */
class CaseAuditGradesSchema {}
Object.defineProperty(CaseAuditGradesSchema, 'name', { value: 'CaseAuditGrades' });
for (const domain of CASE_AUDIT_DOMAINS) ApiProperty({ enum: CASE_AUDIT_GRADES, enumName: 'CaseAuditGrade' })(CaseAuditGradesSchema.prototype, domain);
export const CaseAuditGradesResponse = CaseAuditGradesSchema as Type<CaseAuditGrades>;

/** Who recorded an audit: their account (gone when deleted) and the name shown. */
export class CaseAuditRecorder {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty() label!: string;
}

export class CaseAuditResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ example: 'CA-2025-01', description: "a case reference, never a child's name" }) reference!: string;
  @ApiDate() auditDate!: string;
  @ApiProperty({ type: () => NamedRef, isArray: true }) auditorOrganisations!: NamedRef[];
  @ApiProperty({ type: () => CaseAuditGradesResponse }) grades!: CaseAuditGrades;
  @ApiProperty() strengths!: string;
  @ApiProperty({ type: String, isArray: true }) learningThemes!: string[];
  @ApiProperty({ type: () => PriorityAreaRef, isArray: true, description: 'in priority order' }) priorityAreas!: PriorityAreaRef[];
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty({ type: () => CaseAuditRecorder }) recordedBy!: CaseAuditRecorder;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export const CaseAuditGradeCounts = CountsOf<CaseAuditGrade>('CaseAuditGradeCounts', CASE_AUDIT_GRADES);

/** How the audits graded one domain. */
export class CaseAuditDomainSummaryResponse implements CaseAuditDomainSummary {
  @ApiProperty({ enum: CASE_AUDIT_DOMAINS, enumName: 'CaseAuditDomain' }) domain!: CaseAuditDomain;
  @ApiProperty() label!: string;
  @ApiProperty({ type: () => CaseAuditGradeCounts }) counts!: GradeCounts;
  @ApiProperty({ type: 'integer', description: 'the audits that graded it' }) graded!: number;
  @ApiProperty({ type: 'integer', description: 'graded good or outstanding' }) goodOrBetter!: number;
}

export class LearningThemeCountResponse implements LearningThemeCount {
  @ApiProperty() theme!: string;
  @ApiProperty({ type: 'integer', description: 'the audits that raised it' }) count!: number;
}

/** The pattern across a plan's audits: grades per domain and learning themes, most often first. */
export class CaseAuditSummaryResponse {
  @ApiId() planId!: string;
  @ApiProperty({ type: 'integer' }) audits!: number;
  @ApiProperty({ type: () => CaseAuditDomainSummaryResponse, isArray: true, description: "in the domains' order" }) domains!: CaseAuditDomainSummaryResponse[];
  @ApiProperty({ type: () => LearningThemeCountResponse, isArray: true }) learningThemes!: LearningThemeCountResponse[];
  @ApiProperty({ type: 'integer', description: 'how many of the audits were made up for a demonstration' }) illustrative!: number;
}
