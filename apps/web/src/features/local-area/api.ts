import { useQuery } from '@tanstack/react-query';
import type { DeliveryStatus, ImpactStatus } from '@send/domain';
import { api } from '@/lib/api-client';

/** One local area's headline figures, as `GET /api/local-areas/summary` gives them. */
export interface LocalAreaSummary {
  localArea: { id: string; name: string; slug: string };
  plans: { id: string; title: string }[];
  actions: number;
  byImpactStatus: Record<ImpactStatus, number>;
  byDeliveryStatus: Record<DeliveryStatus, number>;
  offTrack: number;
  overdue: number;
  measures: number;
  measuresOffTrack: number;
  lastApprovedBoardPackAt: string | null;
}

export const localAreaKeys = {
  all: ['local-areas'] as const,
  summary: () => [...localAreaKeys.all, 'summary'] as const,
};

export function useLocalAreaSummaries() {
  return useQuery({
    queryKey: localAreaKeys.summary(),
    queryFn: ({ signal }) => api.get<LocalAreaSummary[]>('/api/local-areas/summary', { signal }),
  });
}
