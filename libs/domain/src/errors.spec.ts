import { assertNoViolations, DomainRuleError } from './errors';

describe('DomainRuleError', () => {
  it('carries the field the API reports the rule against', () => {
    const error = new DomainRuleError('targetDate', 'must be after startDate');
    expect(error).toBeInstanceOf(DomainRuleError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainRuleError');
    expect(error.field).toBe('targetDate');
    expect(error.message).toBe('must be after startDate');
  });
});

describe('assertNoViolations', () => {
  it('does nothing when no rule is broken', () => {
    expect(() => assertNoViolations([])).not.toThrow();
  });

  it('throws the first broken rule with its field', () => {
    const violations = [
      { field: 'a', message: 'first' },
      { field: 'b', message: 'second' },
    ];
    expect(() => assertNoViolations(violations)).toThrow(new DomainRuleError('a', 'first'));
    try {
      assertNoViolations(violations);
    } catch (e) {
      expect((e as DomainRuleError).field).toBe('a');
    }
  });
});
