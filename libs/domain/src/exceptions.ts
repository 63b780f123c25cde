import { inconsistencies, type ActionSnapshot, type Inconsistency } from './staleness';
import { isOverdue } from './overdue';

/*
 * The exceptions a board is asked to look at: one definition, used by the dashboard, the
 * delivery view, every pack and every report.
 */

export const EXCEPTION_REASONS = ['off_track', 'overdue', 'stale', 'inconsistent'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

export const EXCEPTION_LABELS: Readonly<Record<ExceptionReason, string>> = {
  off_track: 'Off track',
  overdue: 'Overdue',
  stale: 'No approved update for over two periods',
  inconsistent: 'Status may not tell the whole story',
};

export interface ExceptionCandidate extends ActionSnapshot {
  /** No approved update for more than two reporting periods (isStale), as tracked for the date judged. */
  stale: boolean;
}

export interface ActionExceptionFinding {
  reasons: ExceptionReason[];
  /** The domain's explanation of each inconsistency. */
  issues: Inconsistency[];
}

/**
 * Whether an action without recent updates should be chased. A complete action has nothing left
 * to report on, so going without updates is not an exception.
 */
export function needsUpdate(action: Pick<ExceptionCandidate, 'stale' | 'deliveryStatus'>): boolean {
  return action.stale && action.deliveryStatus !== 'complete';
}

/** Why one action is an exception on `date` (ISO `YYYY-MM-DD`): no reasons means it is not one. */
export function exceptionOf(action: ExceptionCandidate, date: string): ActionExceptionFinding {
  const reasons: ExceptionReason[] = [];
  if (action.deliveryStatus === 'off_track') reasons.push('off_track');
  if (isOverdue(action, date)) reasons.push('overdue');
  if (needsUpdate(action)) reasons.push('stale');
  const issues = inconsistencies(action, date);
  if (issues.length > 0) reasons.push('inconsistent');
  return { reasons, issues };
}

/** The exceptions among `actions` on `date`, in the order given, each with its reasons and issues. */
export function exceptionsOf<T extends ExceptionCandidate>(actions: readonly T[], date: string): (ActionExceptionFinding & { action: T })[] {
  return actions.flatMap((action) => {
    const finding = exceptionOf(action, date);
    return finding.reasons.length > 0 ? [{ action, ...finding }] : [];
  });
}

/** How many exceptions have each reason (an action with two reasons counts in both). */
export function countExceptions(found: readonly { reasons: readonly ExceptionReason[] }[]): Record<ExceptionReason, number> & { actions: number } {
  const counts = { actions: found.length, off_track: 0, overdue: 0, stale: 0, inconsistent: 0 };
  for (const f of found) for (const r of f.reasons) counts[r] += 1;
  return counts;
}
