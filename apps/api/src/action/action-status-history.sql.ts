/**
 * SQL over action_status_history, shared by every "as at" query so that the plan, its summary
 * and the changes between two dates are rebuilt the same way.
 */

/** The instant a day ends in England (midnight at the start of the next day, Europe/London), for a `date` parameter. */
export function londonDayEndSql(dayParam: string): string {
  return `((CAST(${dayParam} AS date) + 1)::timestamp AT TIME ZONE 'Europe/London')`;
}

/** The columns of a history row an "as at" read rebuilds an action from. */
export const AS_AT_COLUMNS = ['delivery_status', 'impact_status', 'valid_from', 'priority_area_id', 'reference', 'title', 'description',
  'owner_organisation_id', 'owner_person_id', 'start_date', 'due_date', 'partner_organisation_ids'] as const;

/**
 * The latest history row of the action `actionAlias` before the end of a day, as a LATERAL
 * subquery (the AS_AT_COLUMNS: statuses and every reportable field): one probe of the index
 * (action_id, valid_from, id) per action, however long its history.
 */
export function latestStatusBeforeSql(actionAlias: string, dayParam: string): string {
  return `LATERAL (SELECT ${AS_AT_COLUMNS.map((c) => `h.${c}`).join(', ')}
              FROM action_status_history h
             WHERE h.action_id = ${actionAlias}.id AND h.valid_from < ${londonDayEndSql(dayParam)}
             ORDER BY h.valid_from DESC, h.id DESC
             LIMIT 1)`;
}

/**
 * Each action as it stood at the end of a day: the latest history row before then, per action
 * (columns action_id and the AS_AT_COLUMNS, with due_date and start_date as text).
 * An action with no row before then did not exist yet, and is absent.
 * `planParam` limits it to one plan, `actionIdsParam` (a uuid[] parameter) to some actions.
 */
export function statusesAsAtSql(dayParam: string, only: { planParam?: string; actionIdsParam?: string } = {}): string {
  const where = [
    ...(only.planParam ? [`sa.plan_id = ${only.planParam}`] : []),
    ...(only.actionIdsParam ? [`sa.id = ANY(${only.actionIdsParam})`] : []),
  ];
  const columns = AS_AT_COLUMNS.map((c) => (c === 'due_date' || c === 'start_date' ? `sh.${c}::text AS ${c}` : `sh.${c}`));
  return `SELECT sa.id AS action_id, ${columns.join(', ')}
            FROM action sa CROSS JOIN ${latestStatusBeforeSql('sa', dayParam)} sh
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
}

/** An action still in the plan at the end of that day: not archived, or archived only later. */
export function notArchivedAtSql(actionAlias: string, dayParam: string): string {
  return `(${actionAlias}.archived_at IS NULL OR ${actionAlias}.archived_at >= ${londonDayEndSql(dayParam)})`;
}
