import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CriticalReviewJudgement } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

/** A critical review in brief, with how many actions it judged in each impact category. */
export type CriticalReview = Schemas['CriticalReviewResponse'];
export type ReviewActionRef = Schemas['ReviewActionRef'];
/** A review with its judgements and how they compare with the previous approved review. */
export type CriticalReviewDetail = Schemas['CriticalReviewDetailResponse'];

export interface JudgementInput {
  actionId: string;
  judgement: CriticalReviewJudgement;
  reason: string;
}

export const criticalReviewKeys = {
  all: ['critical-reviews'] as const,
  list: (planId: string) => [...criticalReviewKeys.all, 'list', planId] as const,
  detail: (id: string) => [...criticalReviewKeys.all, 'detail', id] as const,
};

export const criticalReviewsQuery = (planId: string) =>
  queryOptions({
    queryKey: criticalReviewKeys.list(planId),
    queryFn: () => api.get<Schemas['CriticalReviewPage']>(`/api/plans/${planId}/critical-reviews`, { query: { pageSize: 100 } }),
    enabled: !!planId,
  });

export const criticalReviewQuery = (id: string) =>
  queryOptions({ queryKey: criticalReviewKeys.detail(id), queryFn: () => api.get<CriticalReviewDetail>(`/api/critical-reviews/${id}`) });

export function useCriticalReviews(planId: string | undefined) {
  return useQuery(criticalReviewsQuery(planId ?? ''));
}

export function useCriticalReview(id: string) {
  return useQuery(criticalReviewQuery(id));
}

/** After any write: the review, the plan's list and the plan's summary (its latest review) are read again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (review: CriticalReviewDetail) => {
    queryClient.setQueryData(criticalReviewKeys.detail(review.id), review);
    void queryClient.invalidateQueries({ queryKey: criticalReviewKeys.list(review.planId) });
    // The plans' summaries name their latest approved review.
    void queryClient.invalidateQueries({ queryKey: ['plans'] });
  };
}

export function useCreateCriticalReview(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { reviewDate: string; title: string; facilitators: string }) =>
      api.post<CriticalReviewDetail>(`/api/plans/${planId}/critical-reviews`, input),
    onSuccess: refresh,
  });
}

export function useSaveJudgements() {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ review, judgements }: { review: CriticalReviewDetail; judgements: JudgementInput[] }) =>
      api.put<CriticalReviewDetail>(`/api/critical-reviews/${review.id}/judgements`, { version: review.version, judgements }),
    onSuccess: refresh,
    onError: (_e, { review }) => void queryClient.invalidateQueries({ queryKey: criticalReviewKeys.detail(review.id) }),
  });
}

/** Submit, approve or return, with the version the review was read at. */
export function useDecideCriticalReview() {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ review, decision, note }: { review: CriticalReviewDetail; decision: 'submit' | 'approve' | 'return'; note?: string }) =>
      api.post<CriticalReviewDetail>(`/api/critical-reviews/${review.id}/${decision}`, decision === 'submit' ? { version: review.version } : { version: review.version, note }),
    onSuccess: refresh,
    onError: (_e, { review }) => void queryClient.invalidateQueries({ queryKey: criticalReviewKeys.detail(review.id) }),
  });
}
