import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateState } from '@send/domain';
import { api, getAllPages, isApiError, type Page } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The request bodies and responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Requests = components['schemas'];

/** A period in brief; its board date is the date of the meeting it reports to. */
export type PeriodSummary = Requests['PeriodSummary'];

/** A period with its meeting (where the route gives it), whether it is open, and whether it is the current one. */
export type Period = Requests['ReportingPeriodResponse'];
/** A plan's periods in board order, and which one is current. */
export type PeriodList = Requests['ReportingPeriodList'];

/** The responses, as the API's OpenAPI document declares them. */
export type Party = Requests['UpdateParty'];
export type Transition = Requests['UpdateTransition'];
/** An update; `illustrative` when made up by the demonstration plan's seed, not reported. */
export type StatusUpdate = Requests['StatusUpdateResponse'];
export type StatusUpdatePage = Requests['StatusUpdatePage'];

/** What the update form sends: every field of the API's update body but the period and version, filled in. */
export type UpdateContent = Required<Omit<Requests['CreateStatusUpdateDto'], 'periodId' | 'version'>>;

export const updateKeys = {
  all: ['updates'] as const,
  periods: (planId: string) => [...updateKeys.all, 'periods', planId] as const,
  action: (actionId: string) => [...updateKeys.all, 'action', actionId] as const,
  detail: (id: string) => [...updateKeys.all, 'detail', id] as const,
  list: (planId: string, periodId: string, state?: UpdateState) => [...updateKeys.all, 'list', planId, periodId, state ?? 'any'] as const,
  progress: (planId: string, periodId: string) => [...updateKeys.all, 'progress', planId, periodId] as const,
};

/** Where one action stands for a period: `owesUpdate` when open, with no update submitted for the period yet. */
export type ActionProgress = Requests['ActionProgress'];
/** Update tracking for a period: who has reported, who has not, stale and inconsistent actions. */
export type PeriodProgress = Requests['UpdateProgressResponse'];

export const getPeriods = (planId: string) => api.get<PeriodList>(`/api/plans/${planId}/periods`);
export const getActionUpdates = (actionId: string) => getAllPages<StatusUpdate>(`/api/actions/${actionId}/updates`);
export const getUpdate = (id: string) => api.get<StatusUpdate>(`/api/updates/${id}`);
export const getUpdates = (planId: string, periodId: string, state?: UpdateState) =>
  getAllPages<StatusUpdate>('/api/updates', { planId, periodId, state });

export const getPeriodProgress = (planId: string, periodId: string) => api.get<PeriodProgress>(`/api/plans/${planId}/periods/${periodId}/progress`);

/**
 * Each query once, key and fetcher together, as bulletproof-react's `queryOptions` builders: the
 * hooks below, prefetching and tests all use these, so a key cannot drift from its fetcher.
 */
export const updateQueries = {
  periods: (planId: string) => queryOptions({ queryKey: updateKeys.periods(planId), queryFn: () => getPeriods(planId), staleTime: 5 * 60_000 }),
  action: (actionId: string) => queryOptions({ queryKey: updateKeys.action(actionId), queryFn: () => getActionUpdates(actionId) }),
  detail: (id: string) => queryOptions({ queryKey: updateKeys.detail(id), queryFn: () => getUpdate(id) }),
  list: (planId: string, periodId: string, state?: UpdateState) =>
    queryOptions({ queryKey: updateKeys.list(planId, periodId, state), queryFn: () => getUpdates(planId, periodId, state) }),
  progress: (planId: string, periodId: string) =>
    queryOptions({ queryKey: updateKeys.progress(planId, periodId), queryFn: () => getPeriodProgress(planId, periodId) }),
};

export function usePeriods(planId: string | undefined) {
  return useQuery({ ...updateQueries.periods(planId ?? ''), enabled: !!planId });
}

export function useActionUpdates(actionId: string) {
  return useQuery(updateQueries.action(actionId));
}

export function useUpdate(id: string) {
  return useQuery(updateQueries.detail(id));
}

export function usePeriodUpdates(planId: string | undefined, periodId: string | null | undefined, state?: UpdateState) {
  return useQuery({ ...updateQueries.list(planId ?? '', periodId ?? '', state), enabled: !!planId && !!periodId });
}

export function usePeriodProgress(planId: string | undefined, periodId: string | null | undefined) {
  return useQuery({ ...updateQueries.progress(planId ?? '', periodId ?? ''), enabled: !!planId && !!periodId });
}

/** Submitting, approving and returning send the version the update was read at (the API requires it). */
const submission = (update: { version: number }): Requests['SubmitStatusUpdateDto'] => ({ version: update.version });

/** Creates (POST) or edits (PATCH) an update, then submits it when asked. */
export interface SaveUpdateInput {
  actionId: string;
  existing?: { id: string; version: number };
  content: UpdateContent;
  submit: boolean;
}

export async function saveUpdate({ actionId, existing, content, submit }: SaveUpdateInput): Promise<StatusUpdate> {
  let saved: StatusUpdate;
  if (existing) {
    const edit: Requests['EditStatusUpdateDto'] = { version: existing.version, ...content };
    saved = await api.patch<StatusUpdate>(`/api/updates/${existing.id}`, edit);
  } else {
    const create: Requests['CreateStatusUpdateDto'] = content;
    saved = await api.post<StatusUpdate>(`/api/actions/${actionId}/updates`, create);
  }
  if (submit) saved = await api.post<StatusUpdate>(`/api/updates/${saved.id}/submit`, submission(saved));
  return saved;
}

function useInvalidateUpdates() {
  const queryClient = useQueryClient();
  return (u: StatusUpdate) => {
    queryClient.setQueryData(updateKeys.detail(u.id), u);
    void queryClient.invalidateQueries({ queryKey: updateKeys.all });
    // An approval changes the action's official status, so everything that counts statuses.
    void queryClient.invalidateQueries({ queryKey: ['actions'] });
    void queryClient.invalidateQueries({ queryKey: ['plans'] });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useSaveUpdate() {
  const invalidate = useInvalidateUpdates();
  return useMutation({ mutationFn: saveUpdate, onSuccess: invalidate });
}

export interface ModerateInput {
  update: { id: string; version: number };
  decision: 'approve' | 'return';
  comment: string;
}

/** On a 409 the update changed since it was read: read it again, so what is shown is what will be decided on. */
function useRefreshOnConflict() {
  const queryClient = useQueryClient();
  return (error: unknown, input: { id: string }) => {
    if (isApiError(error) && error.isConflict) void queryClient.invalidateQueries({ queryKey: updateKeys.detail(input.id) });
  };
}

export function useModerateUpdate() {
  const invalidate = useInvalidateUpdates();
  const refreshOnConflict = useRefreshOnConflict();
  return useMutation({
    mutationFn: ({ update, decision, comment }: ModerateInput) => {
      const body: Requests['ApproveStatusUpdateDto'] | Requests['ReturnStatusUpdateDto'] = { ...submission(update), ...(comment.trim() ? { comment } : {}) };
      return api.post<StatusUpdate>(`/api/updates/${update.id}/${decision}`, body);
    },
    onSuccess: invalidate,
    onError: (error: Error, { update }) => refreshOnConflict(error, update),
  });
}

export function useSubmitUpdate() {
  const invalidate = useInvalidateUpdates();
  const refreshOnConflict = useRefreshOnConflict();
  return useMutation({
    mutationFn: (update: { id: string; version: number }) => api.post<StatusUpdate>(`/api/updates/${update.id}/submit`, submission(update)),
    onSuccess: invalidate,
    onError: (error: Error, update) => refreshOnConflict(error, update),
  });
}

export type { Page };
