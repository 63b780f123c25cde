import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsRecordVersion } from '../../common/validators';
import { CreateEvidenceDto } from './create-evidence.dto';

/** Changes to an evidence item's description. Its file cannot be replaced: add a new item and archive this one. */
export class UpdateEvidenceDto extends PartialType(CreateEvidenceDto) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;
}

export class ArchiveEvidenceDto {
  @ApiProperty()
  @IsRecordVersion()
  version!: number;
}
