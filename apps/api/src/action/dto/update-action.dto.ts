import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { COMMENT_MAX } from '@send/domain';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRecordVersion, Trim } from '../../common/validators';
import { CreateActionDto } from './create-action.dto';

export class UpdateActionDto extends PartialType(OmitType(CreateActionDto, ['priorityAreaId'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @IsOptional() @IsUUID()
  priorityAreaId?: string;

  @ApiPropertyOptional({ description: 'Why the change is made; required when the due date changes. Kept in the action\'s history and shown in packs.' })
  @IsOptional() @Trim() @IsString() @MaxLength(COMMENT_MAX)
  reason?: string;
}

export class ArchiveDto {
  @ApiProperty()
  @IsRecordVersion()
  version!: number;
}
