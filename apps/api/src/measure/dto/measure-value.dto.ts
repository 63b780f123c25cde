import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COHORT_SIZE_MAX, COMMENT_MAX } from '@send/domain';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';
import { IsMeasureFigure } from './measure-figure';

const COHORT_MESSAGE = `cohortSize must be a whole number from 1 to ${COHORT_SIZE_MAX}`;

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

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: COHORT_SIZE_MAX, example: 40, description: 'How many people the figure stands for: a survey\'s respondents' })
  @IsOptional()
  @IsInt({ message: COHORT_MESSAGE }) @Min(1, { message: COHORT_MESSAGE }) @Max(COHORT_SIZE_MAX, { message: COHORT_MESSAGE })
  cohortSize?: number | null;

  @ApiPropertyOptional({ default: false, description: 'An illustrative figure rather than a reported one' })
  @IsOptional() @IsBoolean({ message: 'illustrative must be true or false' })
  illustrative?: boolean;
}

export class UpdateMeasureValueDto extends PartialType(CreateMeasureValueDto) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;
}
