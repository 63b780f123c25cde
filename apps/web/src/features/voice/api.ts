import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VoiceKind, VoiceOf, VoiceResponseStatus, VoiceSource } from '@send/domain';
import { api, type Page } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** A voice item ("you said") with its response ("we did"), as GET /api/voice/:id answers it. */
export interface VoiceItem {
  id: string;
  planId: string;
  source: VoiceSource;
  sourceLabel: string;
  sourceTitle: string;
  voiceOf: VoiceOf;
  voiceOfLabel: string;
  heardOn: string;
  cohortSize: number | null;
  kind: VoiceKind;
  kindLabel: string;
  words: string;
  /** Made up for a demonstration, not heard from anyone. */
  illustrative: boolean;
  priorityAreas: { id: string; number: number; title: string }[];
  actions: { id: string; reference: string; title: string }[];
  response: VoiceResponse | null;
  /** A concern or recommendation with no response yet. */
  unanswered: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VoiceResponse {
  id: string;
  whatChanged: string;
  respondedOn: string;
  status: VoiceResponseStatus;
  statusLabel: string;
  respondedBy: string;
  respondedByUserId: string | null;
  illustrative: boolean;
  actions: { id: string; reference: string; title: string }[];
  version: number;
  updatedAt: string;
}

/** The request bodies, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type PutVoiceResponseInput = components['schemas']['PutVoiceResponseDto'];

export interface VoiceFilters {
  unanswered?: boolean;
  priorityAreaId?: string;
  actionId?: string;
  source?: VoiceSource;
  kind?: VoiceKind;
}

export const voiceKeys = {
  all: ['voice'] as const,
  list: (planId: string, filters: VoiceFilters) => ['voice', 'list', planId, filters] as const,
};

/** Every item that matches (a plan has tens, not thousands: one page of 200). */
export const voiceListOptions = (planId: string, filters: VoiceFilters = {}) =>
  queryOptions({
    queryKey: voiceKeys.list(planId, filters),
    queryFn: ({ signal }) => api.get<Page<VoiceItem>>(`/api/plans/${planId}/voice`, { query: { ...filters, pageSize: 200 }, signal }),
    enabled: !!planId,
  });

export function useVoiceItems(planId: string | undefined, filters: VoiceFilters = {}) {
  return useQuery({ ...voiceListOptions(planId ?? '', filters), placeholderData: keepPreviousData });
}

/** Gives or changes the response ("we did") to an item; the list is read afresh after. */
export function useRespondToVoice(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PutVoiceResponseInput) => api.put<VoiceItem>(`/api/voice/${itemId}/response`, input),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: voiceKeys.all }),
  });
}
