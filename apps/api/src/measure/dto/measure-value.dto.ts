import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COMMENT_MAX } from '@send/domain';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';
import { IsMeasureFigure } from './measure-figure';

export class CreateMeasureValueDto {
  @ApiProperty({ example: '2024-12-20', description: 'The last day of the period the value covers' })
  @IsIsoDate()
  periodEnd!: string;

  @ApiProperty({ example: 968 })
  @IsMeasureFigure('value')
  value!: number;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(COMMENT_MAX)
  note?: string;

  @ApiPropertyOptional({ default: false, description: 'An illustrative figure rather than a reported one' })
  @IsOptional() @IsBoolean({ message: 'illustrative must be true or false' })
  illustrative?: boolean;
}

export class UpdateMeasureValueDto extends PartialType(CreateMeasureValueDto) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;
}
