import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiId } from '../common/api-response';
import type { PriorityArea } from '../priority-area/priority-area.entity';
import { PriorityAreaResponse, toPriorityAreaResponse } from '../priority-area/priority-area.response';
import type { Plan } from './plan.entity';

export class PlanResponse {
  @ApiId() id!: string;
  @ApiProperty({ example: 'plymouth-2025' }) slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Plymouth' }) localArea!: string;
  @ApiProperty() description!: string;
  @ApiDate({ nullable: true }) inspectionDate!: string | null;
  @ApiDate({ nullable: true }) startDate!: string | null;
  @ApiDate({ nullable: true }) endDate!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

/** A plan with its priority areas in order. */
export class PlanDetailResponse extends PlanResponse {
  @ApiProperty({ type: () => PriorityAreaResponse, isArray: true }) priorityAreas!: PriorityAreaResponse[];
}

export function toPlanResponse(plan: Plan): PlanResponse {
  return {
    id: plan.id,
    slug: plan.slug,
    title: plan.title,
    localArea: plan.localArea,
    description: plan.description,
    inspectionDate: plan.inspectionDate,
    startDate: plan.startDate,
    endDate: plan.endDate,
    version: plan.version,
  };
}

export function toPlanDetailResponse(plan: Plan, areas: PriorityArea[]): PlanDetailResponse {
  return { ...toPlanResponse(plan), priorityAreas: areas.map(toPriorityAreaResponse) };
}
