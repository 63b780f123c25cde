/**
 * A broken business rule. The API's exception filter maps it to a 400 with
 * `field` in `errors[]`, so the form can show the message beside that field.
 */
export class DomainRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainRuleError';
    // Keeps `instanceof` reliable when compiled to older targets.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** One broken rule, reported rather than thrown so a form can show them all at once. */
export interface RuleViolation<F extends string = string> {
  field: F;
  message: string;
}

/** Throws the first violation as a DomainRuleError; does nothing when there are none. */
export function assertNoViolations(violations: readonly RuleViolation[]): void {
  const first = violations[0];
  if (first) throw new DomainRuleError(first.field, first.message);
}
