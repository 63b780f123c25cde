import { DELIVERY_STATUSES, type DeliveryStatus } from './delivery-status';
import { IMPACT_STATUSES, type ImpactStatus } from './impact-status';

/** What the counts read of each of a school plan's actions. */
export interface SchoolPlanActionFacts {
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  overdue: boolean;
  evidence: readonly { demonstratesImpact: boolean }[];
}

/** The figures a school's report to its governors states about its plan. */
export interface SchoolPlanCounts {
  priorities: number;
  actions: number;
  byDeliveryStatus: Record<DeliveryStatus, number>;
  byImpactStatus: Record<ImpactStatus, number>;
  /** Actions delivered ("Complete"). */
  complete: number;
  /** Actions past their due date and not complete. */
  overdue: number;
  /** Actions judged "Completed – impact evidenced". */
  impactEvidenced: number;
  /** Evidence items that show impact on pupils. */
  impactEvidence: number;
  /** Evidence items of progress that do not (yet) show impact. */
  otherEvidence: number;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Counts a school plan's priorities, actions by delivery and impact status, and its evidence: the
 * figures of the governors' report, from the same actions the report lists (its live ones).
 */
export function countSchoolPlan(priorities: readonly { actions: readonly SchoolPlanActionFacts[] }[]): SchoolPlanCounts {
  const actions = priorities.flatMap((p) => p.actions);
  const byDeliveryStatus = zeroes(DELIVERY_STATUSES);
  const byImpactStatus = zeroes(IMPACT_STATUSES);
  let overdue = 0;
  let impactEvidence = 0;
  let otherEvidence = 0;
  for (const a of actions) {
    byDeliveryStatus[a.deliveryStatus] += 1;
    byImpactStatus[a.impactStatus] += 1;
    if (a.overdue) overdue += 1;
    for (const e of a.evidence) {
      if (e.demonstratesImpact) impactEvidence += 1;
      else otherEvidence += 1;
    }
  }
  return {
    priorities: priorities.length, actions: actions.length, byDeliveryStatus, byImpactStatus,
    complete: byDeliveryStatus.complete, overdue, impactEvidenced: byImpactStatus.complete_impact_evidenced, impactEvidence, otherEvidence,
  };
}
