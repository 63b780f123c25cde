import { keepPreviousData, queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionStatus } from '@send/domain';
import { api, getAllPages, type Page } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import type { MutationConfig } from '@/lib/react-query';

/** A board, group or committee of the plan, with its last and next meeting (generated: lib/api-types.ts). */
export type GovernanceBody = components['schemas']['GovernanceBodyResponse'];

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts); `illustrative` when made up by the demonstration plan's seed. */
export type MeetingRef = components['schemas']['MeetingRef'];
export type Meeting = components['schemas']['MeetingResponse'];
/** A meeting with its body's chair, the meetings either side, its decisions' tally and the reporting period that ends in it (a board the plan reports to), if any. */
export type MeetingDetail = components['schemas']['MeetingDetailResponse'];
export type Decision = components['schemas']['DecisionResponse'];

/** The request bodies, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type RecordDecisionInput = components['schemas']['CreateDecisionDto'];
export type UpdateDecisionInput = components['schemas']['UpdateDecisionDto'];

/** A file of a pack; a draft's files other than the board pack are rendered when downloaded, so their size and hash are null. */
export type PackFile = components['schemas']['PackFileResponse'];
/** A meeting's pack as listed: its state, who made and published it, its headline figures and its files. */
export type Pack = components['schemas']['PackResponse'];
export type SnapshotActionRef = components['schemas']['SnapshotActionRef'];
export type SnapshotDecision = components['schemas']['SnapshotDecisionResponse'];
/** The plan snapshot a pack was rendered from; it only ever gains optional sections, so an older pack's may lack those. */
export type PackSnapshot = components['schemas']['PlanSnapshotResponse'];
/** A pack with its snapshot, for a preview. */
export type PackDetail = components['schemas']['PackDetailResponse'];

export interface MeetingFilters {
  planId: string;
  bodyId?: string;
  from?: string;
  to?: string;
  order?: 'asc' | 'desc';
  pageSize: number;
}

export interface DecisionFilters {
  planId: string;
  status?: DecisionStatus;
  /** As the decisions stood at the end of this day. */
  asAt?: string;
}

export const governanceKeys = {
  all: ['governance'] as const,
  bodies: (planId: string) => [...governanceKeys.all, 'bodies', planId] as const,
  meetings: () => [...governanceKeys.all, 'meetings'] as const,
  meetingList: (f: MeetingFilters) => [...governanceKeys.meetings(), 'list', f] as const,
  meeting: (id: string) => [...governanceKeys.meetings(), 'detail', id] as const,
  meetingPacks: (meetingId: string) => [...governanceKeys.all, 'packs', 'meeting', meetingId] as const,
  pack: (id: string) => [...governanceKeys.all, 'packs', 'detail', id] as const,
  decisions: () => [...governanceKeys.all, 'decisions'] as const,
  decisionList: (f: DecisionFilters) => [...governanceKeys.decisions(), 'list', f] as const,
  meetingDecisions: (meetingId: string) => [...governanceKeys.decisions(), 'meeting', meetingId] as const,
};

export const getGovernanceBodies = (planId?: string) => api.get<components['schemas']['GovernanceBodyList']>('/api/governance-bodies', { query: { planId } });
export const getMeetings = (f: MeetingFilters) => api.get<Page<Meeting>>('/api/meetings', { query: { ...f } });
export const getMeeting = (id: string) => api.get<MeetingDetail>(`/api/meetings/${id}`);
export const getMeetingPacks = (meetingId: string) => api.get<components['schemas']['PackList']>(`/api/meetings/${meetingId}/packs`);
export const getPack = (id: string) => api.get<PackDetail>(`/api/packs/${id}`);
export const getMeetingDecisions = (meetingId: string) => getAllPages<Decision>(`/api/meetings/${meetingId}/decisions`);
export const getDecisions = (f: DecisionFilters) => getAllPages<Decision>('/api/decisions', { ...f });

/** The board pack PDF of a pack; the API names the file for the meeting. */
export const boardPackHref = (packId: string) => `/api/packs/${packId}/board-pack.pdf`;

/** Each query once, key and fetcher together (`queryOptions`): the hooks below and any prefetch use these. */
export const governanceQueries = {
  bodies: (planId?: string) =>
    queryOptions({ queryKey: governanceKeys.bodies(planId ?? 'any'), queryFn: () => getGovernanceBodies(planId), staleTime: 10 * 60_000 }),
  meetingList: (filters: MeetingFilters) => queryOptions({ queryKey: governanceKeys.meetingList(filters), queryFn: () => getMeetings(filters) }),
  meeting: (id: string) => queryOptions({ queryKey: governanceKeys.meeting(id), queryFn: () => getMeeting(id) }),
  meetingPacks: (meetingId: string) => queryOptions({ queryKey: governanceKeys.meetingPacks(meetingId), queryFn: () => getMeetingPacks(meetingId) }),
  pack: (id: string) => queryOptions({ queryKey: governanceKeys.pack(id), queryFn: () => getPack(id) }),
  meetingDecisions: (meetingId: string) =>
    queryOptions({ queryKey: governanceKeys.meetingDecisions(meetingId), queryFn: () => getMeetingDecisions(meetingId) }),
  decisionList: (filters: DecisionFilters) => queryOptions({ queryKey: governanceKeys.decisionList(filters), queryFn: () => getDecisions(filters) }),
};

/** Every governance body (of every plan when `planId` is left out: how a scrutiny member finds the plan). */
export function useGovernanceBodies(planId?: string, enabled = true) {
  return useQuery({ ...governanceQueries.bodies(planId), enabled });
}

export function useMeetings(filters: MeetingFilters, enabled = true) {
  return useQuery({
    ...governanceQueries.meetingList(filters),
    enabled: enabled && !!filters.planId,
    // Showing more keeps the rows already there instead of flashing a loading message.
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery(governanceQueries.meeting(id));
}

export function useMeetingPacks(meetingId: string) {
  return useQuery({
    ...governanceQueries.meetingPacks(meetingId),
    // A pack being published is rendered on the server's job queue: look again until its files are ready.
    refetchInterval: (query) => (query.state.data?.items.some((p) => p.state === 'publishing') ? 2000 : false),
  });
}

/** The packs of several meetings at once (the pack column of a list of meetings). */
export function useMeetingsPacks(meetingIds: readonly string[]) {
  return useQueries({ queries: meetingIds.map((id) => governanceQueries.meetingPacks(id)) });
}

/** The plan's published packs, latest meeting first (every body's, before or after their meeting). */
export function usePublishedPacks(planId: string | undefined, pageSize = 20) {
  return useQuery({
    queryKey: [...governanceKeys.all, 'published-packs', planId ?? '', pageSize] as const,
    queryFn: () => api.get<components['schemas']['PackList']>('/api/packs', { query: { planId, pageSize } }),
    enabled: !!planId,
    placeholderData: keepPreviousData,
  });
}

export function usePack(id: string | undefined) {
  return useQuery({ ...governanceQueries.pack(id ?? ''), enabled: !!id });
}

/**
 * After a pack changes: its meeting's list, and the pack itself (the API answers with the pack and
 * its snapshot, so the preview needs no second request; after a refusal it is fetched again).
 */
function usePackSettled() {
  const queryClient = useQueryClient();
  return (pack: Pack) => {
    if ('snapshot' in pack) {
      queryClient.setQueryData(governanceKeys.pack(pack.id), pack);
      // Shown in the meeting's list at once (newest first, as the API lists them), then read again.
      if (pack.meeting) {
        const { snapshot: _snapshot, ...listed } = pack as PackDetail;
        queryClient.setQueryData<{ items: Pack[]; total: number }>(governanceKeys.meetingPacks(pack.meeting.id), (old) => {
          if (!old) return old;
          const known = old.items.some((p) => p.id === pack.id);
          const items = known ? old.items.map((p) => (p.id === pack.id ? listed : p)) : [listed, ...old.items];
          return { items, total: items.length };
        });
      }
    } else void queryClient.invalidateQueries({ queryKey: governanceKeys.pack(pack.id) });
    if (pack.meeting) void queryClient.invalidateQueries({ queryKey: governanceKeys.meetingPacks(pack.meeting.id) });
    void queryClient.invalidateQueries({ queryKey: [...governanceKeys.all, 'published-packs'] });
  };
}

/** Generates the meeting's draft pack (or regenerates the draft it already has). */
export function useGeneratePack(meetingId: string, config?: MutationConfig<PackDetail, void>) {
  const settled = usePackSettled();
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => api.post<PackDetail>(`/api/meetings/${meetingId}/packs`),
    onSuccess: (pack, ...rest) => {
      settled(pack);
      void queryClient.invalidateQueries({ queryKey: governanceKeys.meetingPacks(meetingId) });
      config?.onSuccess?.(pack, ...rest);
    },
  });
}

/**
 * A pack's next step, with its version sent along; whether it succeeds or is refused (409: stale,
 * or already published), the packs are shown as they now are.
 */
function usePackStep(step: 'regenerate' | 'publish', config?: MutationConfig<PackDetail, Pack>) {
  const settled = usePackSettled();
  return useMutation({
    ...config,
    mutationFn: (pack: Pack) => api.post<PackDetail>(`/api/packs/${pack.id}/${step}`, { version: pack.version }),
    onSuccess: (pack, ...rest) => {
      settled(pack);
      config?.onSuccess?.(pack, ...rest);
    },
    onError: (error, pack, ...rest) => {
      settled(pack);
      config?.onError?.(error, pack, ...rest);
    },
  });
}

export const useRegeneratePack = (config?: MutationConfig<PackDetail, Pack>) => usePackStep('regenerate', config);

/** Publishes the draft as previewed: its version goes along, so a draft regenerated since is refused (409). */
export const usePublishPack = (config?: MutationConfig<PackDetail, Pack>) => usePackStep('publish', config);

export function useMeetingDecisions(meetingId: string, enabled = true) {
  return useQuery({ ...governanceQueries.meetingDecisions(meetingId), enabled });
}

export function useDecisions(filters: DecisionFilters) {
  return useQuery({ ...governanceQueries.decisionList(filters), enabled: !!filters.planId });
}

export function useRecordDecision(meetingId: string, config?: MutationConfig<Decision, RecordDecisionInput>) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (input: RecordDecisionInput) => api.post<Decision>(`/api/meetings/${meetingId}/decisions`, input),
    onSuccess: (decision, ...rest) => {
      void queryClient.invalidateQueries({ queryKey: governanceKeys.decisions() });
      void queryClient.invalidateQueries({ queryKey: governanceKeys.meeting(meetingId) });
      config?.onSuccess?.(decision, ...rest);
    },
  });
}

export function useUpdateDecision(config?: MutationConfig<Decision, { id: string; input: UpdateDecisionInput }>) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ id, input }: { id: string; input: UpdateDecisionInput }) => api.patch<Decision>(`/api/decisions/${id}`, input),
    onSuccess: (decision, ...rest) => {
      void queryClient.invalidateQueries({ queryKey: governanceKeys.decisions() });
      if (decision.meeting) void queryClient.invalidateQueries({ queryKey: governanceKeys.meeting(decision.meeting.id) });
      config?.onSuccess?.(decision, ...rest);
    },
    // A stale version (409): fetch the decisions again so the next try carries the current version.
    onError: (error, ...rest) => {
      void queryClient.invalidateQueries({ queryKey: governanceKeys.decisions() });
      config?.onError?.(error, ...rest);
    },
  });
}
