import { ApiProperty } from '@nestjs/swagger';
import {
  CRITICAL_REVIEW_JUDGEMENTS, CRITICAL_REVIEW_STATUSES, JUDGEMENT_CHANGES,
  type CriticalReviewJudgement, type CriticalReviewStatus, type JudgementChange, type JudgementCounts,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId, CountsOf } from '../common/api-response';
import { JudgementCountsSchema } from '../plan/plan-summary';

/** Who recorded, submitted or moderated a review: their account (gone when deleted) and the name shown. */
export class ReviewParty {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty() label!: string;
}

/** A critical review in brief, with how many actions it judged in each impact category. */
export class CriticalReviewResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiDate() reviewDate!: string;
  @ApiProperty() title!: string;
  @ApiProperty() facilitators!: string;
  @ApiProperty() sourceNote!: string;
  @ApiProperty({ enum: CRITICAL_REVIEW_STATUSES, enumName: 'CriticalReviewStatus' }) status!: CriticalReviewStatus;
  @ApiProperty({ type: () => ReviewParty }) recordedBy!: ReviewParty;
  @ApiDateTime({ nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: () => ReviewParty, nullable: true }) submittedBy!: ReviewParty | null;
  @ApiDateTime({ nullable: true }) moderatedAt!: string | null;
  @ApiProperty({ type: () => ReviewParty, nullable: true }) moderatedBy!: ReviewParty | null;
  @ApiProperty({ type: String, nullable: true, description: 'why it was returned, or what the moderator noted' }) moderationNote!: string | null;
  @ApiProperty({ type: 'integer', description: 'the actions judged' }) actions!: number;
  @ApiProperty({ type: () => JudgementCountsSchema }) byJudgement!: JudgementCounts;
  @ApiProperty({ type: 'integer' }) version!: number;
}

/** The action a judgement is of. */
export class ReviewActionRef {
  @ApiId() id!: string;
  @ApiProperty({ example: '1.2' }) reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) priorityNumber!: number;
}

export class ReviewJudgement {
  @ApiProperty({ type: () => ReviewActionRef }) action!: ReviewActionRef;
  @ApiProperty({ enum: CRITICAL_REVIEW_JUDGEMENTS, enumName: 'ImpactStatus' }) judgement!: CriticalReviewJudgement;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: CRITICAL_REVIEW_JUDGEMENTS, enumName: 'ImpactStatus', nullable: true, description: 'its judgement in the previous approved review' })
  previousJudgement!: CriticalReviewJudgement | null;
  @ApiProperty({ enum: JUDGEMENT_CHANGES, enumName: 'JudgementChange' }) change!: JudgementChange;
}

export class PreviousReviewRef {
  @ApiId() id!: string;
  @ApiDate() reviewDate!: string;
  @ApiProperty() title!: string;
}

/** An action the previous approved review judged and this one did not. */
export class NotJudgedAgain {
  @ApiProperty({ type: () => ReviewActionRef }) action!: ReviewActionRef;
  @ApiProperty({ enum: CRITICAL_REVIEW_JUDGEMENTS, enumName: 'ImpactStatus' }) judgement!: CriticalReviewJudgement;
}

export const JudgementChangeCounts = CountsOf<JudgementChange>('JudgementChangeCounts', JUDGEMENT_CHANGES);

/** How the review compares with the previous approved one. */
export class ReviewComparisonResponse {
  @ApiProperty({ type: () => PreviousReviewRef, nullable: true }) previousReview!: PreviousReviewRef | null;
  @ApiProperty({ type: () => JudgementChangeCounts }) counts!: Record<JudgementChange, number>;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'the actions judged further on than before' }) movedForward!: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'the actions judged further back than before' }) slippedBack!: string[];
  @ApiProperty({ type: () => NotJudgedAgain, isArray: true }) notJudgedAgain!: NotJudgedAgain[];
}

/** A review with its judgements, in the plan's order, and how they compare with the previous approved review. */
export class CriticalReviewDetailResponse extends CriticalReviewResponse {
  @ApiProperty({ type: () => ReviewJudgement, isArray: true }) judgements!: ReviewJudgement[];
  @ApiProperty({ type: () => ReviewComparisonResponse }) comparison!: ReviewComparisonResponse;
}
