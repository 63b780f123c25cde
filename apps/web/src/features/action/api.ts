import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryStatus, ImpactStatus, Inconsistency } from '@send/domain';
import { api, getAllPages, type Page } from '@/lib/api-client';

export interface Ref {
  id: string;
  name: string;
}

export interface Milestone {
  id: string;
  actionId: string;
  title: string;
  dueDate: string | null;
  completedOn: string | null;
  done: boolean;
  version: number;
}

export interface Action {
  id: string;
  planId: string;
  priorityAreaId: string;
  priorityNumber: number | null;
  reference: string;
  title: string;
  description: string;
  ownerOrganisation: Ref | null;
  ownerPerson: (Ref & { jobTitle: string | null }) | null;
  partners: Ref[];
  startDate: string | null;
  dueDate: string | null;
  deliveryStatus: DeliveryStatus;
  deliveryStatusLabel: string;
  impactStatus: ImpactStatus;
  impactStatusLabel: string;
  overdue: boolean;
  /** Where the statuses contradict the action's dates, milestones or evidence, as the API judged them (lists and detail). */
  inconsistencies?: Inconsistency[];
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ActionDetail extends Action {
  milestones: Milestone[];
}

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

export interface Organisation {
  id: string;
  key: string;
  name: string;
  kind: string;
  version: number;
}

export interface Person {
  id: string;
  name: string;
  jobTitle: string | null;
  email: string | null;
  organisationId: string;
  version: number;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actor: { id: string | null; label: string };
  planId: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export const actionKeys = {
  all: ['actions'] as const,
  planList: (planId: string, asAt?: string) => [...actionKeys.all, 'plan', planId, asAt ?? 'now'] as const,
  detail: (id: string) => [...actionKeys.all, 'detail', id] as const,
};
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

/** With `asAt`, the statuses as they stood at the end of that day. */
export function usePlanActions(planId: string | undefined, asAt?: string) {
  return useQuery({ queryKey: actionKeys.planList(planId ?? '', asAt), queryFn: () => getPlanActions(planId!, asAt), enabled: !!planId });
}

export function useAction(id: string) {
  return useQuery({ queryKey: actionKeys.detail(id), queryFn: () => getAction(id) });
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
  return useQuery({
    queryKey: directoryKeys.organisations(),
    queryFn: () => getAllPages<Organisation>('/api/organisations'),
    staleTime: 10 * 60_000,
  });
}

export function usePeople() {
  return useQuery({ queryKey: directoryKeys.people(), queryFn: () => getAllPages<Person>('/api/people'), staleTime: 10 * 60_000 });
}

export function useAuditTrail(entityType: string, entityId: string) {
  return useQuery({
    queryKey: auditKeys.entity(entityType, entityId),
    queryFn: () => api.get<Page<AuditEvent>>('/api/audit', { query: { entityType, entityId, pageSize: 200 } }),
  });
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
