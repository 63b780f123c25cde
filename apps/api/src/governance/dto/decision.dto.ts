import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECISION_KINDS, DECISION_STATUSES, DECISION_TEXT_MAX, type DecisionKind, type DecisionStatus } from '@send/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

const KIND_MESSAGE = `kind must be one of: ${DECISION_KINDS.join(', ')}`;
const STATUS_MESSAGE = `status must be one of: ${DECISION_STATUSES.join(', ')}`;

export class DecisionQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ enum: DECISION_STATUSES }) @IsOptional() @IsIn(DECISION_STATUSES, { message: STATUS_MESSAGE }) status?: DecisionStatus;
  @ApiPropertyOptional({ enum: DECISION_KINDS }) @IsOptional() @IsIn(DECISION_KINDS, { message: KIND_MESSAGE }) kind?: DecisionKind;
  @ApiPropertyOptional({ format: 'uuid', description: 'governance body of the meeting' }) @IsOptional() @IsUUID() bodyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'owner person' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ example: '2025-01-29', description: 'As the decisions stood at the end of this day: those recorded by then, open or closed as they were' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}

export class CreateDecisionDto {
  @ApiProperty({ enum: DECISION_KINDS })
  @IsIn(DECISION_KINDS, { message: KIND_MESSAGE })
  kind!: DecisionKind;

  @ApiProperty()
  @Trim() @IsString() @IsNotEmpty({ message: 'text must not be empty' }) @MaxLength(DECISION_TEXT_MAX)
  text!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the action it is about' })
  @IsOptional() @IsUUID()
  actionId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional() @IsUUID()
  ownerPersonId?: string | null;

  @ApiPropertyOptional({ type: String, example: '2025-03-19', nullable: true })
  @IsOptional() @IsIsoDate()
  dueDate?: string | null;
}

export class UpdateDecisionDto {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ enum: DECISION_KINDS }) @IsOptional() @IsIn(DECISION_KINDS, { message: KIND_MESSAGE }) kind?: DecisionKind;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'text must not be empty' }) @MaxLength(DECISION_TEXT_MAX)
  text?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional() @IsUUID()
  actionId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional() @IsUUID()
  ownerPersonId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional() @IsIsoDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: DECISION_STATUSES, description: 'closed needs closingNote; closedOn defaults to today. open clears both.' })
  @IsOptional() @IsIn(DECISION_STATUSES, { message: STATUS_MESSAGE })
  status?: DecisionStatus;

  @ApiPropertyOptional({ description: 'how it was resolved' })
  @IsOptional() @Trim() @IsString() @MaxLength(DECISION_TEXT_MAX)
  closingNote?: string;

  @ApiPropertyOptional({ example: '2025-03-19' })
  @IsOptional() @IsIsoDate()
  closedOn?: string;
}
