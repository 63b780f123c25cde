import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsRecordVersion } from '../../common/validators';

export class PackVersionDto {
  @ApiPropertyOptional({ description: 'The version of the pack that was previewed; if it has been regenerated since, 409' })
  @IsOptional() @IsRecordVersion('pack')
  version?: number;
}
