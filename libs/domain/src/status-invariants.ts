import type { DeliveryStatus } from './delivery-status';
import { assertNoViolations, type RuleViolation } from './errors';
import { isCompleteImpact, type ImpactStatus } from './impact-status';

export interface StatusJudgement {
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  /**
   * How many evidence items show impact on children and young people.
   * Leave undefined when the caller does not know (e.g. a form that only sees
   * the statuses): the evidence rule is then left to the caller that does.
   */
  impactEvidenceCount?: number;
}

/** Both are reported against impactStatus: that is the judgement the rules constrain. */
export type StatusInvariantViolation = RuleViolation<'impactStatus'>;

export const IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE =
  'An action can only be judged "Completed" for impact once its delivery status is Complete. ' +
  'Set the delivery status to Complete, or set the impact status to "Not yet fully completed".';

export const IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE =
  'An action can only be judged "Completed – impact evidenced" when at least one evidence item ' +
  'shows impact on children and young people. Attach that evidence, or choose "Completed – monitoring impact".';

/** Every way the delivery and impact judgements contradict each other (empty when consistent). */
export function checkStatusInvariants(input: StatusJudgement): StatusInvariantViolation[] {
  const violations: StatusInvariantViolation[] = [];
  if (isCompleteImpact(input.impactStatus) && input.deliveryStatus !== 'complete') {
    violations.push({ field: 'impactStatus', message: IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE });
  }
  if (
    input.impactStatus === 'complete_impact_evidenced' &&
    typeof input.impactEvidenceCount === 'number' &&
    !(input.impactEvidenceCount >= 1)
  ) {
    violations.push({ field: 'impactStatus', message: IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE });
  }
  return violations;
}

/** Throws DomainRuleError('impactStatus', ...) for the first broken invariant. */
export function assertStatusInvariants(input: StatusJudgement): void {
  assertNoViolations(checkStatusInvariants(input));
}
