import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsRecordVersion } from '../../common/validators';
import { CreateMeasureDto } from './create-measure.dto';

export class UpdateMeasureDto extends PartialType(OmitType(CreateMeasureDto, ['planId'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;
}
