import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseAuditDomain, CaseAuditGrade, CaseAuditGrades, CaseAuditSummary } from '@send/domain';
import { api, type Page } from '@/lib/api-client';

export interface CaseAudit {
  id: string;
  planId: string;
  reference: string;
  auditDate: string;
  auditorOrganisations: { id: string; name: string }[];
  grades: CaseAuditGrades;
  strengths: string;
  learningThemes: string[];
  priorityAreas: { id: string; number: number; title: string }[];
  illustrative: boolean;
  recordedBy: { id: string | null; label: string };
  version: number;
}

export interface CaseAuditInput {
  reference: string;
  auditDate: string;
  auditorOrganisationIds: string[];
  grades: Partial<Record<CaseAuditDomain, CaseAuditGrade>>;
  strengths: string;
  learningThemes: string[];
  priorityAreaIds: string[];
}

export type CaseAuditSummaryResponse = CaseAuditSummary & { planId: string; illustrative: number };

export const caseAuditKeys = {
  all: ['case-audits'] as const,
  list: (planId: string) => [...caseAuditKeys.all, 'list', planId] as const,
  summary: (planId: string) => [...caseAuditKeys.all, 'summary', planId] as const,
};

export const caseAuditsQuery = (planId: string) =>
  queryOptions({
    queryKey: caseAuditKeys.list(planId),
    queryFn: () => api.get<Page<CaseAudit>>(`/api/plans/${planId}/case-audits`, { query: { pageSize: 200 } }),
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
