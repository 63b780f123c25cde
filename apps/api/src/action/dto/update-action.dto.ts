import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, IsUUID, IsOptional, Min } from 'class-validator';
import { CreateActionDto } from './create-action.dto';

export class UpdateActionDto extends PartialType(OmitType(CreateActionDto, ['priorityAreaId'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsInt({ message: 'version must be the whole number the record was read at' }) @Min(1)
  version!: number;

  @IsOptional() @IsUUID()
  priorityAreaId?: string;
}

export class ArchiveDto {
  @ApiProperty()
  @IsInt({ message: 'version must be the whole number the record was read at' }) @Min(1)
  version!: number;
}
