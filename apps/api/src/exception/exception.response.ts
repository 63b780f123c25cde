import type { ExceptionReason, Inconsistency } from '@send/domain';
import type { ActionResponse } from '../action/action.response';

export interface ExceptionItem {
  action: Pick<ActionResponse, 'id' | 'reference' | 'title' | 'priorityAreaId' | 'priorityNumber' | 'dueDate' | 'deliveryStatus' | 'deliveryStatusLabel' | 'impactStatus' | 'impactStatusLabel' | 'ownerPerson' | 'ownerOrganisation'>;
  reasons: ExceptionReason[];
  issues: Inconsistency[];
}

export interface PlanExceptions {
  planId: string;
  /** The day judged. */
  asAt: string;
  /** The reporting period staleness was tracked for; null when the plan has none by then. */
  period: { id: string; title: string; boardDate: string } | null;
  counts: Record<ExceptionReason, number> & { actions: number };
  /** In reference order. */
  items: ExceptionItem[];
}

export function toExceptionItem(a: ActionResponse, reasons: ExceptionReason[], issues: Inconsistency[]): ExceptionItem {
  return {
    action: {
      id: a.id, reference: a.reference, title: a.title, priorityAreaId: a.priorityAreaId, priorityNumber: a.priorityNumber, dueDate: a.dueDate,
      deliveryStatus: a.deliveryStatus, deliveryStatusLabel: a.deliveryStatusLabel, impactStatus: a.impactStatus, impactStatusLabel: a.impactStatusLabel,
      ownerPerson: a.ownerPerson, ownerOrganisation: a.ownerOrganisation,
    },
    reasons,
    issues,
  };
}
