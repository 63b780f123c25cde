import { CASE_AUDIT_DOMAINS, caseReferenceProblem, learningThemeKey, summariseCaseAudits, type CaseAuditGrade, type CaseAuditGrades } from './case-audit';

const all = (grade: CaseAuditGrade): CaseAuditGrades =>
  Object.fromEntries(CASE_AUDIT_DOMAINS.map((d) => [d, grade])) as unknown as CaseAuditGrades;

describe('case references', () => {
  it('are letters, digits and hyphens with at least one digit, up to 30 characters', () => {
    expect(caseReferenceProblem('CA-2025-01')).toBeNull();
    expect(caseReferenceProblem('PLY0042')).toBeNull();
    expect(caseReferenceProblem('')).toMatch(/empty/);
    expect(caseReferenceProblem('A'.repeat(30) + '1')).toMatch(/at most 30/);
    expect(caseReferenceProblem('CA 2025')).toMatch(/letters, digits and hyphens/);
    expect(caseReferenceProblem('CA--1')).toMatch(/letters, digits and hyphens/);
    expect(caseReferenceProblem('-CA1')).toMatch(/letters, digits and hyphens/);
  });

  it("refuse a name, which has no digit", () => {
    expect(caseReferenceProblem('Jamie')).toMatch(/never a child's name/);
    expect(caseReferenceProblem('Jamie-Smith')).toMatch(/never a child's name/);
  });
});

describe('the case audit summary', () => {
  it('counts every grade of every domain, in order, zeros included', () => {
    const summary = summariseCaseAudits([]);
    expect(summary.audits).toBe(0);
    expect(summary.domains.map((d) => d.domain)).toEqual([...CASE_AUDIT_DOMAINS]);
    expect(summary.domains[0]).toEqual({
      domain: 'identification_of_need', label: 'Identification of need',
      counts: { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 }, graded: 0, goodOrBetter: 0,
    });
    expect(summary.learningThemes).toEqual([]);
  });

  it('counts grades per domain across audits', () => {
    const summary = summariseCaseAudits([
      { grades: all('good'), learningThemes: [] },
      { grades: { ...all('requires_improvement'), childs_voice: 'inadequate' }, learningThemes: [] },
      { grades: { ...all('good'), outcomes: 'outstanding' }, learningThemes: [] },
    ]);
    expect(summary.audits).toBe(3);
    const byDomain = Object.fromEntries(summary.domains.map((d) => [d.domain, d]));
    expect(byDomain.assessment.counts).toEqual({ outstanding: 0, good: 2, requires_improvement: 1, inadequate: 0 });
    expect(byDomain.childs_voice.counts).toEqual({ outstanding: 0, good: 2, requires_improvement: 0, inadequate: 1 });
    expect(byDomain.outcomes).toMatchObject({ counts: { outstanding: 1, good: 1, requires_improvement: 1, inadequate: 0 }, graded: 3, goodOrBetter: 2 });
  });

  it('leaves out domains an audit did not grade, and values that are not grades', () => {
    const summary = summariseCaseAudits([{ grades: { assessment: 'good', outcomes: null, childs_voice: 'great' as CaseAuditGrade }, learningThemes: [] }]);
    const byDomain = Object.fromEntries(summary.domains.map((d) => [d.domain, d]));
    expect(byDomain.assessment.graded).toBe(1);
    expect(byDomain.outcomes.graded).toBe(0);
    expect(byDomain.childs_voice.graded).toBe(0);
  });

  it('counts learning themes by the audits that raised them, most often first, whatever their case or spacing', () => {
    const summary = summariseCaseAudits([
      { grades: all('good'), learningThemes: ['Health advice arrives late', 'Transition planning starts too late'] },
      { grades: all('good'), learningThemes: ['health advice  arrives late.', 'Health advice arrives late'] },
      { grades: all('good'), learningThemes: ['Transition planning starts too late', 'Annual reviews miss the child\'s views', '  '] },
      { grades: all('good'), learningThemes: ['Health advice arrives late'] },
    ]);
    expect(summary.learningThemes).toEqual([
      { theme: 'Health advice arrives late', count: 3 },
      { theme: 'Transition planning starts too late', count: 2 },
      { theme: "Annual reviews miss the child's views", count: 1 },
    ]);
  });

  it('keys themes without case, extra spaces or a closing full stop', () => {
    expect(learningThemeKey('  Late  Health advice. ')).toBe('late health advice');
  });
});
