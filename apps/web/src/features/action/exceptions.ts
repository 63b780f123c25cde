import { useQuery } from '@tanstack/react-query';
import type { DeliveryStatus, ExceptionReason, ImpactStatus, Inconsistency } from '@send/domain';
import { api } from '@/lib/api-client';
import type { Ref } from './api';

export { EXCEPTION_LABELS, type ExceptionReason } from '@send/domain';

/** One action the board should look at, as the API judged it (libs/domain exceptionsOf). */
export interface ActionException {
  action: {
    id: string;
    reference: string;
    title: string;
    priorityAreaId: string;
    priorityNumber: number | null;
    dueDate: string | null;
    deliveryStatus: DeliveryStatus;
    deliveryStatusLabel: string;
    impactStatus: ImpactStatus;
    impactStatusLabel: string;
    ownerPerson: Ref | null;
    ownerOrganisation: Ref | null;
  };
  reasons: ExceptionReason[];
  /** The domain's explanation of each inconsistency. */
  issues: Inconsistency[];
}

/** GET /api/plans/:planId/exceptions: the same list a pack cut on that day carries. */
export interface PlanExceptions {
  planId: string;
  asAt: string;
  period: { id: string; title: string; boardDate: string } | null;
  counts: Record<ExceptionReason, number> & { actions: number };
  items: ActionException[];
}

export const exceptionKeys = {
  all: ['exceptions'] as const,
  plan: (planId: string, asAt?: string) => [...exceptionKeys.all, planId, asAt ?? 'now'] as const,
};

export const getPlanExceptions = (planId: string, asAt?: string) =>
  api.get<PlanExceptions>(`/api/plans/${planId}/exceptions`, { query: { asAt } });

/** The plan's exceptions now, or as they stood at the end of `asAt`. */
export function usePlanExceptions(planId: string | undefined, asAt?: string) {
  return useQuery({ queryKey: exceptionKeys.plan(planId ?? '', asAt), queryFn: () => getPlanExceptions(planId!, asAt), enabled: !!planId });
}

/** The ids of actions listed for one reason. */
export function idsWithReason(exceptions: PlanExceptions | undefined, reason: ExceptionReason): ReadonlySet<string> {
  return new Set((exceptions?.items ?? []).filter((e) => e.reasons.includes(reason)).map((e) => e.action.id));
}

const collator = new Intl.Collator('en-GB', { numeric: true });
export function compareReferences(a: string, b: string): number {
  return collator.compare(a, b);
}
