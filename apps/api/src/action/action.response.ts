import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS, inconsistencies, isOverdue } from '@send/domain';
import type { Milestone } from '../milestone/milestone.entity';
import { toMilestoneResponse } from '../milestone/milestone.response';
import type { Action } from './action.entity';

/** What the domain's inconsistency rules need to know about an action beyond its own columns. */
export interface ActionFacts {
  openMilestones: number;
  impactEvidenceCount: number;
}

/** An action; with its facts, also whether its statuses contradict its dates, milestones or evidence (as judged on `today`). */
export function toActionResponse(action: Action, today: string, facts?: ActionFacts) {
  return {
    id: action.id,
    planId: action.planId,
    priorityAreaId: action.priorityAreaId,
    priorityNumber: action.priorityArea?.number ?? null,
    reference: action.reference,
    title: action.title,
    description: action.description,
    ownerOrganisation: action.ownerOrganisation ? { id: action.ownerOrganisation.id, name: action.ownerOrganisation.name } : null,
    ownerPerson: action.ownerPerson
      ? { id: action.ownerPerson.id, name: action.ownerPerson.name, jobTitle: action.ownerPerson.jobTitle }
      : null,
    partners: (action.partners ?? []).map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
    startDate: action.startDate,
    dueDate: action.dueDate,
    deliveryStatus: action.deliveryStatus,
    deliveryStatusLabel: DELIVERY_STATUS_INFO[action.deliveryStatus].label,
    impactStatus: action.impactStatus,
    impactStatusLabel: IMPACT_STATUS_LABELS[action.impactStatus],
    overdue: isOverdue(action, today),
    ...(facts ? { inconsistencies: inconsistencies({ ...facts, deliveryStatus: action.deliveryStatus, impactStatus: action.impactStatus, dueDate: action.dueDate }, today) } : {}),
    archivedAt: action.archivedAt?.toISOString() ?? null,
    version: action.version,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}

export function toActionDetailResponse(action: Action, milestones: Milestone[], today: string, facts: ActionFacts) {
  return { ...toActionResponse(action, today, facts), milestones: milestones.map(toMilestoneResponse) };
}

export type ActionResponse = ReturnType<typeof toActionResponse>;

/** The fields an audit event keeps of an action: what a reader needs to see what changed. */
export function toActionAuditState(action: Action, partnerIds?: string[]) {
  return {
    priorityAreaId: action.priorityAreaId,
    reference: action.reference,
    title: action.title,
    description: action.description,
    ownerOrganisationId: action.ownerOrganisationId,
    ownerPersonId: action.ownerPersonId,
    partnerOrganisationIds: partnerIds ?? (action.partners ?? []).map((p) => p.id).sort(),
    startDate: action.startDate,
    dueDate: action.dueDate,
    deliveryStatus: action.deliveryStatus,
    impactStatus: action.impactStatus,
    archivedAt: action.archivedAt?.toISOString() ?? null,
    version: action.version,
  };
}
