import { inconsistencies, type Inconsistency } from '@send/domain';
import type { Action } from './api';

export type ExceptionReason = 'off_track' | 'overdue' | 'stale' | 'inconsistent';

export const EXCEPTION_LABELS: Readonly<Record<ExceptionReason, string>> = {
  off_track: 'Off track',
  overdue: 'Overdue',
  stale: 'No approved update for over two periods',
  inconsistent: 'Status may not tell the whole story',
};

export interface ActionException {
  action: Action;
  reasons: ExceptionReason[];
  /** The domain's explanation of each inconsistency. */
  notes: Inconsistency[];
}

export interface ExceptionFacts {
  /** Ids of actions the reporting cycle says are stale. */
  staleIds?: ReadonlySet<string>;
  /** Per action, when known: milestones not done and evidence showing impact. */
  counts?: ReadonlyMap<string, { openMilestones: number; impactEvidenceCount: number }>;
  /** Inconsistencies already judged by the server (update tracking), used instead of judging here; then those the action list carries. */
  judged?: ReadonlyMap<string, Inconsistency[]>;
}

/**
 * The actions a board should look at: off track, overdue, stale, or whose statuses contradict
 * their dates, milestones or evidence (the domain's `inconsistencies`). Where milestone and
 * evidence counts are unknown only the date rule is checked. Ordered by reference.
 */
export function findExceptions(actions: readonly Action[], today: string, facts: ExceptionFacts = {}): ActionException[] {
  const found: ActionException[] = [];
  for (const action of actions) {
    const reasons: ExceptionReason[] = [];
    if (action.deliveryStatus === 'off_track') reasons.push('off_track');
    if (action.overdue) reasons.push('overdue');
    // A delivered action has nothing left to report on, so going without updates is not an exception.
    if (facts.staleIds?.has(action.id) && action.deliveryStatus !== 'complete') reasons.push('stale');
    const counts = facts.counts?.get(action.id);
    const notes = facts.judged?.get(action.id) ?? action.inconsistencies ?? inconsistencies(
      {
        deliveryStatus: action.deliveryStatus,
        impactStatus: action.impactStatus,
        dueDate: action.dueDate,
        openMilestones: counts?.openMilestones ?? 0,
        impactEvidenceCount: counts?.impactEvidenceCount ?? Number.POSITIVE_INFINITY,
      },
      today,
    );
    if (notes.length > 0) reasons.push('inconsistent');
    if (reasons.length > 0) found.push({ action, reasons, notes });
  }
  return found.sort((a, b) => compareReferences(a.action.reference, b.action.reference));
}

const collator = new Intl.Collator('en-GB', { numeric: true });
export function compareReferences(a: string, b: string): number {
  return collator.compare(a, b);
}
