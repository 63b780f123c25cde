import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SelfEvaluationGrade } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

export interface SelfEvaluationSection {
  criterionKey: string;
  areaKey: string;
  criterion: string;
  evaluation: string;
  strengths: string;
  areasToDevelop: string;
  grade: SelfEvaluationGrade | null;
  evidence: { id: string; title: string; actionId: string | null }[];
  measures: { id: string; title: string }[];
  findings: { id: string; title: string }[];
  comments: { id: string; author: string; text: string; createdAt: string }[];
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface SelfEvaluation {
  planId: string;
  framework: { version: string; title: string; source: string; areas: { key: string; heading: string }[] };
  sections: SelfEvaluationSection[];
  completeness: { written: number; total: number; missing: number };
}

export interface SelfEvaluationRevision {
  id: string;
  criterionKey: string;
  revision: number;
  changedFields: string[];
  by: string;
  at: string;
}

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
    mutationFn: (text: string) => api.post(`/api/plans/${planId}/self-evaluation/sections/${criterionKey}/comments`, { text }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: selfEvaluationKeys.plan(planId) }),
  });
}
