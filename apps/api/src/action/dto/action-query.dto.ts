import { ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_STATUSES, DeliveryStatus, IMPACT_STATUSES, ImpactStatus } from '@send/domain';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsIsoDate, QueryBoolean, Trim } from '../../common/validators';

export class ActionQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() priorityId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'owner person' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'owner organisation' }) @IsOptional() @IsUUID() organisationId?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional() @IsIn(DELIVERY_STATUSES, { message: `deliveryStatus must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  deliveryStatus?: DeliveryStatus;

  @ApiPropertyOptional({ enum: IMPACT_STATUSES })
  @IsOptional() @IsIn(IMPACT_STATUSES, { message: `impactStatus must be one of: ${IMPACT_STATUSES.join(', ')}` })
  impactStatus?: ImpactStatus;

  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean({ message: 'overdue must be true or false' }) overdue?: boolean;

  @ApiPropertyOptional({ description: 'Searches reference, title and description' })
  @IsOptional() @Trim() @IsString() @MaxLength(200) q?: string;

  @ApiPropertyOptional({ description: 'Include archived actions' })
  @IsOptional() @QueryBoolean() @IsBoolean({ message: 'includeArchived must be true or false' }) includeArchived?: boolean;

  @ApiPropertyOptional({ example: '2025-01-09', description: 'Statuses (and the filters on them) as they stood at the end of this day (Europe/London); actions that did not exist yet are left out' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}
