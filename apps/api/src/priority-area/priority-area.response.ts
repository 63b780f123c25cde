import { ApiProperty } from '@nestjs/swagger';
import { ApiId, NamedRef } from '../common/api-response';
import type { PriorityArea } from './priority-area.entity';

export class PersonRef {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle!: string | null;
}

export class PriorityAreaResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty() aim!: string;
  @ApiProperty() progressNarrative!: string;
  @ApiProperty({ type: () => PersonRef, nullable: true }) lead!: PersonRef | null;
  @ApiProperty({ type: () => NamedRef, nullable: true }) deliveryGroup!: NamedRef | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export function toPriorityAreaResponse(area: PriorityArea): PriorityAreaResponse {
  return {
    id: area.id,
    planId: area.planId,
    number: area.number,
    title: area.title,
    aim: area.aim,
    progressNarrative: area.progressNarrative,
    lead: area.leadPerson ? { id: area.leadPerson.id, name: area.leadPerson.name, jobTitle: area.leadPerson.jobTitle } : null,
    deliveryGroup: area.deliveryGroup ? { id: area.deliveryGroup.id, name: area.deliveryGroup.name } : null,
    version: area.version,
  };
}
