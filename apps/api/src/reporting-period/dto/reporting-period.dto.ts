import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { TITLE_MAX } from '@send/domain';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

export class CreateReportingPeriodDto {
  @ApiPropertyOptional({ example: 'Board 12 February 2025', description: 'Defaults to "Board <board date>"' })
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiProperty({ example: '2024-12-19' }) @IsIsoDate() opensOn!: string;
  @ApiProperty({ example: '2025-01-29' }) @IsIsoDate() updateDeadline!: string;
  @ApiProperty({ example: '2025-02-12' }) @IsIsoDate() boardDate!: string;
}

export class UpdateReportingPeriodDto extends PartialType(CreateReportingPeriodDto) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;
}
