import { allowedUpdateEvents, DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS, UPDATE_STATE_LABELS } from '@send/domain';
import type { Action } from '../action/action.entity';
import { toPeriodSummary } from '../reporting-period/reporting-period.response';
import type { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import type { StatusUpdateTransition } from './status-update-transition.entity';
import type { StatusUpdate } from './status-update.entity';

export interface LinkedEvidence {
  id: string;
  title: string;
  type: string;
  evidenceDate: string | null;
  demonstratesImpact: boolean;
  /** Where to open it, so whoever moderates the update can read what it rests on. */
  url: string | null;
  file: { name: string; downloadUrl: string } | null;
}

const party = (userId: string | null, personId: string | null, label: string | null) =>
  label === null ? null : { userId, personId, label };

function toActionBrief(a: Action) {
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    priorityNumber: a.priorityArea?.number ?? null,
    ownerPerson: a.ownerPerson ? { id: a.ownerPerson.id, name: a.ownerPerson.name } : null,
    ownerOrganisation: a.ownerOrganisation ? { id: a.ownerOrganisation.id, name: a.ownerOrganisation.name } : null,
    deliveryStatus: a.deliveryStatus,
    impactStatus: a.impactStatus,
  };
}

export function toTransitionResponse(t: StatusUpdateTransition) {
  return {
    event: t.event,
    fromState: t.fromState,
    toState: t.toState,
    at: t.occurredAt.toISOString(),
    by: { userId: t.actorUserId, personId: t.actorPersonId, label: t.actorLabel },
    comment: t.comment,
  };
}

export function toStatusUpdateResponse(
  u: StatusUpdate & { action: Action; period: ReportingPeriod },
  evidence: LinkedEvidence[],
  transitions?: StatusUpdateTransition[],
) {
  return {
    id: u.id,
    planId: u.planId,
    actionId: u.actionId,
    action: toActionBrief(u.action),
    period: toPeriodSummary(u.period),
    state: u.state,
    stateLabel: UPDATE_STATE_LABELS[u.state],
    allowedEvents: allowedUpdateEvents(u.state),
    narrative: u.narrative,
    proposedDeliveryStatus: u.proposedDeliveryStatus,
    proposedDeliveryStatusLabel: DELIVERY_STATUS_INFO[u.proposedDeliveryStatus].label,
    proposedImpactStatus: u.proposedImpactStatus,
    proposedImpactStatusLabel: IMPACT_STATUS_LABELS[u.proposedImpactStatus],
    nextSteps: u.nextSteps,
    risks: u.risks,
    evidenceIds: evidence.map((e) => e.id),
    evidence,
    author: { userId: u.authorUserId, personId: u.authorPersonId, label: u.authorLabel },
    submittedAt: u.submittedAt?.toISOString() ?? null,
    submittedBy: party(u.submittedByUserId, u.submittedByPersonId, u.submittedByLabel),
    moderatedAt: u.moderatedAt?.toISOString() ?? null,
    moderatedBy: party(u.moderatedByUserId, u.moderatedByPersonId, u.moderatedByLabel),
    moderatorComment: u.moderatorComment,
    illustrative: u.illustrative,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    ...(transitions ? { transitions: transitions.map(toTransitionResponse) } : {}),
  };
}

export type StatusUpdateResponse = ReturnType<typeof toStatusUpdateResponse>;

/** The fields an audit event keeps of an update. */
export function toStatusUpdateAuditState(u: StatusUpdate, evidenceIds: string[]) {
  return {
    actionId: u.actionId,
    periodId: u.periodId,
    state: u.state,
    narrative: u.narrative,
    proposedDeliveryStatus: u.proposedDeliveryStatus,
    proposedImpactStatus: u.proposedImpactStatus,
    nextSteps: u.nextSteps,
    risks: u.risks,
    evidenceIds: [...evidenceIds].sort(),
    moderatorComment: u.moderatorComment,
    version: u.version,
  };
}
