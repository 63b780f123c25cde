import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

export type RatingCounts = Schemas['ExpectationRatingCounts'];
export type School = Schemas['SchoolResponse'];
export type SelfReview = Schemas['SelfReviewResponse'];
export type SelfReviewDetail = Schemas['SelfReviewDetailResponse'];
export type AuditPoint = Schemas['AuditPointResponse'];
export type Audit = Schemas['AuditResponse'];
export type AuditDetail = Schemas['AuditDetailResponse'];
export type HeatMapRow = Schemas['HeatMapRowResponse'];
/** A year's cohort: who was audited, heat maps of the ratings, the schools needing support, and self-ratings above the audit's. */
export type SchoolOverview = Schemas['SchoolOverviewResponse'];
export type ThematicPoint = Schemas['ThematicPointResponse'];
/** What the year's published audits found, by theme, for the local area's report. */
export type ThematicSummary = Schemas['ThematicSummaryResponse'];

export type UpdateSelfReviewInput = components['schemas']['UpdateSelfReviewDto'];
export type CreateSchoolInput = components['schemas']['CreateSchoolDto'];
export type CreateAuditInput = components['schemas']['CreateAuditDto'];
export type UpdateAuditInput = components['schemas']['UpdateAuditDto'];
export type UpdateSchoolActionInput = components['schemas']['UpdateSchoolActionDto'];
export type SchoolEvidenceInput = components['schemas']['CreateEvidenceDto'];
export type SchoolActionUpdate = components['schemas']['StatusUpdateResponse'];
export type SchoolUpdateInput = components['schemas']['CreateStatusUpdateDto'];
type SchoolActionUpdatePage = components['schemas']['StatusUpdatePage'];

/** A school's own improvement plan: its priorities, their actions with statuses and evidence. */
export type SchoolPlan = Schemas['SchoolPlanResponse'];
/** A meeting of the governing board the school's plan reports to, with the period that ends in it. */
export type SchoolBoardMeeting = Schemas['SchoolBoardMeeting'];
export type MoveMeetingInput = Pick<components['schemas']['UpdateMeetingDto'], 'version' | 'meetingDate'>;

export const schoolReviewKeys = {
  all: ['school-reviews'] as const,
  schools: () => [...schoolReviewKeys.all, 'schools'] as const,
  school: (id: string) => [...schoolReviewKeys.all, 'school', id] as const,
  selfReviews: (schoolId: string) => [...schoolReviewKeys.all, 'school', schoolId, 'self-reviews'] as const,
  audits: (schoolId: string) => [...schoolReviewKeys.all, 'school', schoolId, 'audits'] as const,
  selfReview: (id: string) => [...schoolReviewKeys.all, 'self-review', id] as const,
  audit: (id: string) => [...schoolReviewKeys.all, 'audit', id] as const,
  plan: (schoolId: string) => [...schoolReviewKeys.all, 'school', schoolId, 'plan'] as const,
  actionUpdates: (schoolId: string, actionId: string) => [...schoolReviewKeys.plan(schoolId), 'action', actionId, 'updates'] as const,
  overview: (year?: number) => [...schoolReviewKeys.all, 'overview', year ?? 'current'] as const,
  thematic: (year?: number) => [...schoolReviewKeys.all, 'thematic', year ?? 'current'] as const,
};

const yearQuery = (year?: number) => (year ? `?year=${year}` : '');

export const schoolReviewQueries = {
  schools: () => queryOptions({ queryKey: schoolReviewKeys.schools(), queryFn: ({ signal }) => api.get<School[]>('/api/schools', { signal }) }),
  school: (id: string) => queryOptions({ queryKey: schoolReviewKeys.school(id), queryFn: ({ signal }) => api.get<School>(`/api/schools/${id}`, { signal }) }),
  selfReviews: (schoolId: string) => queryOptions({ queryKey: schoolReviewKeys.selfReviews(schoolId), queryFn: ({ signal }) => api.get<SelfReview[]>(`/api/schools/${schoolId}/self-reviews`, { signal }) }),
  audits: (schoolId: string) => queryOptions({ queryKey: schoolReviewKeys.audits(schoolId), queryFn: ({ signal }) => api.get<Audit[]>(`/api/schools/${schoolId}/audits`, { signal }) }),
  selfReview: (id: string) => queryOptions({ queryKey: schoolReviewKeys.selfReview(id), queryFn: ({ signal }) => api.get<SelfReviewDetail>(`/api/self-reviews/${id}`, { signal }) }),
  audit: (id: string) => queryOptions({ queryKey: schoolReviewKeys.audit(id), queryFn: ({ signal }) => api.get<AuditDetail>(`/api/audits/${id}`, { signal }) }),
  /** The school's plan, or null while it has none. */
  plan: (schoolId: string) => queryOptions({
    queryKey: schoolReviewKeys.plan(schoolId),
    queryFn: ({ signal }) => api.get<SchoolPlan>(`/api/schools/${schoolId}/plan`, { signal }).catch((e: unknown) => {
      if (isApiError(e) && e.status === 404) return null;
      throw e;
    }),
  }),
  actionUpdates: (schoolId: string, actionId: string) => queryOptions({
    queryKey: schoolReviewKeys.actionUpdates(schoolId, actionId),
    queryFn: ({ signal }) => api.get<SchoolActionUpdatePage>(`/api/schools/${schoolId}/plan/actions/${actionId}/updates?pageSize=50`, { signal }),
  }),
  overview: (year?: number) => queryOptions({ queryKey: schoolReviewKeys.overview(year), queryFn: ({ signal }) => api.get<SchoolOverview>(`/api/school-reviews/overview${yearQuery(year)}`, { signal }) }),
  thematic: (year?: number) => queryOptions({ queryKey: schoolReviewKeys.thematic(year), queryFn: ({ signal }) => api.get<ThematicSummary>(`/api/school-reviews/thematic-summary${yearQuery(year)}`, { signal }) }),
};

export const thematicSummaryHref = (format: 'docx' | 'pdf', year?: number) => `/api/school-reviews/thematic-summary.${format}${yearQuery(year)}`;

export const governorsReportHref = (schoolId: string, format: 'docx' | 'pdf') => `/api/schools/${schoolId}/plan/governors-report.${format}`;

export const useSchoolPlan = (schoolId: string) => useQuery(schoolReviewQueries.plan(schoolId));
export const useSchoolActionUpdates = (schoolId: string, actionId: string) => useQuery(schoolReviewQueries.actionUpdates(schoolId, actionId));
export const useSchools = () => useQuery(schoolReviewQueries.schools());
export const useSchool = (id: string) => useQuery(schoolReviewQueries.school(id));
export const useSelfReviews = (schoolId: string) => useQuery(schoolReviewQueries.selfReviews(schoolId));
export const useAudits = (schoolId: string) => useQuery(schoolReviewQueries.audits(schoolId));
export const useSelfReview = (id: string) => useQuery(schoolReviewQueries.selfReview(id));
export const useAudit = (id: string) => useQuery(schoolReviewQueries.audit(id));
export const useSchoolOverview = (year?: number) => useQuery(schoolReviewQueries.overview(year));
export const useThematicSummary = (year?: number) => useQuery(schoolReviewQueries.thematic(year));

export function useStartSelfReview(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SelfReviewDetail>(`/api/schools/${schoolId}/self-reviews`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.all }),
  });
}

export function useUpdateSelfReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSelfReviewInput) => api.patch<SelfReviewDetail>(`/api/self-reviews/${id}`, input),
    onSuccess: (data) => {
      queryClient.setQueryData(schoolReviewKeys.selfReview(id), data);
      void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.selfReviews(data.schoolId) });
    },
  });
}

export function useSubmitSelfReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<SelfReviewDetail>(`/api/self-reviews/${id}/submit`, { version }),
    onSuccess: (data) => {
      queryClient.setQueryData(schoolReviewKeys.selfReview(id), data);
      void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.all });
    },
  });
}

export function useCreateSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSchoolInput) => api.post<School>('/api/schools', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.all }),
  });
}

export function useCreateAudit(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAuditInput) => api.post<AuditDetail>(`/api/schools/${schoolId}/audits`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.audits(schoolId) }),
  });
}

export function useUpdateAudit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAuditInput) => api.patch<AuditDetail>(`/api/audits/${id}`, input),
    onSuccess: (data) => {
      queryClient.setQueryData(schoolReviewKeys.audit(id), data);
      void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.all });
    },
  });
}

export function useUpdateSchoolAction(schoolId: string, actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSchoolActionInput) => api.patch<SchoolPlan>(`/api/schools/${schoolId}/plan/actions/${actionId}`, input),
    onSuccess: (data) => queryClient.setQueryData(schoolReviewKeys.plan(schoolId), data),
  });
}

/** Moves a meeting of the school's governing board (its reporting period follows it), through the meeting routes. */
export function useMoveBoardMeeting(schoolId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MoveMeetingInput) => api.patch<unknown>(`/api/meetings/${meetingId}`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.plan(schoolId) }),
  });
}

export function useAddSchoolEvidence(schoolId: string, actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SchoolEvidenceInput) => api.post<unknown>(`/api/schools/${schoolId}/plan/actions/${actionId}/evidence`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.plan(schoolId) }),
  });
}

/** Writes (or, while it is a draft or returned, changes) the action's update for the current period. */
export function useSaveSchoolUpdate(schoolId: string, actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SchoolUpdateInput) => api.post<SchoolActionUpdate>(`/api/actions/${actionId}/updates`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.actionUpdates(schoolId, actionId) }),
  });
}

/** Sends the update to the local authority's moderators. */
export function useSubmitSchoolUpdate(schoolId: string, actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api.post<SchoolActionUpdate>(`/api/updates/${id}/submit`, { version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: schoolReviewKeys.actionUpdates(schoolId, actionId) }),
  });
}
