import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CRITICAL_REVIEW_JUDGEMENTS, DESCRIPTION_MAX, REVIEW_NOTE_MAX, TITLE_MAX, type CriticalReviewJudgement } from '@send/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

/** A review judges at most this many actions at once (a plan has tens). */
export const JUDGEMENTS_MAX = 500;
const JUDGEMENT_MESSAGE = `judgement must be one of: ${CRITICAL_REVIEW_JUDGEMENTS.join(', ')}`;

export class CreateCriticalReviewDto {
  @ApiProperty({ example: '2025-01-09', description: 'The day of the review' })
  @IsIsoDate()
  reviewDate!: string;

  @ApiProperty({ example: 'Critical review workshop, January 2025' })
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ example: 'DfE SEND adviser; Head of SEND, Telford and Wrekin', description: 'Who facilitated it, in words' })
  @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX)
  facilitators?: string;

  @ApiPropertyOptional({ description: 'Where the findings come from' })
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  sourceNote?: string;
}

export class UpdateCriticalReviewDto {
  @ApiProperty({ description: 'The version the review was read at; a stale version is refused with 409' })
  @IsRecordVersion('review')
  version!: number;

  @ApiPropertyOptional({ example: '2025-01-09' }) @IsOptional() @IsIsoDate() reviewDate?: string;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX) facilitators?: string;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX) sourceNote?: string;
}

export class JudgementDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'actionId must be the id of an action in the plan' })
  actionId!: string;

  @ApiProperty({ enum: CRITICAL_REVIEW_JUDGEMENTS })
  @IsIn(CRITICAL_REVIEW_JUDGEMENTS, { message: JUDGEMENT_MESSAGE })
  judgement!: CriticalReviewJudgement;

  @ApiPropertyOptional({ description: 'Why: what the review heard or saw' })
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  reason?: string;
}

/** The review's judgements, all at once: actions left out are no longer judged by this review. */
export class PutJudgementsDto {
  @ApiProperty({ description: 'The version the review was read at; a stale version is refused with 409' })
  @IsRecordVersion('review')
  version!: number;

  @ApiProperty({ type: [JudgementDto] })
  @IsArray() @ArrayMaxSize(JUDGEMENTS_MAX) @ValidateNested({ each: true }) @Type(() => JudgementDto)
  judgements!: JudgementDto[];
}

export class ReviewVersionDto {
  @ApiProperty({ description: 'The version the review was read at; a stale version is refused with 409' })
  @IsRecordVersion('review')
  version!: number;
}

export class ModerateCriticalReviewDto extends ReviewVersionDto {
  @ApiPropertyOptional({ description: 'Required to return a review: what to change' })
  @IsOptional() @IsString() @MaxLength(REVIEW_NOTE_MAX)
  note?: string;
}
