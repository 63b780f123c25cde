import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMENT_MAX,
  DESCRIPTION_MAX,
  MEASURE_FREQUENCIES,
  MEASURE_SOURCE_KINDS,
  MeasureSourceKind,
  MEASURE_UNITS,
  MeasureFrequency,
  MeasureUnit,
  POLARITIES,
  Polarity,
  TITLE_MAX,
} from '@send/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate, Trim } from '../../common/validators';
import { IsMeasureFigure } from './measure-figure';

export const SOURCE_MAX = 500;

export class CreateMeasureDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The priority area the measure belongs to' })
  @IsOptional() @IsUUID()
  priorityAreaId?: string | null;

  @ApiProperty({ example: 'Suspensions of pupils on SEN Support' })
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @ApiProperty({ enum: MEASURE_UNITS })
  @IsIn(MEASURE_UNITS, { message: `unit must be one of: ${MEASURE_UNITS.join(', ')}` })
  unit!: MeasureUnit;

  @ApiProperty({ enum: POLARITIES })
  @IsIn(POLARITIES, { message: `polarity must be one of: ${POLARITIES.join(', ')}` })
  polarity!: Polarity;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional() @IsMeasureFigure('baselineValue')
  baselineValue?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2023-12-20' })
  @IsOptional() @IsIsoDate()
  baselineDate?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional() @IsMeasureFigure('targetValue')
  targetValue?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-12-19' })
  @IsOptional() @IsIsoDate()
  targetDate?: string | null;

  @ApiPropertyOptional({ default: 0, description: 'Width of the amber band, in the measure\'s own units' })
  @IsOptional() @IsMeasureFigure('tolerance')
  tolerance?: number;

  @ApiPropertyOptional({ description: 'Where the figures come from' })
  @IsOptional() @Trim() @IsString() @MaxLength(SOURCE_MAX)
  source?: string;

  @ApiPropertyOptional({ enum: MEASURE_SOURCE_KINDS, default: 'records', description: 'records, or survey: a survey\'s values carry their number of respondents (cohortSize)' })
  @IsOptional() @IsIn(MEASURE_SOURCE_KINDS, { message: `sourceKind must be one of: ${MEASURE_SOURCE_KINDS.join(', ')}` })
  sourceKind?: MeasureSourceKind;

  @ApiPropertyOptional({ enum: MEASURE_FREQUENCIES, nullable: true })
  @IsOptional() @IsIn(MEASURE_FREQUENCIES, { message: `frequency must be one of: ${MEASURE_FREQUENCIES.join(', ')}` })
  frequency?: MeasureFrequency | null;

  @ApiPropertyOptional({ default: false, description: 'The measure\'s figures are illustrative rather than reported' })
  @IsOptional() @IsBoolean({ message: 'illustrative must be true or false' })
  illustrative?: boolean;

  @ApiPropertyOptional({ description: 'What is illustrative and why' })
  @IsOptional() @Trim() @IsString() @MaxLength(COMMENT_MAX)
  illustrativeNote?: string;

  @ApiPropertyOptional({ type: [String], description: 'The actions whose impact this measure evidences (same plan)' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true })
  actionIds?: string[];
}
