import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryStatus, ImpactStatus } from '@send/domain';
import { api, getAllPages, type Page } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type Ref = Schemas['NamedRef'];
export type Milestone = Schemas['MilestoneResponse'];
/** An action; `inconsistencies` (where its statuses contradict its dates, milestones or evidence) in lists by plan and the detail. */
export type Action = Schemas['ActionResponse'];
export type ActionDetail = Schemas['ActionDetailResponse'];
/** One row of an action's history: its statuses and reportable fields from `at`, and how and why they changed. */
export type ActionHistoryRow = Schemas['ActionHistoryRow'];
export type ActionHistory = Schemas['ActionHistoryResponse'];

export interface UpdateActionInput {
  version: number;
  reference?: string;
  title?: string;
  description?: string;
  ownerOrganisationId?: string;
  ownerPersonId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  deliveryStatus?: DeliveryStatus;
  impactStatus?: ImpactStatus;
  /** Why the change is made: required when the due date moves. */
  reason?: string;
}

export type Organisation = Schemas['OrganisationResponse'];
export type Person = Schemas['PersonResponse'];

export type AuditEvent = Schemas['AuditEventResponse'];

export const actionKeys = {
  all: ['actions'] as const,
  planList: (planId: string, asAt?: string) => [...actionKeys.all, 'plan', planId, asAt ?? 'now'] as const,
  detail: (id: string) => [...actionKeys.all, 'detail', id] as const,
  history: (id: string) => [...actionKeys.all, 'history', id] as const,
};

export function useActionHistory(id: string) {
  return useQuery(actionQueries.history(id));
}
export const directoryKeys = {
  organisations: () => ['organisations'] as const,
  people: () => ['people'] as const,
};
export const auditKeys = {
  all: ['audit'] as const,
  entity: (entityType: string, entityId: string) => [...auditKeys.all, entityType, entityId] as const,
};

/** Every live action of a plan: the dashboard, delivery view and priority pages filter this one list. */
export const getPlanActions = (planId: string, asAt?: string) => getAllPages<Action>('/api/actions', { planId, asAt });
export const getAction = (id: string) => api.get<ActionDetail>(`/api/actions/${id}`);
export const updateAction = (id: string, input: UpdateActionInput) => api.patch<ActionDetail>(`/api/actions/${id}`, input);

/** Each query once, key and fetcher together. */
export const actionQueries = {
  /** With `asAt`, the statuses as they stood at the end of that day. */
  planList: (planId: string, asAt?: string) =>
    queryOptions({ queryKey: actionKeys.planList(planId, asAt), queryFn: () => getPlanActions(planId, asAt), enabled: !!planId }),
  detail: (id: string) => queryOptions({ queryKey: actionKeys.detail(id), queryFn: () => getAction(id) }),
  /** GET /api/actions/:id/history: readable by everyone who may read the action, its owner included. */
  history: (id: string) => queryOptions({ queryKey: actionKeys.history(id), queryFn: () => api.get<ActionHistory>(`/api/actions/${id}/history`) }),
  organisations: () =>
    queryOptions({ queryKey: directoryKeys.organisations(), queryFn: () => getAllPages<Organisation>('/api/organisations'), staleTime: 10 * 60_000 }),
  people: () => queryOptions({ queryKey: directoryKeys.people(), queryFn: () => getAllPages<Person>('/api/people'), staleTime: 10 * 60_000 }),
  auditTrail: (entityType: string, entityId: string) =>
    queryOptions({
      queryKey: auditKeys.entity(entityType, entityId),
      queryFn: () => api.get<Page<AuditEvent>>('/api/audit', { query: { entityType, entityId, pageSize: 200 } }),
    }),
};

export function usePlanActions(planId: string | undefined, asAt?: string) {
  return useQuery(actionQueries.planList(planId ?? '', asAt));
}

export function useAction(id: string) {
  return useQuery(actionQueries.detail(id));
}

export function useUpdateAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateActionInput) => updateAction(id, input),
    onSuccess: (action) => {
      queryClient.setQueryData(actionKeys.detail(id), action);
      void queryClient.invalidateQueries({ queryKey: [...actionKeys.all, 'plan', action.planId] });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'summary', action.planId] });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}

export function useOrganisations() {
  return useQuery(actionQueries.organisations());
}

export function usePeople() {
  return useQuery(actionQueries.people());
}

export function useAuditTrail(entityType: string, entityId: string) {
  return useQuery(actionQueries.auditTrail(entityType, entityId));
}

export interface ToggleMilestoneInput {
  milestone: Milestone;
  completedOn: string | null;
}

export function useSetMilestoneDone(actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ milestone, completedOn }: ToggleMilestoneInput) =>
      api.patch<Milestone>(`/api/milestones/${milestone.id}`, { version: milestone.version, completedOn }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: actionKeys.detail(actionId) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
