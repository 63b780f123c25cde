import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryStatus, FindingKind, ImpactStatus, MeasureStatus, Rag, ReadinessGapKind, ReadinessJudgement, Trend } from '@send/domain';
import { api } from '@/lib/api-client';

export interface Inspection {
  id: string;
  planId: string;
  date: string;
  kind: string;
  kindLabel: string;
  outcome: string;
  reportUrl: string | null;
  sourceNote: string;
}

export interface ReadinessEvidence {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
  evidenceDate: string | null;
  url: string | null;
  illustrative: boolean;
}

export interface ReadinessAction {
  id: string;
  reference: string;
  title: string;
  priorityAreaId: string;
  priorityNumber: number | null;
  ownerOrganisation: { id: string; name: string } | null;
  dueDate: string | null;
  deliveryStatus: DeliveryStatus;
  deliveryStatusLabel: string;
  rag: Rag;
  impactStatus: ImpactStatus;
  impactStatusLabel: string;
  overdue: boolean;
  stale: boolean;
  impactEvidence: ReadinessEvidence[];
}

export interface ReadinessMeasure {
  id: string;
  title: string;
  unitLabel: string;
  status: MeasureStatus;
  statusLabel: string;
  rag: Rag;
  trend: Trend;
  trendLabel: string;
  latest: { periodEnd: string; value: number } | null;
  illustrative: boolean;
}

export interface ReadinessFinding {
  id: string;
  inspectionId: string;
  kind: FindingKind;
  kindLabel: string;
  number: number;
  title: string | null;
  text: string;
  judgement: ReadinessJudgement;
  judgementLabel: string;
  rag: Rag;
  impactEvidenced: boolean;
  gaps: { kind: ReadinessGapKind; message: string; actionId: string | null; measureId: string | null }[];
  actions: ReadinessAction[];
  measures: ReadinessMeasure[];
}

export interface Readiness {
  planId: string;
  asAt: string;
  inspections: Inspection[];
  counts: Record<ReadinessJudgement, number>;
  findingsWithoutImpactEvidence: number;
  findingsWithGaps: number;
  findings: ReadinessFinding[];
}

/** A finding as an action or a priority area lists the findings it answers. */
export interface AnsweredFinding {
  id: string;
  inspectionId: string;
  inspectionDate: string;
  kind: FindingKind;
  kindLabel: string;
  number: number;
  title: string | null;
  text: string;
  actions: { id: string; reference: string; title: string }[];
}

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
export interface ReadinessPack {
  id: string;
  planId: string;
  state: 'draft' | 'published';
  stateLabel: string;
  asAt: string;
  generatedAt: string;
  generatedBy: { id: string | null; label: string };
  publishedAt: string | null;
  publishedBy: { id: string | null; label: string | null } | null;
  headline: { findings: number; counts: Record<ReadinessJudgement, number>; findingsWithGaps: number };
  files: { name: string; title: string; sha256: string | null; url: string }[];
  version: number;
}

export const readinessPackKeys = {
  ofPlan: (planId: string) => [...inspectionKeys.all, 'readiness-packs', planId] as const,
};

export const readinessPacksQuery = (planId: string) =>
  queryOptions({
    queryKey: readinessPackKeys.ofPlan(planId),
    queryFn: () => api.get<{ items: ReadinessPack[]; total: number }>(`/api/plans/${planId}/readiness-packs`),
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
