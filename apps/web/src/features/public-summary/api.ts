import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

/** What the public routes answer: the frozen content of the latest published version. */
export type PublishedSummary = Schemas['PublishedSummary'];
/** The versions published so far (latest first), and what would be published now. */
export type PublicSummaryOverview = Schemas['PublicSummaryOverview'];

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
    mutationFn: () => api.post<Schemas['PublishedSummaryVersion']>(`/api/plans/${planId}/public-summary/publish`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: publicSummaryKeys.all }),
  });
}

/** The PDF of the latest published version. */
export const publicSummaryPdfHref = (planId: string) => `/api/public/plans/${planId}/summary.pdf`;
