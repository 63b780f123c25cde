import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type SelfEvaluationSection = components['schemas']['SectionResponse'];
export type SelfEvaluation = components['schemas']['SelfEvaluationResponse'];
export type SelfEvaluationRevision = components['schemas']['SelfEvaluationRevisionResponse'];
export type SectionComment = components['schemas']['SectionCommentResponse'];

export type SectionInput = components['schemas']['SaveSelfEvaluationSectionDto'];

export const selfEvaluationKeys = {
  all: ['self-evaluation'] as const,
  plan: (planId: string) => [...selfEvaluationKeys.all, planId] as const,
  history: (planId: string) => [...selfEvaluationKeys.all, planId, 'history'] as const,
};

export const selfEvaluationQueries = {
  plan: (planId: string) => queryOptions({ queryKey: selfEvaluationKeys.plan(planId), queryFn: () => api.get<SelfEvaluation>(`/api/plans/${planId}/self-evaluation`) }),
  history: (planId: string) =>
    queryOptions({ queryKey: selfEvaluationKeys.history(planId), queryFn: () => api.get<SelfEvaluationRevision[]>(`/api/plans/${planId}/self-evaluation/history`) }),
};

export function useSelfEvaluation(planId: string | undefined) {
  return useQuery({ ...selfEvaluationQueries.plan(planId ?? ''), enabled: !!planId });
}

export function useSelfEvaluationHistory(planId: string | undefined) {
  return useQuery({ ...selfEvaluationQueries.history(planId ?? ''), enabled: !!planId });
}

export function useSaveSection(planId: string, criterionKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SectionInput) => api.put<SelfEvaluationSection>(`/api/plans/${planId}/self-evaluation/sections/${criterionKey}`, input),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: selfEvaluationKeys.plan(planId) }),
  });
}

export function useAddComment(planId: string, criterionKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<SectionComment>(`/api/plans/${planId}/self-evaluation/sections/${criterionKey}/comments`, { text }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: selfEvaluationKeys.plan(planId) }),
  });
}
