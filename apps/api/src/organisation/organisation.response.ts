import { ApiProperty } from '@nestjs/swagger';
import { ApiId } from '../common/api-response';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from './organisation.entity';

/** A partner organisation in the local area partnership. */
export class OrganisationResponse {
  @ApiId() id!: string;
  @ApiProperty({ example: 'plymouth-city-council' }) key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export const toOrganisationResponse = (o: Organisation): OrganisationResponse => ({ id: o.id, key: o.key, name: o.name, kind: o.kind, version: o.version });
