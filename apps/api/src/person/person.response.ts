import { ApiProperty } from '@nestjs/swagger';
import { ApiId } from '../common/api-response';
import type { Person } from './person.entity';

/** Someone who owns or leads work, often known by role. */
export class PersonResponse {
  @ApiId() id!: string;
  @ApiProperty({ example: 'Head of SEND' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiId() organisationId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export const toPersonResponse = (p: Person): PersonResponse => ({
  id: p.id, name: p.name, jobTitle: p.jobTitle, email: p.email, organisationId: p.organisationId, version: p.version,
});
