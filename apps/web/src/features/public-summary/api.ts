import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicSummaryContent } from '@send/domain';
import { api } from '@/lib/api-client';

/** What the public routes answer: the frozen content of the latest published version. */
export interface PublishedSummary {
  planId: string;
  versionNumber: number;
  publishedAt: string;
  content: PublicSummaryContent;
}

export interface PublicSummaryOverview {
  planId: string;
  versions: { id: string; versionNumber: number; publishedAt: string; publishedBy: { id: string | null; label: string } }[];
  preview: PublicSummaryContent;
}

export const publicSummaryKeys = {
  all: ['public-summary'] as const,
  bySlug: (slug: string) => [...publicSummaryKeys.all, 'slug', slug] as const,
  overview: (planId: string) => [...publicSummaryKeys.all, 'overview', planId] as const,
};

export const publishedByLocalAreaQuery = (slug: string) =>
  queryOptions({
    queryKey: publicSummaryKeys.bySlug(slug),
    queryFn: () => api.get<PublishedSummary>(`/api/public/local-areas/${encodeURIComponent(slug)}`),
    retry: false,
    staleTime: 60_000,
  });

export const publicSummaryOverviewQuery = (planId: string) =>
  queryOptions({
    queryKey: publicSummaryKeys.overview(planId),
    queryFn: () => api.get<PublicSummaryOverview>(`/api/plans/${planId}/public-summary`),
    enabled: !!planId,
  });

export function usePublishedByLocalArea(slug: string) {
  return useQuery(publishedByLocalAreaQuery(slug));
}

export function usePublicSummaryOverview(planId: string | undefined) {
  return useQuery(publicSummaryOverviewQuery(planId ?? ''));
}

export function usePublishSummary(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PublishedSummary & { id: string }>(`/api/plans/${planId}/public-summary/publish`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: publicSummaryKeys.all }),
  });
}

/** The PDF of the latest published version. */
export const publicSummaryPdfHref = (planId: string) => `/api/public/plans/${planId}/summary.pdf`;
