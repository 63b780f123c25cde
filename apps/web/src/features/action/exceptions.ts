import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExceptionReason } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

export { EXCEPTION_LABELS, type ExceptionReason } from '@send/domain';

/** One action the board should look at, as the API judged it (libs/domain exceptionsOf), with the domain's explanation of each inconsistency. */
export type ActionException = components['schemas']['ExceptionItem'];
/** GET /api/plans/:planId/exceptions: the same list a pack cut on that day carries. */
export type PlanExceptions = components['schemas']['PlanExceptions'];

export const exceptionKeys = {
  all: ['exceptions'] as const,
  plan: (planId: string, asAt?: string) => [...exceptionKeys.all, planId, asAt ?? 'now'] as const,
};

export const getPlanExceptions = (planId: string, asAt?: string) =>
  api.get<PlanExceptions>(`/api/plans/${planId}/exceptions`, { query: { asAt } });

/** The plan's exceptions now, or as they stood at the end of `asAt`. */
export const exceptionQueries = {
  plan: (planId: string, asAt?: string) =>
    queryOptions({ queryKey: exceptionKeys.plan(planId, asAt), queryFn: () => getPlanExceptions(planId, asAt), enabled: !!planId }),
};

export function usePlanExceptions(planId: string | undefined, asAt?: string) {
  return useQuery(exceptionQueries.plan(planId ?? '', asAt));
}

/** The ids of actions listed for one reason. */
export function idsWithReason(exceptions: PlanExceptions | undefined, reason: ExceptionReason): ReadonlySet<string> {
  return new Set((exceptions?.items ?? []).filter((e) => e.reasons.includes(reason)).map((e) => e.action.id));
}

const collator = new Intl.Collator('en-GB', { numeric: true });
export function compareReferences(a: string, b: string): number {
  return collator.compare(a, b);
}
