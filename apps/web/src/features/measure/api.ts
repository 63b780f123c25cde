import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeasureStatus, MeasureUnit, Polarity, Rag, Trend } from '@send/domain';
import { api } from '@/lib/api-client';

export interface MeasureValue {
  id: string;
  measureId: string;
  periodEnd: string;
  value: number;
  note: string | null;
  illustrative: boolean;
  enteredBy: { id: string | null; label: string | null };
  version: number;
}

export interface Measure {
  id: string;
  planId: string;
  priorityArea: { id: string; number: number; title: string } | null;
  title: string;
  description: string;
  unit: MeasureUnit;
  unitLabel: string;
  polarity: Polarity;
  polarityLabel: string;
  baseline: { value: number | null; date: string | null };
  target: { value: number | null; date: string | null };
  tolerance: number;
  source: string;
  frequency: string | null;
  frequencyLabel: string | null;
  illustrative: boolean;
  illustrativeNote: string | null;
  actions: { id: string; reference: string; title: string }[];
  status: MeasureStatus;
  statusLabel: string;
  rag: Rag;
  trend: Trend;
  trendLabel: string;
  latest: MeasureValue | null;
  previous: MeasureValue | null;
  expected: number | null;
  valueCount: number;
  version: number;
}

export interface MeasureDetail extends Measure {
  values: MeasureValue[];
  trajectory: { date: string; value: number }[];
}

export interface AddMeasureValueInput {
  periodEnd: string | null;
  value: number | string;
  note?: string;
}

export const measureKeys = {
  all: ['measures'] as const,
  plan: (planId: string, priorityId?: string) => [...measureKeys.all, 'plan', planId, priorityId ?? 'all'] as const,
  detail: (id: string) => [...measureKeys.all, 'detail', id] as const,
};

export const getPlanMeasures = (planId: string, priorityId?: string) =>
  api.get<Measure[]>(`/api/plans/${planId}/measures`, { query: { priorityId } });
export const getMeasure = (id: string) => api.get<MeasureDetail>(`/api/measures/${id}`);

/** Each query once, key and fetcher together (`queryOptions`): the hooks below and any prefetch use these. */
export const measureQueries = {
  plan: (planId: string, priorityId?: string) =>
    queryOptions({ queryKey: measureKeys.plan(planId, priorityId), queryFn: () => getPlanMeasures(planId, priorityId) }),
  detail: (id: string) => queryOptions({ queryKey: measureKeys.detail(id), queryFn: () => getMeasure(id) }),
};

export function usePlanMeasures(planId: string | undefined, priorityId?: string) {
  return useQuery({ ...measureQueries.plan(planId ?? '', priorityId), enabled: !!planId });
}

export function useMeasure(id: string) {
  return useQuery(measureQueries.detail(id));
}

/** The series of several measures at once (for tiles and charts). */
export function useMeasureDetails(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => measureQueries.detail(id)) });
}

export function useAddMeasureValue(measureId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMeasureValueInput) => api.post<MeasureValue>(`/api/measures/${measureId}/values`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: measureKeys.all }),
  });
}
