import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_STATES, AUDIT_THEMES, type AuditState, type AuditTheme, EXPECTATION_RATINGS, type ExpectationRating, SCHOOL_PHASES, type SchoolPhase,
} from '@send/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

export const SCHOOL_NAME_MAX = 200;
export const REVIEW_TEXT_MAX = 5000;
export const REVIEW_ITEMS_MAX = 500;
const PHASE_MESSAGE = `phase must be one of: ${SCHOOL_PHASES.join(', ')}`;
const RATING_MESSAGE = `rating must be one of: ${EXPECTATION_RATINGS.join(', ')}`;
const THEME_MESSAGE = `theme must be one of: ${AUDIT_THEMES.join(', ')}`;

export class CreateSchoolDto {
  @ApiProperty() @Trim() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(SCHOOL_NAME_MAX)
  name!: string;

  @ApiProperty({ enum: SCHOOL_PHASES }) @IsIn(SCHOOL_PHASES, { message: PHASE_MESSAGE })
  phase!: SchoolPhase;

  @ApiProperty({ example: '113456', description: "The DfE's unique reference number: six digits" })
  @Trim() @IsString() @Matches(/^[0-9]{6}$/, { message: 'urn must be six digits' })
  urn!: string;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_NAME_MAX)
  sencoName?: string | null;
}

export class UpdateSchoolDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' }) @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(SCHOOL_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ enum: SCHOOL_PHASES }) @IsOptional() @IsIn(SCHOOL_PHASES, { message: PHASE_MESSAGE })
  phase?: SchoolPhase;

  @ApiPropertyOptional({ example: '113456' }) @IsOptional() @Trim() @IsString() @Matches(/^[0-9]{6}$/, { message: 'urn must be six digits' })
  urn?: string;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_NAME_MAX)
  sencoName?: string | null;
}

export class CreateSelfReviewDto {
  @ApiPropertyOptional({ example: 2026, description: 'The academic year by the year it starts in (2026 is 2026/27); this year if left out' })
  @IsOptional() @IsInt({ message: 'academicYear must be a whole number' }) @Min(2000) @Max(2100)
  academicYear?: number;
}

export class SelfReviewRatingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'statementId must be a statement id' })
  statementId!: string;

  @ApiProperty({ enum: EXPECTATION_RATINGS, nullable: true, description: 'null clears the rating' })
  @ValidateIf((_, v) => v !== null) @IsIn(EXPECTATION_RATINGS, { message: RATING_MESSAGE })
  rating!: ExpectationRating | null;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(REVIEW_TEXT_MAX)
  notes?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Where the evidence is: documents, links' })
  @IsOptional() @IsString() @MaxLength(REVIEW_TEXT_MAX)
  evidence?: string | null;
}

export class UpdateSelfReviewDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' }) @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(REVIEW_TEXT_MAX)
  summary?: string | null;

  @ApiPropertyOptional({ type: [SelfReviewRatingDto], description: 'Ratings to set; statements not named keep theirs' })
  @IsOptional() @IsArray() @ArrayMaxSize(REVIEW_ITEMS_MAX) @ValidateNested({ each: true }) @Type(() => SelfReviewRatingDto)
  ratings?: SelfReviewRatingDto[];
}

export class VersionDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' }) @IsRecordVersion()
  version!: number;
}

export class CreateAuditDto {
  @ApiProperty({ example: '2026-11-18' }) @IsIsoDate()
  visitDate!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(SCHOOL_NAME_MAX, { each: true })
  auditors?: string[];
}

export class AuditPointDto {
  @ApiProperty({ enum: AUDIT_THEMES }) @IsIn(AUDIT_THEMES, { message: THEME_MESSAGE })
  theme!: AuditTheme;

  @ApiProperty() @Trim() @IsString() @IsNotEmpty({ message: 'text must not be empty' }) @MaxLength(REVIEW_TEXT_MAX)
  text!: string;
}

export class AuditRatingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'statementId must be a statement id' })
  statementId!: string;

  @ApiProperty({ enum: EXPECTATION_RATINGS, nullable: true, description: 'null clears the rating' })
  @ValidateIf((_, v) => v !== null) @IsIn(EXPECTATION_RATINGS, { message: RATING_MESSAGE })
  rating!: ExpectationRating | null;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(REVIEW_TEXT_MAX)
  note?: string | null;
}

export class UpdateAuditDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' }) @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ example: '2026-11-18' }) @IsOptional() @IsIsoDate()
  visitDate?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(SCHOOL_NAME_MAX, { each: true })
  auditors?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(REVIEW_TEXT_MAX, { each: true })
  strengths?: string[];

  @ApiPropertyOptional({ type: [AuditPointDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AuditPointDto)
  findings?: AuditPointDto[];

  @ApiPropertyOptional({ type: [AuditPointDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AuditPointDto)
  nextSteps?: AuditPointDto[];

  @ApiPropertyOptional({ type: [AuditRatingDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(REVIEW_ITEMS_MAX) @ValidateNested({ each: true }) @Type(() => AuditRatingDto)
  ratings?: AuditRatingDto[];

  @ApiPropertyOptional({ enum: AUDIT_STATES, description: 'published: the school sees it' })
  @IsOptional() @IsIn(AUDIT_STATES, { message: `state must be one of: ${AUDIT_STATES.join(', ')}` })
  state?: AuditState;
}

export class SchoolYearQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'The academic year by the year it starts in (2026 is 2026/27); this year if left out' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'year must be a whole number' }) @Min(2000) @Max(2100)
  year?: number;
}
