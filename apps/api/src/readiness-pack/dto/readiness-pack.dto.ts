import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate, IsRecordVersion } from '../../common/validators';

export class GenerateReadinessPackDto {
  @ApiPropertyOptional({ example: '2025-01-31', description: 'The day the pack describes (its end, in England); today when left out' })
  @IsOptional() @IsIsoDate()
  asAt?: string;
}

export class ReadinessPackVersionDto {
  @ApiPropertyOptional({ description: 'The version of the pack that was previewed; if it has changed since, 409' })
  @IsOptional() @IsRecordVersion('pack')
  version?: number;
}
