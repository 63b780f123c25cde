import type { PriorityArea } from './priority-area.entity';

export function toPriorityAreaResponse(area: PriorityArea) {
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
