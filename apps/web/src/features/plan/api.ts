import { useQuery } from '@tanstack/react-query';
import type { DeliveryStatus, ImpactStatus } from '@send/domain';
import { api, type Page } from '@/lib/api-client';

export interface Plan {
  id: string;
  slug: string;
  title: string;
  localArea: string;
  description: string;
  inspectionDate: string | null;
  startDate: string | null;
  endDate: string | null;
  version: number;
}

export interface PriorityArea {
  id: string;
  planId: string;
  number: number;
  title: string;
  aim: string;
  progressNarrative: string;
  lead: { id: string; name: string; jobTitle: string | null } | null;
  deliveryGroup: { id: string; name: string } | null;
  version: number;
}

export interface PlanDetail extends Plan {
  priorityAreas: PriorityArea[];
}

export interface SummaryCounts {
  actions: number;
  byImpactStatus: Record<ImpactStatus, number>;
  byDeliveryStatus: Record<DeliveryStatus, number>;
  overdue: number;
}

export interface PlanSummary extends SummaryCounts {
  planId: string;
  asAt: string;
  priorities: (SummaryCounts & { id: string; number: number; title: string })[];
  /** The latest approved critical review held by the day shown, with its split; null when there is none. */
  latestCriticalReview?: LatestCriticalReview | null;
}

export interface LatestCriticalReview {
  id: string;
  reviewDate: string;
  title: string;
  facilitators: string;
  actions: number;
  byJudgement: Record<ImpactStatus, number>;
}

export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  detail: (planId: string) => [...planKeys.all, 'detail', planId] as const,
  summary: (planId: string, asAt?: string) => [...planKeys.all, 'summary', planId, asAt ?? 'now'] as const,
  priorityArea: (id: string) => [...planKeys.all, 'priority-area', id] as const,
  changes: (planId: string, from: string, to: string) => [...planKeys.all, 'changes', planId, from, to] as const,
};

export interface ActionRef {
  id: string;
  reference: string;
  title: string;
  priorityNumber: number;
}

/** What changed between two days (from the end of `from` to the end of `to`). */
export interface PlanChanges {
  planId: string;
  from: string;
  to: string;
  counts: { statusChanges: number; newActions: number; completions: number; missedDeadlines: number; reDated?: number };
  /** Due dates moved, with the date before and the reason given. */
  reDated?: { action: ActionRef; at: string; from: string | null; to: string | null; reason: string | null; by: { label: string } }[];
  statusChanges: {
    action: ActionRef;
    at: string;
    delivery: { from: DeliveryStatus; to: DeliveryStatus } | null;
    impact: { from: ImpactStatus; to: ImpactStatus } | null;
    cause: string;
    statusUpdate: { id: string; period: { id: string; title: string } | null } | null;
    by: { label: string };
  }[];
  newActions: { action: ActionRef; at: string; deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus }[];
  completions: { action: ActionRef; at: string; by: { label: string } }[];
  missedDeadlines: {
    action: ActionRef;
    dueDate: string;
    deliveryStatus: DeliveryStatus;
    ownerPerson: { id: string; name: string } | null;
    ownerOrganisation: { id: string; name: string } | null;
  }[];
}

export const getPlans = () => api.get<Page<Plan>>('/api/plans', { query: { pageSize: 200 } });
export const getPlan = (planId: string) => api.get<PlanDetail>(`/api/plans/${planId}`);
export const getPlanSummary = (planId: string, asAt?: string) =>
  api.get<PlanSummary>(`/api/plans/${planId}/summary`, { query: { asAt } });

export function usePlans() {
  return useQuery({ queryKey: planKeys.list(), queryFn: getPlans, staleTime: 5 * 60_000 });
}

/**
 * The plan the app shows. The product holds several; screens show the one named (the dashboard
 * takes `?plan=`), else the first (the Plymouth plan) until plan switching is added.
 */
export function useCurrentPlan(planId?: string | null) {
  const plans = usePlans();
  const first = plans.data?.items.find((p) => p.id === planId) ?? plans.data?.items[0];
  const detail = useQuery({
    queryKey: planKeys.detail(first?.id ?? ''),
    queryFn: () => getPlan(first!.id),
    enabled: !!first,
    staleTime: 5 * 60_000,
  });
  return {
    plan: detail.data,
    isPending: plans.isPending || (!!first && detail.isPending),
    error: plans.error ?? detail.error,
    noPlan: plans.isSuccess && !first,
    refetch: () => (plans.isError ? plans.refetch() : detail.refetch()),
  };
}

export function usePlanSummary(planId: string | undefined, asAt?: string) {
  return useQuery({
    queryKey: planKeys.summary(planId ?? '', asAt),
    queryFn: () => getPlanSummary(planId!, asAt),
    enabled: !!planId,
  });
}

export function usePriorityArea(id: string) {
  return useQuery({ queryKey: planKeys.priorityArea(id), queryFn: () => api.get<PriorityArea>(`/api/priority-areas/${id}`) });
}

export function usePlanChanges(planId: string | undefined, from: string | undefined, to: string) {
  return useQuery({
    queryKey: planKeys.changes(planId ?? '', from ?? '', to),
    queryFn: () => api.get<PlanChanges>(`/api/plans/${planId}/changes`, { query: { from, to } }),
    enabled: !!planId && !!from,
  });
}
