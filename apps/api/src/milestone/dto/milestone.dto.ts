import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { TITLE_MAX } from '@send/domain';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

export class CreateMilestoneDto {
  @ApiProperty()
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-03-31' })
  @IsOptional() @IsIsoDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The date it was done; null while open' })
  @IsOptional() @IsIsoDate()
  completedOn?: string | null;
}

export class UpdateMilestoneDto extends PartialType(CreateMilestoneDto) {
  @ApiProperty()
  @IsRecordVersion()
  version!: number;
}
