import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class MeasureQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the measures of this priority area' })
  @IsOptional() @IsUUID()
  priorityId?: string;
}
