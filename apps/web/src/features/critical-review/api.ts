import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CriticalReviewJudgement, CriticalReviewStatus, JudgementChange, JudgementCounts } from '@send/domain';
import { api, type Page } from '@/lib/api-client';

export interface CriticalReview {
  id: string;
  planId: string;
  reviewDate: string;
  title: string;
  facilitators: string;
  sourceNote: string;
  status: CriticalReviewStatus;
  recordedBy: { id: string | null; label: string };
  submittedAt: string | null;
  submittedBy: { id: string | null; label: string } | null;
  moderatedAt: string | null;
  moderatedBy: { id: string | null; label: string } | null;
  moderationNote: string | null;
  actions: number;
  byJudgement: JudgementCounts;
  version: number;
}

export interface ReviewActionRef {
  id: string;
  reference: string;
  title: string;
  priorityNumber: number;
}

export interface CriticalReviewDetail extends CriticalReview {
  judgements: {
    action: ReviewActionRef;
    judgement: CriticalReviewJudgement;
    reason: string;
    previousJudgement: CriticalReviewJudgement | null;
    change: JudgementChange;
  }[];
  comparison: {
    previousReview: { id: string; reviewDate: string; title: string } | null;
    counts: Record<JudgementChange, number>;
    movedForward: string[];
    slippedBack: string[];
    notJudgedAgain: { action: ReviewActionRef; judgement: CriticalReviewJudgement }[];
  };
}

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
    queryFn: () => api.get<Page<CriticalReview>>(`/api/plans/${planId}/critical-reviews`, { query: { pageSize: 100 } }),
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
