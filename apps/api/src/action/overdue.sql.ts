/**
 * The database form of the domain's isOverdue(), for filters and counts that must run in SQL:
 * a due date before the day judged (the due day itself is on time) on an action not complete.
 * A test runs it against PostgreSQL beside isOverdue() on every boundary.
 */
export function overdueSql(dueDate: string, deliveryStatus: string, day: string): string {
  return `(${dueDate} IS NOT NULL AND ${dueDate} < CAST(${day} AS date) AND ${deliveryStatus} <> 'complete')`;
}
