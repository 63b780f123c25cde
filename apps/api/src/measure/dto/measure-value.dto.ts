import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COMMENT_MAX } from '@send/domain';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsIsoDate, Trim } from '../../common/validators';

export class CreateMeasureValueDto {
  @ApiProperty({ example: '2024-12-20', description: 'The last day of the period the value covers' })
  @IsIsoDate()
  periodEnd!: string;

  @ApiProperty({ example: 968 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value!: number;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(COMMENT_MAX)
  note?: string;

  @ApiPropertyOptional({ default: false, description: 'An illustrative figure rather than a reported one' })
  @IsOptional() @IsBoolean({ message: 'illustrative must be true or false' })
  illustrative?: boolean;
}

export class UpdateMeasureValueDto extends PartialType(CreateMeasureValueDto) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsInt({ message: 'version must be the whole number the record was read at' }) @Min(1)
  version!: number;
}
