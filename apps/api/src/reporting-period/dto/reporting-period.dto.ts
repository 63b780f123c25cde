import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TITLE_MAX } from '@send/domain';
import { IsEmpty, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

const BOARD_DATE_IS_THE_MEETINGS =
  "boardDate is the date of the period's meeting: move the meeting (PATCH /api/meetings/:id), or choose another meeting (meetingId)";

export class CreateReportingPeriodDto {
  @ApiProperty({ format: 'uuid', description: "The meeting of the plan's Improvement Board the period reports to; its date is the board date" })
  @IsUUID('all', { message: 'meetingId must be the id of a meeting of the Improvement Board' })
  meetingId!: string;

  @ApiPropertyOptional({ example: 'Board 5 February 2025', description: 'Defaults to "Board <board date>"' })
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ example: '2025-01-09', description: "Defaults to the day after the previous period's board" })
  @IsOptional() @IsIsoDate() opensOn?: string;

  @ApiPropertyOptional({ example: '2025-01-28', description: "Defaults to the day before the meeting's pack cut-off, the latest it may be" })
  @IsOptional() @IsIsoDate() updateDeadline?: string;

  @ApiHideProperty()
  @IsEmpty({ message: BOARD_DATE_IS_THE_MEETINGS })
  boardDate?: never;
}

export class UpdateReportingPeriodDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Report to another meeting of the Improvement Board' })
  @IsOptional() @IsUUID('all', { message: 'meetingId must be the id of a meeting of the Improvement Board' })
  meetingId?: string;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional() @IsOptional() @IsIsoDate() opensOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsIsoDate() updateDeadline?: string;

  @ApiHideProperty()
  @IsEmpty({ message: BOARD_DATE_IS_THE_MEETINGS })
  boardDate?: never;
}
