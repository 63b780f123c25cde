import type { PriorityArea } from '../priority-area/priority-area.entity';
import { toPriorityAreaResponse } from '../priority-area/priority-area.response';
import type { Plan } from './plan.entity';

export function toPlanResponse(plan: Plan) {
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

export function toPlanDetailResponse(plan: Plan, areas: PriorityArea[]) {
  return { ...toPlanResponse(plan), priorityAreas: areas.map(toPriorityAreaResponse) };
}
