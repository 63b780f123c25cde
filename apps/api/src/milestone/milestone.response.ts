import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiId } from '../common/api-response';
import type { Milestone } from './milestone.entity';

export class MilestoneResponse {
  @ApiId() id!: string;
  @ApiId() actionId!: string;
  @ApiProperty() title!: string;
  @ApiDate({ nullable: true }) dueDate!: string | null;
  @ApiDate({ nullable: true }) completedOn!: string | null;
  @ApiProperty({ description: 'it has a completion date' }) done!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export function toMilestoneResponse(m: Milestone): MilestoneResponse {
  return {
    id: m.id,
    actionId: m.actionId,
    title: m.title,
    dueDate: m.dueDate,
    completedOn: m.completedOn,
    done: m.completedOn !== null,
    version: m.version,
  };
}
