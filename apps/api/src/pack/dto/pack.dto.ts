import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

export class PackVersionDto {
  @ApiPropertyOptional({ description: 'The version of the pack that was previewed; if it has been regenerated since, 409' })
  @IsOptional() @IsInt({ message: 'version must be the whole number the pack was read at' }) @Min(1)
  version?: number;
}
