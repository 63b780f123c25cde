import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsRecordVersion } from '../../common/validators';

export class PackVersionDto {
  @ApiPropertyOptional({ description: 'The version of the pack that was previewed; if it has been regenerated since, 409' })
  @IsOptional() @IsRecordVersion('pack')
  version?: number;
}

export class PublishedPacksQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize: number = 20;
}
