import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  DELIVERY_STATUSES,
  DeliveryStatus,
  IMPACT_STATUSES,
  ImpactStatus,
  NARRATIVE_MAX,
  NEXT_STEPS_MAX,
  RISKS_MAX,
  COMMENT_MAX,
  UPDATE_STATES,
  UpdateState,
} from '@send/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsRecordVersion } from '../../common/validators';

export const EVIDENCE_LINKS_MAX = 50;

export class CreateStatusUpdateDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The reporting period; defaults to the plan\'s current period' })
  @IsOptional() @IsUUID()
  periodId?: string;

  @ApiPropertyOptional({ description: 'Progress this period. Required before the update is submitted.', maxLength: NARRATIVE_MAX })
  @IsOptional() @IsString() @MaxLength(NARRATIVE_MAX)
  narrative?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'Defaults to the action\'s official delivery status' })
  @IsOptional() @IsIn(DELIVERY_STATUSES, { message: `proposedDeliveryStatus must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  proposedDeliveryStatus?: DeliveryStatus;

  @ApiPropertyOptional({ enum: IMPACT_STATUSES, description: 'Defaults to the action\'s official impact status' })
  @IsOptional() @IsIn(IMPACT_STATUSES, { message: `proposedImpactStatus must be one of: ${IMPACT_STATUSES.join(', ')}` })
  proposedImpactStatus?: ImpactStatus;

  @ApiPropertyOptional({ maxLength: NEXT_STEPS_MAX })
  @IsOptional() @IsString() @MaxLength(NEXT_STEPS_MAX)
  nextSteps?: string;

  @ApiPropertyOptional({ description: 'Risks and blockers', maxLength: RISKS_MAX })
  @IsOptional() @IsString() @MaxLength(RISKS_MAX)
  risks?: string;

  @ApiPropertyOptional({ type: [String], description: 'Ids of this action\'s evidence items that support the update' })
  @IsOptional() @IsArray() @ArrayMaxSize(EVIDENCE_LINKS_MAX) @IsUUID('all', { each: true, message: 'evidenceIds must hold evidence ids' })
  evidenceIds?: string[];

  @ApiPropertyOptional({ description: 'When saving over an existing draft of the same period: the version it was read at' })
  @IsOptional() @IsRecordVersion()
  version?: number;
}

export class EditStatusUpdateDto extends PartialType(OmitType(CreateStatusUpdateDto, ['periodId', 'version'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;
}

/** Submitting, approving and returning decide on what was read: the version it was read at is required. */
export class SubmitStatusUpdateDto {
  @ApiProperty({ description: 'The version the update was read at; a stale version is refused with 409' })
  @IsRecordVersion('update')
  version!: number;
}

export class ApproveStatusUpdateDto extends SubmitStatusUpdateDto {
  @ApiPropertyOptional({ description: 'An optional note from the moderator', maxLength: COMMENT_MAX })
  @IsOptional() @IsString() @MaxLength(COMMENT_MAX)
  comment?: string;
}

export class ReturnStatusUpdateDto extends SubmitStatusUpdateDto {
  @ApiProperty({ description: 'Why the update is returned: what the owner should change' })
  @IsOptional() @IsString()
  comment?: string;
}

export class StatusUpdateQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() periodId?: string;

  @ApiPropertyOptional({ enum: UPDATE_STATES })
  @IsOptional() @IsIn(UPDATE_STATES, { message: `state must be one of: ${UPDATE_STATES.join(', ')}` })
  state?: UpdateState;
}
