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

/** The rules between the two judgements, by name. */
export const STATUS_RULES = ['impact_needs_complete_delivery', 'impact_evidenced_needs_evidence'] as const;
export type StatusRule = (typeof STATUS_RULES)[number];

/** Both are reported against impactStatus: that is the judgement the rules constrain. */
export interface StatusInvariantViolation extends RuleViolation<'impactStatus'> {
  rule: StatusRule;
}

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
    violations.push({ field: 'impactStatus', rule: 'impact_needs_complete_delivery', message: IMPACT_NEEDS_COMPLETE_DELIVERY_MESSAGE });
  }
  if (
    input.impactStatus === 'complete_impact_evidenced' &&
    typeof input.impactEvidenceCount === 'number' &&
    !(input.impactEvidenceCount >= 1)
  ) {
    violations.push({ field: 'impactStatus', rule: 'impact_evidenced_needs_evidence', message: IMPACT_EVIDENCED_NEEDS_EVIDENCE_MESSAGE });
  }
  return violations;
}

/** Throws DomainRuleError('impactStatus', ...) for the first broken invariant. */
export function assertStatusInvariants(input: StatusJudgement): void {
  assertNoViolations(checkStatusInvariants(input));
}

/**
 * The one deliberate exception to these rules. A council's own tracker, brought in by an import,
 * records the council's judgement as the council made it: a tracker often marks an action
 * "Complete – impact evidenced" and keeps that evidence elsewhere. So an imported judgement may
 * break the evidence rule, and only that rule; the import lists it as a warning, records it in the
 * audit log, and the action shows as inconsistent until impact evidence is attached. Every
 * ordinary edit and every approval still applies every rule (checkStatusInvariants).
 */
export const IMPORTED_JUDGEMENT_EXCEPTION: StatusRule = 'impact_evidenced_needs_evidence';

export const IMPORTED_JUDGEMENT_WARNING =
  'Imported as the council judged it, "Completed – impact evidenced", but no evidence in the product shows impact on ' +
  'children and young people. The action will show as inconsistent on the dashboard until that evidence is attached.';

/**
 * An imported judgement: `refused` are the broken rules that still block it, `accepted` the ones
 * the import records as the council's judgement all the same (IMPORTED_JUDGEMENT_EXCEPTION).
 */
export function checkImportedJudgement(input: StatusJudgement): { refused: StatusInvariantViolation[]; accepted: StatusInvariantViolation[] } {
  const all = checkStatusInvariants(input);
  return {
    refused: all.filter((v) => v.rule !== IMPORTED_JUDGEMENT_EXCEPTION),
    accepted: all.filter((v) => v.rule === IMPORTED_JUDGEMENT_EXCEPTION),
  };
}
