import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** One local area's headline figures, as `GET /api/local-areas/summary` gives them. */
export type LocalAreaSummary = components['schemas']['LocalAreaSummary'];
/** A local area on the installation, as `GET /api/local-areas` gives it. */
export type LocalArea = components['schemas']['LocalAreaResponse'];

export type LocalAreaInput = components['schemas']['CreateLocalAreaDto'];
export type AdvisedLocalAreasInput = components['schemas']['AdvisedLocalAreasDto'];

/** A new local area, with its first administrator's password shown this once. */
export type CreatedLocalArea = components['schemas']['CreatedLocalAreaResponse'];

/** An adviser (DfE, NHS England) and the local areas they read besides their own. */
export type Adviser = components['schemas']['AdviserResponse'];

export const localAreaKeys = {
  all: ['local-areas'] as const,
  summary: () => [...localAreaKeys.all, 'summary'] as const,
  list: () => [...localAreaKeys.all, 'list'] as const,
  advisers: () => [...localAreaKeys.all, 'advisers'] as const,
};

/** Each query once, key and fetcher together. */
export const localAreaQueries = {
  summary: () => queryOptions({ queryKey: localAreaKeys.summary(), queryFn: ({ signal }) => api.get<LocalAreaSummary[]>('/api/local-areas/summary', { signal }) }),
  list: () => queryOptions({ queryKey: localAreaKeys.list(), queryFn: ({ signal }) => api.get<LocalArea[]>('/api/local-areas', { signal }) }),
  advisers: () => queryOptions({ queryKey: localAreaKeys.advisers(), queryFn: ({ signal }) => api.get<Adviser[]>('/api/advisers', { signal }) }),
};

export function useLocalAreaSummaries() {
  return useQuery(localAreaQueries.summary());
}

export function useLocalAreas() {
  return useQuery(localAreaQueries.list());
}

export function useAdvisers() {
  return useQuery(localAreaQueries.advisers());
}

export function useCreateLocalArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LocalAreaInput) => api.post<CreatedLocalArea>('/api/local-areas', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: localAreaKeys.all }),
  });
}

export function useSetAdvisedLocalAreas(adviserId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AdvisedLocalAreasInput) => api.put<Adviser>(`/api/advisers/${adviserId}/local-areas`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: localAreaKeys.all }),
  });
}
