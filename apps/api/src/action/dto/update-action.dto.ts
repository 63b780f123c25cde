import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsUUID, IsOptional } from 'class-validator';
import { IsRecordVersion } from '../../common/validators';
import { CreateActionDto } from './create-action.dto';

export class UpdateActionDto extends PartialType(OmitType(CreateActionDto, ['priorityAreaId'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @IsOptional() @IsUUID()
  priorityAreaId?: string;
}

export class ArchiveDto {
  @ApiProperty()
  @IsRecordVersion()
  version!: number;
}
