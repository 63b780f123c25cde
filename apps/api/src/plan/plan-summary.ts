import { ApiProperty } from '@nestjs/swagger';
import { CRITICAL_REVIEW_JUDGEMENTS, DELIVERY_STATUSES, DeliveryStatus, IMPACT_STATUSES, ImpactStatus, type JudgementCounts } from '@send/domain';
import { latestStatusBeforeSql, notArchivedAtSql } from '../action/action-status-history.sql';
import { overdueSql } from '../action/overdue.sql';
import { ApiDate, ApiId, CountsOf, DeliveryStatusCounts, ImpactStatusCounts } from '../common/api-response';

export type StatusCounts<K extends string> = Record<K, number>;

export class SummaryCounts {
  @ApiProperty({ type: 'integer' }) actions!: number;
  @ApiProperty({ type: () => ImpactStatusCounts }) byImpactStatus!: StatusCounts<ImpactStatus>;
  @ApiProperty({ type: () => DeliveryStatusCounts }) byDeliveryStatus!: StatusCounts<DeliveryStatus>;
  @ApiProperty({ type: 'integer' }) overdue!: number;
}

/** How many actions a critical review judged in each impact category. */
export const JudgementCountsSchema = CountsOf('JudgementCounts', CRITICAL_REVIEW_JUDGEMENTS);

/** The latest approved critical review by the summary's day: where the headline impact split the partners agreed comes from. */
export class LatestCriticalReview {
  @ApiId() id!: string;
  @ApiDate() reviewDate!: string;
  @ApiProperty() title!: string;
  @ApiProperty() facilitators!: string;
  @ApiProperty({ type: 'integer', description: 'the actions judged' }) actions!: number;
  @ApiProperty({ type: () => JudgementCountsSchema }) byJudgement!: JudgementCounts;
}

/** A priority area's counts. */
export class PrioritySummary extends SummaryCounts {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
}

/** The plan's headline figures on a day, and the same per priority area. */
export class PlanSummary extends SummaryCounts {
  @ApiId() planId!: string;
  @ApiDate({ description: 'the day the figures are for' }) asAt!: string;
  @ApiProperty({ type: () => PrioritySummary, isArray: true }) priorities!: PrioritySummary[];
  @ApiProperty({ type: () => LatestCriticalReview, nullable: true, description: 'the latest approved critical review held by the day; null when there is none' })
  latestCriticalReview!: LatestCriticalReview | null;
}

/**
 * Where the counted statuses come from:
 * - `current`: the actions' official statuses now (archived actions left out);
 * - `asAt`: the statuses as they stood at the end of the day $2 (Europe/London), rebuilt from
 *   action_status_history with their priority areas and due dates of then; actions that did not exist yet, or were archived by then, left out.
 */
export type StatusSource = 'current' | 'asAt';

/** The summary's count columns, named once for the statement and for reading its rows. */
const impactColumn = (status: ImpactStatus) => `impact_${status}`;
const deliveryColumn = (status: DeliveryStatus) => `delivery_${status}`;
const COUNT_COLUMNS = ['actions', ...IMPACT_STATUSES.map(impactColumn), ...DELIVERY_STATUSES.map(deliveryColumn), 'overdue'];

/** The plan's actions with the statuses to count: columns id, priority_area_id, due_date, delivery_status, impact_status. */
function actionStatuses(source: StatusSource): string {
  if (source === 'current') {
    return `SELECT a.id, a.priority_area_id, a.due_date, a.delivery_status, a.impact_status
              FROM action a WHERE a.plan_id = $1 AND a.archived_at IS NULL`;
  }
  return `SELECT a.id, h.priority_area_id, h.due_date, h.delivery_status, h.impact_status
            FROM action a CROSS JOIN ${latestStatusBeforeSql('a', '$2')} h
           WHERE a.plan_id = $1 AND ${notArchivedAtSql('a', '$2')}`;
}

/**
 * The plan's latest approved critical review (on or before $2 as at a day; any date now) with its judgement counts,
 * as one JSON value (null when there is none). A lateral join on the plan's one row: run once per statement.
 */
function latestCriticalReviewSql(source: StatusSource): string {
  return `LEFT JOIN LATERAL (
       SELECT json_build_object('id', r.id, 'reviewDate', r.review_date, 'title', r.title, 'facilitators', r.facilitators,
              'byJudgement', (SELECT json_build_object(${CRITICAL_REVIEW_JUDGEMENTS.map((j) => `'${j}', count(*) FILTER (WHERE j.judgement = '${j}')`).join(', ')})
                                FROM critical_review_judgement j WHERE j.review_id = r.id)) AS review
         FROM critical_review r
        WHERE r.plan_id = p.id AND r.status = 'approved'${source === 'asAt' ? ' AND r.review_date <= $2' : ''}
        ORDER BY r.review_date DESC, r.moderated_at DESC
        LIMIT 1) lr ON true`;
}

/**
 * One statement: the plan's priority areas, each with its counts (each status a FILTER aggregate
 * over the plan's actions, grouped by priority area before the join). $1 is the plan, $2 the day
 * the figures are for (today, or the as-at date); overdue is the database form of the domain's
 * isOverdue() on that day. No row: no such plan; one row with a null id: a plan without priority areas.
 *
 * The plan's totals are the sum of its priority areas' (every action is in one), added up in
 * toPlanSummary. A GROUPING SETS total row gave the same figures but needed over 128 KB of
 * executor memory per run: past glibc's default trim threshold, so every run grew the server
 * process's heap and gave it back, which cost more than the query (2,300 against 6,300 runs a
 * second on 150 plans, measured by npm run bench's dataset on PostgreSQL 18).
 */
export function summarySql(source: StatusSource): string {
  return `
SELECT pa.id, pa.number, pa.title, lr.review AS latest_critical_review, p.local_area_id,
       ${COUNT_COLUMNS.map((column) => `c."${column}"`).join(', ')}
  FROM plan p
  ${latestCriticalReviewSql(source)}
  LEFT JOIN priority_area pa ON pa.plan_id = p.id
  LEFT JOIN (
       SELECT s.priority_area_id,
              count(*)::int AS actions,
              ${IMPACT_STATUSES.map((st) => `count(*) FILTER (WHERE s.impact_status = '${st}')::int AS "${impactColumn(st)}"`).join(',\n              ')},
              ${DELIVERY_STATUSES.map((st) => `count(*) FILTER (WHERE s.delivery_status = '${st}')::int AS "${deliveryColumn(st)}"`).join(',\n              ')},
              count(*) FILTER (WHERE ${overdueSql('s.due_date', 's.delivery_status', '$2')})::int AS overdue
         FROM (${actionStatuses(source)}) s
        GROUP BY s.priority_area_id) c ON c.priority_area_id = pa.id
 WHERE p.id = $1
 ORDER BY pa.number`;
}

/** The two forms of the summary statement, built once. */
export const SUMMARY_SQL: Record<StatusSource, string> = { current: summarySql('current'), asAt: summarySql('asAt') };

/** A priority area's row of summarySql(); its counts are null when it has no actions. Every row carries the plan's latest review. */
export type SummaryRow = { id: string | null; number: number | null; title: string | null; local_area_id: string; latest_critical_review: Omit<LatestCriticalReview, 'actions'> | null } & Record<
  string,
  number | null
>;

/** A row's counts, or (with several rows) their sums. */
export function toSummaryCounts(...rows: SummaryRow[]): SummaryCounts {
  const sums: Record<string, number> = {};
  for (const key of COUNT_COLUMNS) sums[key] = rows.reduce((n, row) => n + Number(row[key] ?? 0), 0);
  return {
    actions: sums.actions,
    byImpactStatus: Object.fromEntries(IMPACT_STATUSES.map((s) => [s, sums[impactColumn(s)]])) as StatusCounts<ImpactStatus>,
    byDeliveryStatus: Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, sums[deliveryColumn(s)]])) as StatusCounts<DeliveryStatus>,
    overdue: sums.overdue,
  };
}

/** The summary response from the rows of summarySql() (at least one: the plan exists). */
export function toPlanSummary(planId: string, day: string, rows: SummaryRow[]): PlanSummary {
  const areas = rows.filter((r) => r.id !== null);
  return {
    planId,
    asAt: day,
    ...toSummaryCounts(...areas),
    priorities: areas.map((r) => ({ id: r.id as string, number: Number(r.number), title: r.title as string, ...toSummaryCounts(r) })),
    latestCriticalReview: toLatestCriticalReview(rows[0].latest_critical_review),
  };
}

function toLatestCriticalReview(review: SummaryRow['latest_critical_review']): LatestCriticalReview | null {
  if (!review) return null;
  const { id, reviewDate, title, facilitators, byJudgement } = review;
  return { id, reviewDate, title, facilitators, actions: Object.values(byJudgement).reduce((a, b) => a + b, 0), byJudgement };
}
