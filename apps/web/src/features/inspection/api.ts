import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

export type Inspection = Schemas['InspectionResponse'];
export type ReadinessEvidence = Schemas['ReadinessEvidence'];
/** An action answering a finding, as readiness judges it. */
export type ReadinessAction = Schemas['ReadinessAction'];
export type ReadinessMeasure = Schemas['ReadinessMeasure'];
/** A finding with its judgement, the gaps behind it, and the actions and measures answering it. */
export type ReadinessFinding = Schemas['ReadinessFinding'];
/** Readiness on the day judged (`asAt`): the inspections by then and each finding needing an answer. */
export type Readiness = Schemas['ReadinessResponse'];
/** A finding as an action or a priority area lists the findings it answers. */
export type AnsweredFinding = Schemas['AnsweredFinding'];

export const inspectionKeys = {
  all: ['inspections'] as const,
  readiness: (planId: string, asAt?: string) => [...inspectionKeys.all, 'readiness', planId, asAt ?? 'now'] as const,
  ofAction: (actionId: string) => [...inspectionKeys.all, 'of-action', actionId] as const,
  ofPriorityArea: (priorityAreaId: string) => [...inspectionKeys.all, 'of-priority-area', priorityAreaId] as const,
};

export const readinessQuery = (planId: string, asAt?: string) =>
  queryOptions({
    queryKey: inspectionKeys.readiness(planId, asAt),
    queryFn: () => api.get<Readiness>(`/api/plans/${planId}/readiness`, { query: { asAt } }),
  });

export const actionFindingsQuery = (actionId: string) =>
  queryOptions({ queryKey: inspectionKeys.ofAction(actionId), queryFn: () => api.get<AnsweredFinding[]>(`/api/actions/${actionId}/findings`) });

export const priorityAreaFindingsQuery = (priorityAreaId: string) =>
  queryOptions({
    queryKey: inspectionKeys.ofPriorityArea(priorityAreaId),
    queryFn: () => api.get<AnsweredFinding[]>(`/api/priority-areas/${priorityAreaId}/findings`),
  });

export function useReadiness(planId: string | undefined, asAt?: string) {
  return useQuery({ ...readinessQuery(planId ?? '', asAt), enabled: !!planId });
}

export function useActionFindings(actionId: string) {
  return useQuery(actionFindingsQuery(actionId));
}

export function usePriorityAreaFindings(priorityAreaId: string) {
  return useQuery(priorityAreaFindingsQuery(priorityAreaId));
}

/** How a finding is named in lists: "Area for improvement 5: Part-time timetables". */
export function findingName(f: Pick<ReadinessFinding, 'kindLabel' | 'number' | 'title'>): string {
  return `${f.kindLabel} ${f.number}${f.title ? `: ${f.title}` : ''}`;
}

/** A monitoring evidence pack as listed: the day it describes, who made and published it, its files. */
export type ReadinessPack = Schemas['ReadinessPackResponse'];

export const readinessPackKeys = {
  ofPlan: (planId: string) => [...inspectionKeys.all, 'readiness-packs', planId] as const,
};

export const readinessPacksQuery = (planId: string) =>
  queryOptions({
    queryKey: readinessPackKeys.ofPlan(planId),
    queryFn: () => api.get<Schemas['ReadinessPackList']>(`/api/plans/${planId}/readiness-packs`),
  });

export function useReadinessPacks(planId: string | undefined) {
  return useQuery({ ...readinessPacksQuery(planId ?? ''), enabled: !!planId });
}

/** The live pack's download link: today, or as at the end of `asAt`. */
export function liveReadinessPackHref(planId: string, format: 'pdf' | 'docx', asAt?: string): string {
  return `/api/plans/${planId}/reports/readiness.${format}${asAt ? `?asAt=${asAt}` : ''}`;
}

/** Generates the pack as at the day and publishes it: its files are kept and never change. */
export function usePublishReadinessPack(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (asAt: string | undefined) => {
      const draft = await api.post<ReadinessPack>(`/api/plans/${planId}/readiness-packs`, asAt ? { asAt } : {});
      return api.post<ReadinessPack>(`/api/readiness-packs/${draft.id}/publish`, { version: draft.version });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: readinessPackKeys.ofPlan(planId) }),
  });
}
