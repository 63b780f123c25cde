import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_STATES, AUDIT_THEMES, DELIVERY_STATUSES, EVIDENCE_TYPES, EXPECTATION_RATINGS, IMPACT_STATUSES, SCHOOL_PHASES, SELF_REVIEW_STATES,
  type AuditState, type AuditTheme, type DeliveryStatus, type EvidenceType, type ExpectationRating, type ImpactStatus, type SchoolPhase,
  type SelfReviewState,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId, CountsOf } from '../common/api-response';

/*
 * The answers of schools, their self-reviews and audits, the local authority's overview and thematic
 * summary, and a school's own plan, as the OpenAPI document describes them.
 */

const rating = { enum: EXPECTATION_RATINGS, enumName: 'ExpectationRating' } as const;

// ---- the expectations framework

export class LocalAuthorityPart {
  @ApiProperty() introduction!: string;
  @ApiProperty({ type: String, isArray: true }) commitments!: string[];
}

export class ExpectationStatementView {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() text!: string;
}

export class ExpectationAreaView {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) introduction!: string | null;
  @ApiProperty({ type: () => LocalAuthorityPart, nullable: true, description: "what the local authority itself commits to in the area" })
  localAuthority!: LocalAuthorityPart | null;
  @ApiProperty({ type: () => ExpectationStatementView, isArray: true }) statements!: ExpectationStatementView[];
}

/** An edition of the local authority's expectations of every school's SEND provision. */
export class FrameworkView {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer', description: 'the edition: a new edition never rewrites reviews made against an earlier one' }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() label!: string;
  @ApiDate({ nullable: true }) publishedOn!: string | null;
  @ApiProperty({ type: () => ExpectationAreaView, isArray: true }) areas!: ExpectationAreaView[];
}

/** The edition a review or audit was made against. */
export class FrameworkEdition {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() title!: string;
}

export class FrameworkEditionLabelled extends FrameworkEdition {
  @ApiProperty() label!: string;
}

// ---- schools

export class SchoolResponse {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SCHOOL_PHASES, enumName: 'SchoolPhase' }) phase!: SchoolPhase;
  @ApiProperty({ description: 'its unique reference number' }) urn!: string;
  @ApiProperty({ type: String, nullable: true }) sencoName!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

/** How many statements have each rating. */
export const ExpectationRatingCounts = CountsOf<ExpectationRating>('ExpectationRatingCounts', EXPECTATION_RATINGS);

/** How many ratings of each kind, and all of them. */
export class RatingTotals extends ExpectationRatingCounts {
  @ApiProperty({ type: 'integer' }) total!: number;
}

// ---- self-reviews

export class SelfReviewResponse {
  @ApiId() id!: string;
  @ApiId() schoolId!: string;
  @ApiId() frameworkId!: string;
  @ApiProperty({ type: 'integer', description: 'the academic year, by the calendar year it starts in', example: 2025 }) academicYear!: number;
  @ApiProperty({ enum: SELF_REVIEW_STATES, enumName: 'SelfReviewState' }) state!: SelfReviewState;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiDateTime({ nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the name of who submitted it' }) submittedBy!: string | null;
  @ApiProperty({ type: () => ExpectationRatingCounts }) counts!: Record<ExpectationRating, number>;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() updatedAt!: string;
}

export class SelfReviewStatement extends ExpectationStatementView {
  @ApiProperty({ ...rating, nullable: true }) rating!: ExpectationRating | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
}

export class SelfReviewArea {
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: () => SelfReviewStatement, isArray: true }) statements!: SelfReviewStatement[];
}

export class SelfReviewDetailResponse extends SelfReviewResponse {
  @ApiProperty({ type: () => SchoolResponse }) school!: SchoolResponse;
  @ApiProperty({ type: () => FrameworkEditionLabelled }) framework!: FrameworkEditionLabelled;
  @ApiProperty({ type: 'integer', description: 'the statements not rated yet' }) unrated!: number;
  @ApiProperty({ type: () => SelfReviewArea, isArray: true }) areas!: SelfReviewArea[];
}

// ---- audits

export class AuditPointResponse {
  @ApiProperty({ enum: AUDIT_THEMES, enumName: 'AuditTheme' }) theme!: AuditTheme;
  @ApiProperty() text!: string;
}

export class AuditResponse {
  @ApiId() id!: string;
  @ApiId() schoolId!: string;
  @ApiId() frameworkId!: string;
  @ApiDate() visitDate!: string;
  @ApiProperty({ type: String, isArray: true }) auditors!: string[];
  @ApiProperty({ enum: AUDIT_STATES, enumName: 'AuditState' }) state!: AuditState;
  @ApiDateTime({ nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, isArray: true }) strengths!: string[];
  @ApiProperty({ type: () => AuditPointResponse, isArray: true }) findings!: AuditPointResponse[];
  @ApiProperty({ type: () => AuditPointResponse, isArray: true }) nextSteps!: AuditPointResponse[];
  @ApiProperty({ type: () => ExpectationRatingCounts }) counts!: Record<ExpectationRating, number>;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() updatedAt!: string;
}

export class AuditStatement extends ExpectationStatementView {
  @ApiProperty({ ...rating, nullable: true }) rating!: ExpectationRating | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ ...rating, nullable: true, description: "the school's own rating in its submitted self-review of the year" }) selfRating!: ExpectationRating | null;
}

export class AuditArea {
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: () => AuditStatement, isArray: true }) statements!: AuditStatement[];
}

export class AuditDetailResponse extends AuditResponse {
  @ApiProperty({ type: () => SchoolResponse }) school!: SchoolResponse;
  @ApiProperty({ type: () => FrameworkEditionLabelled }) framework!: FrameworkEditionLabelled;
  @ApiId({ nullable: true, description: "the school's submitted self-review of the same year" }) selfReviewId!: string | null;
  @ApiProperty({ type: () => AuditArea, isArray: true }) areas!: AuditArea[];
}

// ---- the local authority's view

export class OverviewSchool extends SchoolResponse {
  @ApiProperty({ description: 'it has a published audit in the year' }) audited!: boolean;
  @ApiProperty() selfReviewSubmitted!: boolean;
}

export class ExpectationRatingLabels {
  @ApiProperty({ example: 'Embedded' }) embedded!: string;
  @ApiProperty({ example: 'Developing' }) developing!: string;
  @ApiProperty({ example: 'Not yet in place' }) not_yet!: string;
}

export class HeatMapRowResponse {
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: () => RatingTotals }) counts!: RatingTotals;
  @ApiProperty({ type: 'integer' }) schools!: number;
}

export class NeedsSupportRowResponse {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: () => RatingTotals }) counts!: RatingTotals;
  @ApiProperty({ type: 'integer', isArray: true, description: 'the areas with a statement not yet in place' }) areasWithNotYet!: number[];
}

/** A statement a school rated itself above its audit. */
export class RatingDifferenceResponse {
  @ApiId() schoolId!: string;
  @ApiId() statementId!: string;
  @ApiProperty({ type: 'integer' }) areaNumber!: number;
  @ApiProperty(rating) selfRating!: ExpectationRating;
  @ApiProperty(rating) auditRating!: ExpectationRating;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ type: 'integer' }) statementNumber!: number;
  @ApiProperty() statementText!: string;
}

export class SchoolOverviewResponse {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: () => FrameworkEdition }) framework!: FrameworkEdition;
  @ApiProperty({ type: () => OverviewSchool, isArray: true }) schools!: OverviewSchool[];
  @ApiProperty({ type: () => ExpectationRatingLabels }) ratingLabels!: ExpectationRatingLabels;
  @ApiProperty({ type: () => HeatMapRowResponse, isArray: true }) auditHeatMap!: HeatMapRowResponse[];
  @ApiProperty({ type: () => HeatMapRowResponse, isArray: true }) selfReviewHeatMap!: HeatMapRowResponse[];
  @ApiProperty({ type: () => NeedsSupportRowResponse, isArray: true }) needsSupport!: NeedsSupportRowResponse[];
  @ApiProperty({ type: () => RatingDifferenceResponse, isArray: true }) differences!: RatingDifferenceResponse[];
}

export class ThematicPointResponse {
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'integer', description: 'the schools it was said of' }) schools!: number;
}

export class ThematicSectionResponse {
  @ApiProperty({ enum: AUDIT_THEMES, enumName: 'AuditTheme' }) theme!: AuditTheme;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) schools!: number;
  @ApiProperty({ type: () => ThematicPointResponse, isArray: true }) findings!: ThematicPointResponse[];
  @ApiProperty({ type: () => ThematicPointResponse, isArray: true }) recommendations!: ThematicPointResponse[];
}

export class PhaseCount {
  @ApiProperty({ enum: SCHOOL_PHASES, enumName: 'SchoolPhase' }) phase!: SchoolPhase;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) schools!: number;
}

export class ThematicSummaryResponse {
  @ApiProperty({ description: "the local area's name" }) localArea!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ example: '2025 to 2026' }) yearLabel!: string;
  @ApiProperty({ type: 'integer' }) schoolsVisited!: number;
  @ApiProperty({ type: () => PhaseCount, isArray: true }) byPhase!: PhaseCount[];
  @ApiProperty() overview!: string;
  @ApiProperty({ type: () => ThematicPointResponse, isArray: true }) strengths!: ThematicPointResponse[];
  @ApiProperty({ type: () => ThematicSectionResponse, isArray: true }) themes!: ThematicSectionResponse[];
}

// ---- a school's own plan

export class SchoolPlanEvidence {
  @ApiId() id!: string;
  @ApiProperty({ enum: EVIDENCE_TYPES, enumName: 'EvidenceType' }) type!: EvidenceType;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiDate({ nullable: true }) date!: string | null;
  @ApiProperty() demonstratesImpact!: boolean;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
}

export class SchoolPlanAction {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty() deliveryStatusLabel!: string;
  @ApiProperty({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus' }) impactStatus!: ImpactStatus;
  @ApiProperty() impactStatusLabel!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: () => SchoolPlanEvidence, isArray: true, description: 'oldest first' }) evidence!: SchoolPlanEvidence[];
}

export class SchoolPlanPriority {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty() aim!: string;
  @ApiProperty({ type: () => SchoolPlanAction, isArray: true }) actions!: SchoolPlanAction[];
}

export class SchoolPlanSchool {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SCHOOL_PHASES, enumName: 'SchoolPhase' }) phase!: SchoolPhase;
  @ApiProperty() urn!: string;
  @ApiProperty({ type: String, nullable: true }) sencoName!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
}

/** A reporting period of the school's governing board: updates for the meeting are taken from `opensOn` until `updateDeadline`. */
export class SchoolBoardPeriod {
  @ApiId() id!: string;
  @ApiProperty({ example: 'Autumn term 2026' }) title!: string;
  @ApiDate() opensOn!: string;
  @ApiDate() updateDeadline!: string;
  @ApiProperty({ type: 'integer', description: 'for PATCH /api/plans/{planId}/periods/{periodId}' }) version!: number;
}

/** A meeting of the school's governing board. */
export class SchoolBoardMeeting {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiDate() meetingDate!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ type: 'integer', description: 'for PATCH /api/meetings/{id}' }) version!: number;
  @ApiProperty({ type: () => SchoolBoardPeriod, nullable: true, description: 'the reporting period that ends in this meeting' }) period!: SchoolBoardPeriod | null;
}

/** The governing board the school's plan reports to, with its meetings (its SENCO moves them). */
export class SchoolGoverningBoard {
  @ApiId() id!: string;
  @ApiProperty({ example: 'Governing board' }) name!: string;
  @ApiProperty({ type: () => SchoolBoardMeeting, isArray: true, description: 'by date' }) meetings!: SchoolBoardMeeting[];
}

/** A school's own improvement plan: its priorities, their actions with statuses and evidence. */
export class SchoolPlanResponse {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiDate({ nullable: true }) endDate!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: () => SchoolPlanSchool }) school!: SchoolPlanSchool;
  @ApiProperty({ type: () => SchoolPlanPriority, isArray: true }) priorities!: SchoolPlanPriority[];
  @ApiProperty({ type: () => SchoolGoverningBoard, nullable: true }) governingBoard!: SchoolGoverningBoard | null;
}
