import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_STATUSES, DeliveryStatus, DESCRIPTION_MAX, IMPACT_STATUSES, ImpactStatus, TITLE_MAX } from '@send/domain';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsIsoDate, Trim } from '../../common/validators';

export const REFERENCE_PATTERN = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

export class CreateActionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  priorityAreaId!: string;

  @ApiProperty({ example: '3.4' })
  @Trim() @IsString() @Matches(REFERENCE_PATTERN, { message: 'reference must look like 3.4 (numbers or letters separated by dots)' }) @MaxLength(20)
  reference!: string;

  @ApiProperty()
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  ownerOrganisationId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional() @IsUUID()
  ownerPersonId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  partnerOrganisationIds?: string[];

  @ApiPropertyOptional({ type: String, example: '2025-01-31', nullable: true })
  @IsOptional() @IsIsoDate()
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, example: '2025-09-30', nullable: true })
  @IsOptional() @IsIsoDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional() @IsIn(DELIVERY_STATUSES, { message: `deliveryStatus must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  deliveryStatus?: DeliveryStatus;

  @ApiPropertyOptional({ enum: IMPACT_STATUSES })
  @IsOptional() @IsIn(IMPACT_STATUSES, { message: `impactStatus must be one of: ${IMPACT_STATUSES.join(', ')}` })
  impactStatus?: ImpactStatus;
}
