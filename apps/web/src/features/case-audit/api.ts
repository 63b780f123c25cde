import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseAuditDomain, CaseAuditGrade } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

/** A case audit: its grade in each domain, strengths, learning themes and the priority areas it bears on. */
export type CaseAudit = Schemas['CaseAuditResponse'];

export interface CaseAuditInput {
  reference: string;
  auditDate: string;
  auditorOrganisationIds: string[];
  grades: Partial<Record<CaseAuditDomain, CaseAuditGrade>>;
  strengths: string;
  learningThemes: string[];
  priorityAreaIds: string[];
}

/** The pattern across a plan's audits; `illustrative` counts those made up for a demonstration. */
export type CaseAuditSummaryResponse = Schemas['CaseAuditSummaryResponse'];

export const caseAuditKeys = {
  all: ['case-audits'] as const,
  list: (planId: string) => [...caseAuditKeys.all, 'list', planId] as const,
  summary: (planId: string) => [...caseAuditKeys.all, 'summary', planId] as const,
};

export const caseAuditsQuery = (planId: string) =>
  queryOptions({
    queryKey: caseAuditKeys.list(planId),
    queryFn: () => api.get<Schemas['CaseAuditPage']>(`/api/plans/${planId}/case-audits`, { query: { pageSize: 200 } }),
    enabled: !!planId,
  });

export const caseAuditSummaryQuery = (planId: string) =>
  queryOptions({
    queryKey: caseAuditKeys.summary(planId),
    queryFn: () => api.get<CaseAuditSummaryResponse>(`/api/plans/${planId}/case-audits/summary`),
    enabled: !!planId,
  });

export function useCaseAudits(planId: string | undefined, enabled = true) {
  return useQuery({ ...caseAuditsQuery(planId ?? ''), enabled: !!planId && enabled });
}

export function useCaseAuditSummary(planId: string | undefined) {
  return useQuery(caseAuditSummaryQuery(planId ?? ''));
}

export function useRecordCaseAudit(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseAuditInput) => api.post<CaseAudit>(`/api/plans/${planId}/case-audits`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseAuditKeys.all }),
  });
}
