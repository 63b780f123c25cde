import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/validators';

export class EvidenceQueryDto {
  @ApiPropertyOptional({ description: 'Include archived evidence' })
  @IsOptional() @QueryBoolean() @IsBoolean({ message: 'includeArchived must be true or false' })
  includeArchived?: boolean;
}
