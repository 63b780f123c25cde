import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';

export const AUDITED_ENTITY_TYPES = [
  'plan', 'priority_area', 'action', 'milestone', 'organisation', 'person', 'evidence', 'measure', 'measure_value', 'user', 'session',
  'reporting_period', 'status_update',
  'governance_body', 'meeting', 'decision', 'pack', 'import', 'notification_preference', 'critical_review',
  'case_audit', 'public_summary',
] as const;

export class AuditQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: AUDITED_ENTITY_TYPES })
  @IsOptional() @IsIn(AUDITED_ENTITY_TYPES)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  planId?: string;
}
