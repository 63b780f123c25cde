import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeasureStatus, MeasureUnit, Polarity, Rag, Trend } from '@send/domain';
import { api } from '@/lib/api-client';

export interface MeasureValue {
  id: string;
  measureId: string;
  periodEnd: string;
  value: number;
  note: string | null;
  /** How many people the figure stands for (a survey's respondents), when known. */
  cohortSize?: number | null;
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
  /** records, or survey: a survey's values carry their respondents. */
  sourceKind: 'records' | 'survey';
  sourceKindLabel: string;
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
  /** The target date has passed unmet on the day judged (then the status is off track). */
  targetMissed?: boolean;
  nextValueDue?: string | null;
  /** The next value was due before the day judged. */
  valueOverdue?: boolean;
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
  plan: (planId: string, priorityId?: string, asAt?: string) => [...measureKeys.all, 'plan', planId, priorityId ?? 'all', asAt ?? 'now'] as const,
  detail: (id: string, asAt?: string) => [...measureKeys.all, 'detail', id, asAt ?? 'now'] as const,
};

export const getPlanMeasures = (planId: string, priorityId?: string, asAt?: string) =>
  api.get<Measure[]>(`/api/plans/${planId}/measures`, { query: { priorityId, asAt } });
export const getMeasure = (id: string, asAt?: string) => api.get<MeasureDetail>(`/api/measures/${id}`, { query: { asAt } });

/** Each query once, key and fetcher together (`queryOptions`): the hooks below and any prefetch use these. With `asAt`, as the measures stood at the end of that day: later values left out, judged on that day. */
export const measureQueries = {
  plan: (planId: string, priorityId?: string, asAt?: string) =>
    queryOptions({ queryKey: measureKeys.plan(planId, priorityId, asAt), queryFn: () => getPlanMeasures(planId, priorityId, asAt) }),
  detail: (id: string, asAt?: string) => queryOptions({ queryKey: measureKeys.detail(id, asAt), queryFn: () => getMeasure(id, asAt) }),
};

export function usePlanMeasures(planId: string | undefined, priorityId?: string, asAt?: string) {
  return useQuery({ ...measureQueries.plan(planId ?? '', priorityId, asAt), enabled: !!planId });
}

export function useMeasure(id: string) {
  return useQuery(measureQueries.detail(id));
}

/** The series of several measures at once (for tiles and charts). */
export function useMeasureDetails(ids: readonly string[], asAt?: string) {
  return useQueries({ queries: ids.map((id) => measureQueries.detail(id, asAt)) });
}

export function useAddMeasureValue(measureId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMeasureValueInput) => api.post<MeasureValue>(`/api/measures/${measureId}/values`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: measureKeys.all }),
  });
}
