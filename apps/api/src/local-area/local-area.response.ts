import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiId } from '../common/api-response';
import type { LocalArea } from './local-area.entity';

export class LocalAreaResponse {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'plymouth' }) slug!: string;
  @ApiProperty() councilName!: string;
  @ApiProperty() icbName!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

export function toLocalAreaResponse(a: LocalArea): LocalAreaResponse {
  return {
    id: a.id,
    name: a.name,
    slug: a.slug,
    councilName: a.councilName,
    icbName: a.icbName,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
