import { queryOptions, useQuery } from '@tanstack/react-query';
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
