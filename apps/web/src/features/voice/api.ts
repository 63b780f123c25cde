import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VoiceKind, VoiceSource } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** A voice item ("you said") with its response ("we did"), as GET /api/voice/:id answers it (generated: lib/api-types.ts). */
export type VoiceItem = components['schemas']['VoiceItemResponse'];
export type VoiceResponse = components['schemas']['VoiceResponseBody'];
export type VoicePage = components['schemas']['VoiceItemPage'];

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
    queryFn: ({ signal }) => api.get<VoicePage>(`/api/plans/${planId}/voice`, { query: { ...filters, pageSize: 200 }, signal }),
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
