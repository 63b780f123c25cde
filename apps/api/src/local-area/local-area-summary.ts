import { ApiProperty } from '@nestjs/swagger';
import { computeMeasureStatus, DELIVERY_STATUSES, type DeliveryStatus, IMPACT_STATUSES, type ImpactStatus, type MeasureDefinition } from '@send/domain';
import { ApiDateTime, ApiId, DeliveryStatusCounts, ImpactStatusCounts, TitledRef } from '../common/api-response';
import { REPORTING_BODY_KIND } from '../reporting-period/period-meeting';

export class LocalAreaRef {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'plymouth' }) slug!: string;
}

/** One local area's headline figures, as an adviser compares them. */
export class LocalAreaSummary {
  @ApiProperty({ type: () => LocalAreaRef }) localArea!: LocalAreaRef;
  @ApiProperty({ type: () => TitledRef, isArray: true, description: "the area's current (not archived) plans; the dashboard link opens the first" })
  plans!: TitledRef[];
  @ApiProperty({ type: 'integer' }) actions!: number;
  @ApiProperty({ type: () => ImpactStatusCounts }) byImpactStatus!: Record<ImpactStatus, number>;
  @ApiProperty({ type: () => DeliveryStatusCounts }) byDeliveryStatus!: Record<DeliveryStatus, number>;
  @ApiProperty({ type: 'integer' }) offTrack!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) measures!: number;
  @ApiProperty({ type: 'integer' }) measuresOffTrack!: number;
  @ApiDateTime({ nullable: true, description: 'when the last Improvement Board pack was published (approved), or null' })
  lastApprovedBoardPackAt!: string | null;
}

/**
 * Each local area in $1 with its actions' counts over its current plans. Overdue is the database
 * form of the domain's isOverdue() on the day $2, as in the plan summary.
 */
export const LOCAL_AREA_SUMMARY_SQL = `
SELECT la.id, la.name, la.slug,
       coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p.title)
                   FROM plan p WHERE p.local_area_id = la.id AND p.archived_at IS NULL AND p.school_id IS NULL), '[]') AS plans,
       count(a.id)::int AS actions,
       ${IMPACT_STATUSES.map((s) => `count(a.id) FILTER (WHERE a.impact_status = '${s}')::int AS "impact_${s}"`).join(',\n       ')},
       ${DELIVERY_STATUSES.map((s) => `count(a.id) FILTER (WHERE a.delivery_status = '${s}')::int AS "delivery_${s}"`).join(',\n       ')},
       count(a.id) FILTER (WHERE a.due_date < CAST($2 AS date) AND a.delivery_status <> 'complete')::int AS overdue,
       (SELECT max(pk.published_at) FROM pack pk
          JOIN meeting m ON m.id = pk.meeting_id
          JOIN governance_body b ON b.id = m.body_id AND b.kind = '${REPORTING_BODY_KIND}'
         WHERE pk.local_area_id = la.id AND pk.state = 'published') AS last_pack
  FROM local_area la
  LEFT JOIN plan p ON p.local_area_id = la.id AND p.archived_at IS NULL AND p.school_id IS NULL
  LEFT JOIN action a ON a.plan_id = p.id AND a.archived_at IS NULL
 WHERE la.id = ANY($1::uuid[])
 GROUP BY la.id
 ORDER BY la.name`;

export type LocalAreaSummaryRow = { id: string; name: string; slug: string; plans: { id: string; title: string }[]; last_pack: Date | null } & Record<string, number>;

/** The measures of the current plans in $1's areas, with their values oldest first. */
export const LOCAL_AREA_MEASURES_SQL = `
SELECT m.local_area_id, m.polarity, m.baseline_value::float8 AS "baselineValue", m.baseline_date::text AS "baselineDate",
       m.target_value::float8 AS "targetValue", m.target_date::text AS "targetDate", m.tolerance::float8 AS tolerance,
       coalesce((SELECT json_agg(json_build_object('date', v.period_end, 'value', v.value::float8) ORDER BY v.period_end)
                   FROM measure_value v WHERE v.measure_id = m.id), '[]') AS readings
  FROM measure m JOIN plan p ON p.id = m.plan_id AND p.archived_at IS NULL AND p.school_id IS NULL
 WHERE m.local_area_id = ANY($1::uuid[])`;

export type LocalAreaMeasureRow = MeasureDefinition & { local_area_id: string; readings: { date: string; value: number }[] };

export function toLocalAreaSummaries(rows: LocalAreaSummaryRow[], measures: LocalAreaMeasureRow[]): LocalAreaSummary[] {
  return rows.map((row) => {
    const own = measures.filter((m) => m.local_area_id === row.id);
    return {
      localArea: { id: row.id, name: row.name, slug: row.slug },
      plans: row.plans,
      actions: row.actions,
      byImpactStatus: Object.fromEntries(IMPACT_STATUSES.map((s) => [s, row[`impact_${s}`]])) as Record<ImpactStatus, number>,
      byDeliveryStatus: Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, row[`delivery_${s}`]])) as Record<DeliveryStatus, number>,
      offTrack: row.delivery_off_track,
      overdue: row.overdue,
      measures: own.length,
      measuresOffTrack: own.filter((m) => computeMeasureStatus(m, m.readings).status === 'off_track').length,
      lastApprovedBoardPackAt: row.last_pack ? new Date(row.last_pack).toISOString() : null,
    };
  });
}
