import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_MAX, SELF_EVALUATION_GRADES, type SelfEvaluationGrade } from '@send/domain';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { RECORD_VERSION_MAX, Trim } from '../../common/validators';

/** A section's text: long enough for a SEF's paragraphs, short enough to stay a section. */
export const SECTION_TEXT_MAX = 20_000;
export const SECTION_LINKS_MAX = 100;

const GRADE_MESSAGE = `grade must be one of: ${SELF_EVALUATION_GRADES.join(', ')}, or null`;

export class SaveSelfEvaluationSectionDto {
  @ApiProperty({ description: "The partnership's evaluation in plain words" })
  @Trim() @IsString() @MaxLength(SECTION_TEXT_MAX)
  evaluation!: string;

  @ApiProperty()
  @Trim() @IsString() @MaxLength(SECTION_TEXT_MAX)
  strengths!: string;

  @ApiProperty()
  @Trim() @IsString() @MaxLength(SECTION_TEXT_MAX)
  areasToDevelop!: string;

  @ApiProperty({ enum: SELF_EVALUATION_GRADES, nullable: true, type: String })
  @ValidateIf((_, v) => v !== null) @IsIn(SELF_EVALUATION_GRADES, { message: GRADE_MESSAGE })
  grade!: SelfEvaluationGrade | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(SECTION_LINKS_MAX) @ArrayUnique({ message: 'evidenceIds must not repeat an item' })
  @IsUUID('all', { each: true, message: 'evidenceIds must hold evidence ids' })
  evidenceIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(SECTION_LINKS_MAX) @ArrayUnique({ message: 'measureIds must not repeat a measure' })
  @IsUUID('all', { each: true, message: 'measureIds must hold measure ids' })
  measureIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "The inspection's findings this criterion's evaluation speaks to" })
  @IsOptional() @IsArray() @ArrayMaxSize(SECTION_LINKS_MAX) @ArrayUnique({ message: 'findingIds must not repeat a finding' })
  @IsUUID('all', { each: true, message: 'findingIds must hold finding ids' })
  findingIds?: string[];

  @ApiProperty({ description: 'The version the section was read at: 0 for a section not yet written' })
  @IsInt({ message: 'version must be the whole number the section was read at' }) @Min(0)
  @Max(RECORD_VERSION_MAX, { message: 'version must be the whole number the section was read at' })
  version!: number;
}

export class AddSelfEvaluationCommentDto {
  @ApiProperty()
  @Trim() @IsString() @IsNotEmpty({ message: 'text must not be empty' }) @MaxLength(COMMENT_MAX)
  text!: string;
}

export class SelfEvaluationHistoryQueryDto {
  @ApiPropertyOptional({ description: 'One criterion only' })
  @IsOptional() @IsString() @MaxLength(100)
  criterionKey?: string;
}
