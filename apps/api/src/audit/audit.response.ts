import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiId } from '../common/api-response';

/** Who did something: their account (null for the system or a deleted account) and how they are shown. */
export class AuditActor {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty({ example: 'Head of SEND' }) label!: string;
}

/** One event in the audit trail: what changed, who changed it and when, with the record before and after. */
export class AuditEventResponse {
  @ApiId() id!: string;
  @ApiDateTime() occurredAt!: string;
  @ApiProperty({ type: () => AuditActor }) actor!: AuditActor;
  @ApiId({ nullable: true }) planId!: string | null;
  @ApiProperty({ example: 'action' }) entityType!: string;
  @ApiId({ nullable: true }) entityId!: string | null;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<string, unknown> | null;
}
