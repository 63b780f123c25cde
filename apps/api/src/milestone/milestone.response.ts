import type { Milestone } from './milestone.entity';

export function toMilestoneResponse(m: Milestone) {
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
