import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiId, NamedRef } from '../common/api-response';
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

/** A new local area's first administrator, with the password to give them (shown this once). */
export class CreatedAdministrator {
  @ApiId() id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ description: 'the first password, shown only in this answer' }) password!: string;
}

/** A local area just created, and its first administrator. */
export class CreatedLocalAreaResponse {
  @ApiProperty({ type: () => LocalAreaResponse }) localArea!: LocalAreaResponse;
  @ApiProperty({ type: () => CreatedAdministrator }) administrator!: CreatedAdministrator;
}

/** A local area an adviser reads besides their own. */
export class AdvisedLocalArea {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'plymouth' }) slug!: string;
}

/** An account with the adviser role: its own local area and the others it reads. */
export class AdviserResponse {
  @ApiId() id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: () => NamedRef, description: 'the local area the account belongs to' }) localArea!: NamedRef;
  @ApiProperty({ type: () => AdvisedLocalArea, isArray: true, description: 'by name' }) advisedLocalAreas!: AdvisedLocalArea[];
}
