import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsIsoDate } from '../../common/validators';

export class MeasureQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the measures of this priority area' })
  @IsOptional() @IsUUID()
  priorityId?: string;

  @ApiPropertyOptional({ example: '2025-01-29', description: 'As the measures stood at the end of this day (Europe/London): later values left out, judged on that day' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}

export class MeasureAsAtQueryDto {
  @ApiPropertyOptional({ example: '2025-01-29', description: 'As the measure stood at the end of this day (Europe/London)' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}
