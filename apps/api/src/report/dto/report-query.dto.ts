import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../../common/validators';

export class ReportQueryDto {
  @ApiPropertyOptional({ example: '2025-01-31', description: 'The plan as it stood at the end of this day (England); today when left out' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}
