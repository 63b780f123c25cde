import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

/** A value of a measure; `cohortSize` is how many people the figure stands for (a survey's respondents), when known. */
export type MeasureValue = Schemas['MeasureValueResponse'];
/** A measure with its judgement on the day asked for: status, trend, latest and previous values. */
export type Measure = Schemas['MeasureResponse'];
/** A measure with its whole series, oldest first, and the trajectory to draw beside it. */
export type MeasureDetail = Schemas['MeasureDetailResponse'];

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
