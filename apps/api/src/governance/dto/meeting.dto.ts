import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GOVERNANCE_BODY_KINDS, type GovernanceBodyKind, TITLE_MAX } from '@send/domain';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

/** An instant with an offset (2025-02-05T17:00:00Z, ...+01:00), or a time without one, read as England time. */
export const CUT_OFF_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/;
const CUT_OFF_MESSAGE = 'cutOffAt must be a date and time like 2025-02-05T17:00 (England time) or 2025-02-05T17:00:00Z';

export class GovernanceBodyQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
}

export class CreateGovernanceBodyDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;

  @ApiProperty({ example: 'SEND Improvement Board' })
  @Trim() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(TITLE_MAX)
  name!: string;

  @ApiPropertyOptional({ example: 'send-improvement-board', description: "unique in the plan; defaults to one made from the name" })
  @IsOptional() @Trim() @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be lower-case words joined by hyphens' }) @MaxLength(80)
  key?: string;

  @ApiProperty({ enum: GOVERNANCE_BODY_KINDS })
  @IsIn(GOVERNANCE_BODY_KINDS, { message: `kind must be one of: ${GOVERNANCE_BODY_KINDS.join(', ')}` })
  kind!: GovernanceBodyKind;

  @ApiPropertyOptional({ example: 'Independent Chair' }) @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX) chair?: string;
  @ApiPropertyOptional({ example: 'every six weeks' }) @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX) cadence?: string;
}

export class MeetingQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'governance body' }) @IsOptional() @IsUUID() bodyId?: string;
  @ApiPropertyOptional({ example: '2025-01-01', description: 'meetings on or after this day' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2025-12-31', description: 'meetings on or before this day' }) @IsOptional() @IsIsoDate() to?: string;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc', description: 'by meeting date' })
  @IsOptional() @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';
}

export class CreateMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'the governance body that meets' })
  @IsUUID()
  bodyId!: string;

  @ApiProperty({ example: '2025-02-12' })
  @IsIsoDate()
  meetingDate!: string;

  @ApiPropertyOptional({ example: '2025-02-05T17:00', description: 'defaults to 17:00 (England) seven days before the meeting' })
  @IsOptional() @IsString() @Matches(CUT_OFF_PATTERN, { message: CUT_OFF_MESSAGE })
  cutOffAt?: string;

  @ApiPropertyOptional({ description: "defaults to the body's name" })
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ type: [String], description: 'priority areas in scope; leave out or empty for all' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  priorityAreaIds?: string[];

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX)
  location?: string;
}

export class UpdateMeetingDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() bodyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDate() meetingDate?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @Matches(CUT_OFF_PATTERN, { message: CUT_OFF_MESSAGE })
  cutOffAt?: string;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  priorityAreaIds?: string[];

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX)
  location?: string;
}
