import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateMeasureDto } from './create-measure.dto';

export class UpdateMeasureDto extends PartialType(OmitType(CreateMeasureDto, ['planId'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsInt({ message: 'version must be the whole number the record was read at' }) @Min(1)
  version!: number;
}
