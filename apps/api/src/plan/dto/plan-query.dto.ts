import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../../common/validators';

export class SummaryQueryDto {
  @ApiPropertyOptional({ example: '2025-01-09', description: 'The official statuses as they stood at the end of this day (Europe/London)' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}

export class ChangesQueryDto {
  @ApiProperty({ example: '2024-12-18', description: 'From the end of this day (Europe/London)...' })
  @IsIsoDate()
  from!: string;

  @ApiProperty({ example: '2025-02-12', description: '...to the end of this day; on or after `from`' })
  @IsIsoDate()
  to!: string;
}
