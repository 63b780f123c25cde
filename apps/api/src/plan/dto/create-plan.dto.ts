import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DESCRIPTION_MAX, TITLE_MAX } from '@send/domain';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsIsoDate, Trim } from '../../common/validators';

export class CreatePlanDto {
  @ApiProperty({ example: 'plymouth-send-2023' })
  @Trim() @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case words joined by hyphens' }) @MaxLength(80)
  slug!: string;

  @ApiProperty() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX) title!: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty({ message: 'localArea must not be empty' }) @MaxLength(TITLE_MAX) localArea!: string;
  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX) description?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-01-31' }) @IsOptional() @IsIsoDate() inspectionDate?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-01-31' }) @IsOptional() @IsIsoDate() startDate?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-01-31' }) @IsOptional() @IsIsoDate() endDate?: string | null;
}
