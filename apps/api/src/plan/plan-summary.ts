import { DELIVERY_STATUSES, DeliveryStatus, IMPACT_STATUSES, ImpactStatus } from '@send/domain';
import { latestStatusBeforeSql, notArchivedAtSql } from '../action/action-status-history.sql';

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
 * Where the counted statuses come from:
 * - `current`: the actions' official statuses now (archived actions left out);
 * - `asAt`: the statuses as they stood at the end of the day $2 (Europe/London), rebuilt from
 *   action_status_history; actions that did not exist yet, or were archived by then, left out.
 */
export type StatusSource = 'current' | 'asAt';

/** The plan's actions with the statuses to count: columns id, priority_area_id, due_date, delivery_status, impact_status. */
function actionStatuses(source: StatusSource): string {
  if (source === 'current') {
    return `SELECT a.id, a.priority_area_id, a.due_date, a.delivery_status, a.impact_status
              FROM action a WHERE a.plan_id = $1 AND a.archived_at IS NULL`;
  }
  return `SELECT a.id, a.priority_area_id, a.due_date, h.delivery_status, h.impact_status
            FROM action a CROSS JOIN ${latestStatusBeforeSql('a', '$2')} h
           WHERE a.plan_id = $1 AND ${notArchivedAtSql('a', '$2')}`;
}

/**
 * One statement: counts per priority area and for the whole plan (GROUPING SETS), each status a
 * FILTER aggregate. $1 is the plan, $2 the day the figures are for (today, or the as-at date);
 * overdue is the database form of the domain's isOverdue() on that day.
 */
export function summarySql(source: StatusSource): string {
  return `
SELECT pa.id, pa.number, pa.title, GROUPING(pa.id) AS is_total, (SELECT true FROM plan WHERE plan.id = $1) AS plan_found,
       count(s.id)::int AS actions,
       ${IMPACT_STATUSES.map((st) => `count(s.id) FILTER (WHERE s.impact_status = '${st}')::int AS "impact_${st}"`).join(',\n       ')},
       ${DELIVERY_STATUSES.map((st) => `count(s.id) FILTER (WHERE s.delivery_status = '${st}')::int AS "delivery_${st}"`).join(',\n       ')},
       count(s.id) FILTER (WHERE s.due_date < CAST($2 AS date) AND s.delivery_status <> 'complete')::int AS overdue
  FROM priority_area pa
  LEFT JOIN (${actionStatuses(source)}) s ON s.priority_area_id = pa.id
 WHERE pa.plan_id = $1
 GROUP BY GROUPING SETS ((pa.id, pa.number, pa.title), ())
 ORDER BY is_total DESC, pa.number`;
}

/** The two forms of the summary statement, built once. */
export const SUMMARY_SQL: Record<StatusSource, string> = { current: summarySql('current'), asAt: summarySql('asAt') };

export type SummaryRow = {
  id: string | null; number: number | null; title: string | null; is_total: number;
  /** True when the plan exists (the total row is there even when it does not). */
  plan_found: boolean | null;
  actions: number; overdue: number;
} & Record<string, number>;

export function toSummaryCounts(row: SummaryRow | undefined): SummaryCounts {
  const count = (key: string) => (row ? Number(row[key]) : 0);
  return {
    actions: count('actions'),
    byImpactStatus: Object.fromEntries(IMPACT_STATUSES.map((s) => [s, count(`impact_${s}`)])) as StatusCounts<ImpactStatus>,
    byDeliveryStatus: Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, count(`delivery_${s}`)])) as StatusCounts<DeliveryStatus>,
    overdue: count('overdue'),
  };
}

/** The summary response from the rows of summarySql(): the plan's total row and one per priority area. */
export function toPlanSummary(planId: string, day: string, rows: SummaryRow[]): PlanSummary {
  const total = rows.find((r) => Number(r.is_total) === 1);
  return {
    planId,
    asAt: day,
    ...toSummaryCounts(total),
    priorities: rows
      .filter((r) => Number(r.is_total) === 0)
      .map((r) => ({ id: r.id as string, number: Number(r.number), title: r.title as string, ...toSummaryCounts(r) })),
  };
}
