import type { DeliveryStatus } from './delivery-status';
import type { ImpactStatus } from './impact-status';
import { isOverdue } from './overdue';

/** An action goes stale when its last approved update is more than this many periods old. */
export const STALE_AFTER_PERIODS = 2;

/**
 * Periods run from 0 (the plan's first reporting period) upwards.
 * "Periods since" counts from the period of the last approved update to the
 * current one: approved in period 3, now period 5 -> 2.
 * Never approved counts as approved in period -1, so a new action is not stale
 * at once but goes stale at the same pace as one approved just before period 0.
 */
export function periodsSinceApprovedUpdate(lastApprovedPeriodIndex: number | null, currentPeriodIndex: number): number {
  return Math.max(0, currentPeriodIndex - (lastApprovedPeriodIndex ?? -1));
}

/**
 * Stale when there has been no approved update for more than two periods:
 * approved in period 3 is fresh through period 5 and stale from period 6, when
 * two whole periods (4 and 5) have passed without one. Never approved: stale
 * from period 2.
 */
export function isStale(lastApprovedPeriodIndex: number | null, currentPeriodIndex: number): boolean {
  return periodsSinceApprovedUpdate(lastApprovedPeriodIndex, currentPeriodIndex) > STALE_AFTER_PERIODS;
}

export const INCONSISTENCY_CODES = [
  'past_due_not_complete',
  'complete_with_open_milestones',
  'impact_evidenced_without_evidence',
] as const;
export type InconsistencyCode = (typeof INCONSISTENCY_CODES)[number];

export interface Inconsistency {
  code: InconsistencyCode;
  message: string;
}

export interface ActionSnapshot {
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  /** ISO `YYYY-MM-DD`, or null. */
  dueDate: string | null;
  /** Milestones not yet done. */
  openMilestones: number;
  /** Evidence items that show impact on children and young people. */
  impactEvidenceCount: number;
}

/**
 * Signs that an action's status may not tell the whole story, for the Head of
 * SEND to chase. These are warnings on existing data, not refusals: a red past
 * its due date is already telling the truth, so only green and amber are flagged.
 */
export function inconsistencies(action: ActionSnapshot, today: string): Inconsistency[] {
  const found: Inconsistency[] = [];
  if ((action.deliveryStatus === 'on_track' || action.deliveryStatus === 'at_risk') && isOverdue(action, today)) {
    found.push({
      code: 'past_due_not_complete',
      message: 'The due date has passed but the action is still rated on track or at risk. Check whether it should be off track or complete.',
    });
  }
  if (action.deliveryStatus === 'complete' && action.openMilestones > 0) {
    const count = action.openMilestones === 1 ? '1 milestone is' : `${action.openMilestones} milestones are`;
    found.push({
      code: 'complete_with_open_milestones',
      message: `The action is marked complete but ${count} not done.`,
    });
  }
  if (action.impactStatus === 'complete_impact_evidenced' && action.impactEvidenceCount < 1) {
    found.push({
      code: 'impact_evidenced_without_evidence',
      message: 'Impact is judged evidenced but no evidence item shows impact on children and young people.',
    });
  }
  return found;
}
