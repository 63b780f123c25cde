/**
 * SQL over action_status_history, shared by every "as at" query so that the plan, its summary
 * and the changes between two dates are rebuilt the same way.
 */

/** The instant a day ends in England (midnight at the start of the next day, Europe/London), for a `date` parameter. */
export function londonDayEndSql(dayParam: string): string {
  return `((CAST(${dayParam} AS date) + 1)::timestamp AT TIME ZONE 'Europe/London')`;
}

/**
 * Each action's official statuses as they stood at the end of a day: the latest history row
 * before then, per action (columns action_id, delivery_status, impact_status, valid_from).
 * An action with no row before then did not exist yet, and is absent.
 * `planParam` limits it to one plan (index plan_id, action_id, valid_from), `actionIdsParam`
 * (a uuid[] parameter) to some actions (index action_id, valid_from).
 */
export function statusesAsAtSql(dayParam: string, only: { planParam?: string; actionIdsParam?: string } = {}): string {
  const where = [
    ...(only.planParam ? [`h.plan_id = ${only.planParam}`] : []),
    ...(only.actionIdsParam ? [`h.action_id = ANY(${only.actionIdsParam})`] : []),
    `h.valid_from < ${londonDayEndSql(dayParam)}`,
  ];
  return `SELECT DISTINCT ON (h.action_id) h.action_id, h.delivery_status, h.impact_status, h.valid_from
            FROM action_status_history h
           WHERE ${where.join(' AND ')}
           ORDER BY h.action_id, h.valid_from DESC, h.id DESC`;
}

/** An action still in the plan at the end of that day: not archived, or archived only later. */
export function notArchivedAtSql(actionAlias: string, dayParam: string): string {
  return `(${actionAlias}.archived_at IS NULL OR ${actionAlias}.archived_at >= ${londonDayEndSql(dayParam)})`;
}
