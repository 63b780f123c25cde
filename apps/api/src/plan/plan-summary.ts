import { DELIVERY_STATUSES, DeliveryStatus, IMPACT_STATUSES, ImpactStatus } from '@send/domain';

export type StatusCounts<K extends string> = Record<K, number>;

export interface SummaryCounts {
  actions: number;
  byImpactStatus: StatusCounts<ImpactStatus>;
  byDeliveryStatus: StatusCounts<DeliveryStatus>;
  overdue: number;
}

export interface PlanSummary extends SummaryCounts {
  planId: string;
  asAt: string;
  priorities: (SummaryCounts & { id: string; number: number; title: string })[];
}

/**
 * One statement: counts per priority area and for the whole plan (GROUPING SETS), each status a
 * FILTER aggregate. Overdue is the database form of the domain's isOverdue().
 */
export const SUMMARY_SQL = `
SELECT pa.id, pa.number, pa.title, GROUPING(pa.id) AS is_total,
       count(a.id)::int AS actions,
       ${IMPACT_STATUSES.map((s) => `count(a.id) FILTER (WHERE a.impact_status = '${s}')::int AS "impact_${s}"`).join(',\n       ')},
       ${DELIVERY_STATUSES.map((s) => `count(a.id) FILTER (WHERE a.delivery_status = '${s}')::int AS "delivery_${s}"`).join(',\n       ')},
       count(a.id) FILTER (WHERE a.due_date < $2 AND a.delivery_status <> 'complete')::int AS overdue
  FROM priority_area pa
  LEFT JOIN action a ON a.priority_area_id = pa.id AND a.archived_at IS NULL
 WHERE pa.plan_id = $1
 GROUP BY GROUPING SETS ((pa.id, pa.number, pa.title), ())
 ORDER BY is_total DESC, pa.number`;

export type SummaryRow = { id: string | null; number: number | null; title: string | null; is_total: number; actions: number; overdue: number } & Record<string, number>;

export function toSummaryCounts(row: SummaryRow | undefined): SummaryCounts {
  const count = (key: string) => (row ? Number(row[key]) : 0);
  return {
    actions: count('actions'),
    byImpactStatus: Object.fromEntries(IMPACT_STATUSES.map((s) => [s, count(`impact_${s}`)])) as StatusCounts<ImpactStatus>,
    byDeliveryStatus: Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, count(`delivery_${s}`)])) as StatusCounts<DeliveryStatus>,
    overdue: count('overdue'),
  };
}
