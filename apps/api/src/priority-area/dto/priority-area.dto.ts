import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { DESCRIPTION_MAX, NARRATIVE_MAX, TITLE_MAX } from '@send/domain';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsRecordVersion, Trim } from '../../common/validators';

export class CreatePriorityAreaDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;

  @ApiProperty({ minimum: 1, maximum: 99 })
  @IsInt({ message: 'number must be a whole number' }) @Min(1) @Max(99)
  number!: number;

  @ApiProperty()
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX) aim?: string;
  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(NARRATIVE_MAX) progressNarrative?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() leadPersonId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() deliveryGroupId?: string | null;
}

export class UpdatePriorityAreaDto extends PartialType(OmitType(CreatePriorityAreaDto, ['planId'] as const)) {
  @ApiProperty()
  @IsRecordVersion()
  version!: number;
}
