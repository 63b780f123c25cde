import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COHORT_SIZE_MAX, VOICE_KINDS, VOICE_OF, VOICE_RESPONSE_STATUSES, VOICE_RESPONSE_TEXT_MAX, VOICE_SOURCE_TITLE_MAX, VOICE_SOURCES, VOICE_WORDS_MAX,
  type VoiceKind, type VoiceOf, type VoiceResponseStatus, type VoiceSource,
} from '@send/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsIsoDate, IsRecordVersion, QueryBoolean, Trim } from '../../common/validators';

const SOURCE_MESSAGE = `source must be one of: ${VOICE_SOURCES.join(', ')}`;
const VOICE_OF_MESSAGE = `voiceOf must be one of: ${VOICE_OF.join(', ')}`;
const KIND_MESSAGE = `kind must be one of: ${VOICE_KINDS.join(', ')}`;
const STATUS_MESSAGE = `status must be one of: ${VOICE_RESPONSE_STATUSES.join(', ')}`;
const COHORT_MESSAGE = `cohortSize must be a whole number from 1 to ${COHORT_SIZE_MAX}`;
/** Links an item may carry: far more than any finding concerns. */
export const VOICE_LINKS_MAX = 100;

const IsCohortSize = () => (target: object, property: string) => {
  IsInt({ message: COHORT_MESSAGE })(target, property);
  Min(1, { message: COHORT_MESSAGE })(target, property);
  Max(COHORT_SIZE_MAX, { message: COHORT_MESSAGE })(target, property);
};

const IsIdList = (what: string) => (target: object, property: string) => {
  IsArray({ message: `${property} must be a list of ${what} ids` })(target, property);
  ArrayMaxSize(VOICE_LINKS_MAX)(target, property);
  IsUUID('all', { each: true, message: `${property} must be a list of ${what} ids` })(target, property);
};

export class VoiceQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'true: only concerns and recommendations with no response yet' })
  @IsOptional() @QueryBoolean() @IsBoolean({ message: 'unanswered must be true or false' })
  unanswered?: boolean;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() priorityAreaId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actionId?: string;
  @ApiPropertyOptional({ enum: VOICE_SOURCES }) @IsOptional() @IsIn(VOICE_SOURCES, { message: SOURCE_MESSAGE }) source?: VoiceSource;
  @ApiPropertyOptional({ enum: VOICE_KINDS }) @IsOptional() @IsIn(VOICE_KINDS, { message: KIND_MESSAGE }) kind?: VoiceKind;
  @ApiPropertyOptional({ enum: VOICE_OF }) @IsOptional() @IsIn(VOICE_OF, { message: VOICE_OF_MESSAGE }) voiceOf?: VoiceOf;
}

export class CreateVoiceItemDto {
  @ApiProperty({ enum: VOICE_SOURCES }) @IsIn(VOICE_SOURCES, { message: SOURCE_MESSAGE }) source!: VoiceSource;
  @ApiProperty({ enum: VOICE_OF, description: 'whose voice it is' }) @IsIn(VOICE_OF, { message: VOICE_OF_MESSAGE }) voiceOf!: VoiceOf;
  @ApiProperty({ example: '2025-01-15', description: 'the day it was heard' }) @IsIsoDate() heardOn!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: COHORT_SIZE_MAX, description: 'how many people the words stand for (respondents)' })
  @IsOptional() @IsCohortSize()
  cohortSize?: number | null;

  @ApiProperty({ enum: VOICE_KINDS }) @IsIn(VOICE_KINDS, { message: KIND_MESSAGE }) kind!: VoiceKind;

  @ApiProperty({ description: 'a quote or a finding', maxLength: VOICE_WORDS_MAX })
  @Trim() @IsString() @IsNotEmpty({ message: 'words must not be empty' }) @MaxLength(VOICE_WORDS_MAX)
  words!: string;

  @ApiPropertyOptional({ example: 'Plymouth Parent Carer Voice survey 2024', maxLength: VOICE_SOURCE_TITLE_MAX })
  @IsOptional() @Trim() @IsString() @MaxLength(VOICE_SOURCE_TITLE_MAX)
  sourceTitle?: string;

  @ApiPropertyOptional({ description: 'made up for a demonstration, not heard from anyone' })
  @IsOptional() @IsBoolean()
  illustrative?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'priority areas of the same plan' })
  @IsOptional() @IsIdList('priority area')
  priorityAreaIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'actions of the same plan' })
  @IsOptional() @IsIdList('action')
  actionIds?: string[];
}

export class UpdateVoiceItemDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ enum: VOICE_SOURCES }) @IsOptional() @IsIn(VOICE_SOURCES, { message: SOURCE_MESSAGE }) source?: VoiceSource;
  @ApiPropertyOptional({ enum: VOICE_OF }) @IsOptional() @IsIn(VOICE_OF, { message: VOICE_OF_MESSAGE }) voiceOf?: VoiceOf;
  @ApiPropertyOptional({ example: '2025-01-15' }) @IsOptional() @IsIsoDate() heardOn?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: COHORT_SIZE_MAX })
  @IsOptional() @IsCohortSize()
  cohortSize?: number | null;

  @ApiPropertyOptional({ enum: VOICE_KINDS }) @IsOptional() @IsIn(VOICE_KINDS, { message: KIND_MESSAGE }) kind?: VoiceKind;

  @ApiPropertyOptional({ maxLength: VOICE_WORDS_MAX })
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'words must not be empty' }) @MaxLength(VOICE_WORDS_MAX)
  words?: string;

  @ApiPropertyOptional({ maxLength: VOICE_SOURCE_TITLE_MAX })
  @IsOptional() @Trim() @IsString() @MaxLength(VOICE_SOURCE_TITLE_MAX)
  sourceTitle?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() illustrative?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'replaces the linked priority areas' })
  @IsOptional() @IsIdList('priority area')
  priorityAreaIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'replaces the linked actions' })
  @IsOptional() @IsIdList('action')
  actionIds?: string[];
}

export class PutVoiceResponseDto {
  @ApiPropertyOptional({ description: "The response's version when changing one; leave out when giving the first response. A stale version is refused with 409" })
  @IsOptional() @IsRecordVersion('response')
  version?: number;

  @ApiProperty({ description: 'what changed, or will', maxLength: VOICE_RESPONSE_TEXT_MAX })
  @Trim() @IsString() @IsNotEmpty({ message: 'whatChanged must not be empty' }) @MaxLength(VOICE_RESPONSE_TEXT_MAX)
  whatChanged!: string;

  @ApiProperty({ example: '2025-03-01', description: 'the day the response was given' }) @IsIsoDate() respondedOn!: string;

  @ApiProperty({ enum: VOICE_RESPONSE_STATUSES }) @IsIn(VOICE_RESPONSE_STATUSES, { message: STATUS_MESSAGE }) status!: VoiceResponseStatus;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'the actions it was done through: actions of the same plan' })
  @IsOptional() @IsIdList('action')
  actionIds?: string[];
}
