import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type Plan = Schemas['PlanResponse'];
export type PriorityArea = Schemas['PriorityAreaResponse'];
export type PlanDetail = Schemas['PlanDetailResponse'];
/** The counts a plan and each of its priority areas carry. */
export type SummaryCounts = Pick<Schemas['PlanSummary'], 'actions' | 'byImpactStatus' | 'byDeliveryStatus' | 'overdue'>;
/** The headline figures, with the latest approved critical review held by the day shown (null when there is none). */
export type PlanSummary = Schemas['PlanSummary'];
export type LatestCriticalReview = Schemas['LatestCriticalReview'];
export type ActionRef = Schemas['ChangedActionRef'];
/** What changed between two days (from the end of `from` to the end of `to`). */
export type PlanChanges = Schemas['PlanChanges'];

export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  detail: (planId: string) => [...planKeys.all, 'detail', planId] as const,
  summary: (planId: string, asAt?: string) => [...planKeys.all, 'summary', planId, asAt ?? 'now'] as const,
  priorityArea: (id: string) => [...planKeys.all, 'priority-area', id] as const,
  changes: (planId: string, from: string, to: string) => [...planKeys.all, 'changes', planId, from, to] as const,
};

export const getPlans = () => api.get<Page<Plan>>('/api/plans', { query: { pageSize: 200 } });
export const getPlan = (planId: string) => api.get<PlanDetail>(`/api/plans/${planId}`);
export const getPlanSummary = (planId: string, asAt?: string) =>
  api.get<PlanSummary>(`/api/plans/${planId}/summary`, { query: { asAt } });

/** Each query once, key and fetcher together. */
export const planQueries = {
  list: () => queryOptions({ queryKey: planKeys.list(), queryFn: getPlans, staleTime: 5 * 60_000 }),
  detail: (planId: string) => queryOptions({ queryKey: planKeys.detail(planId), queryFn: () => getPlan(planId), enabled: !!planId, staleTime: 5 * 60_000 }),
  summary: (planId: string, asAt?: string) =>
    queryOptions({ queryKey: planKeys.summary(planId, asAt), queryFn: () => getPlanSummary(planId, asAt), enabled: !!planId }),
  priorityArea: (id: string) => queryOptions({ queryKey: planKeys.priorityArea(id), queryFn: () => api.get<PriorityArea>(`/api/priority-areas/${id}`) }),
  changes: (planId: string, from: string, to: string) =>
    queryOptions({
      queryKey: planKeys.changes(planId, from, to),
      queryFn: () => api.get<PlanChanges>(`/api/plans/${planId}/changes`, { query: { from, to } }),
      enabled: !!planId && !!from,
    }),
};

export function usePlans() {
  return useQuery(planQueries.list());
}
/**
 * The plan the app shows. The product holds several; screens show the one named (the dashboard
 * takes `?plan=`), else the first (the Plymouth plan) until plan switching is added.
 */
export function useCurrentPlan(planId?: string | null) {
  const plans = usePlans();
  const first = plans.data?.items.find((p) => p.id === planId) ?? plans.data?.items[0];
  const detail = useQuery(planQueries.detail(first?.id ?? ''));
  return {
    plan: detail.data,
    isPending: plans.isPending || (!!first && detail.isPending),
    error: plans.error ?? detail.error,
    noPlan: plans.isSuccess && !first,
    refetch: () => (plans.isError ? plans.refetch() : detail.refetch()),
  };
}

export function usePlanSummary(planId: string | undefined, asAt?: string) {
  return useQuery(planQueries.summary(planId ?? '', asAt));
}

export function usePriorityArea(id: string) {
  return useQuery(planQueries.priorityArea(id));
}

export function usePlanChanges(planId: string | undefined, from: string | undefined, to: string) {
  return useQuery(planQueries.changes(planId ?? '', from ?? '', to));
}
