import {
  changedSectionFields, CURRENT_INSPECTION_FRAMEWORK, frameworkCriteria, frameworkVersion, INSPECTION_FRAMEWORKS, isSelfEvaluationGrade,
  selfEvaluationCompleteness, type SelfEvaluationSectionContent,
} from './self-evaluation';

const EMPTY: SelfEvaluationSectionContent = { evaluation: '', strengths: '', areasToDevelop: '', grade: null, evidenceIds: [], measureIds: [], findingIds: [] };

describe('the inspection framework held as data', () => {
  it('has the five impact criteria and the six leadership criteria, each key unique', () => {
    const criteria = frameworkCriteria(CURRENT_INSPECTION_FRAMEWORK);
    expect(criteria.filter((c) => c.areaKey === 'impact')).toHaveLength(5);
    expect(criteria.filter((c) => c.areaKey === 'leadership')).toHaveLength(6);
    expect(new Set(criteria.map((c) => c.key)).size).toBe(criteria.length);
  });

  it('finds a version by its name, and no other', () => {
    expect(frameworkVersion('area-send-2023')).toBe(INSPECTION_FRAMEWORKS[0]);
    expect(frameworkVersion('area-send-1999')).toBeUndefined();
  });

  it('knows its grades', () => {
    expect(isSelfEvaluationGrade('inconsistent')).toBe(true);
    expect(isSelfEvaluationGrade('good')).toBe(false);
  });
});

describe('what a save changed', () => {
  it('names each changed field, comparing link lists as sets', () => {
    const before = { ...EMPTY, evaluation: 'Early', evidenceIds: ['a', 'b'] };
    expect(changedSectionFields(before, { ...before, evidenceIds: ['b', 'a'] })).toEqual([]);
    expect(changedSectionFields(before, { ...before, evaluation: 'Later', grade: 'inconsistent', evidenceIds: ['a'] })).toEqual(['evaluation', 'grade', 'evidenceIds']);
    expect(changedSectionFields(before, { ...before, evidenceIds: ['a', 'c'] })).toEqual(['evidenceIds']);
  });
});

describe('how far it is written', () => {
  it('counts a section only when it has both words and a grade', () => {
    expect(selfEvaluationCompleteness([{ evaluation: 'Words', grade: 'inconsistent' }, { evaluation: '  ', grade: 'inconsistent' }, { evaluation: 'Words', grade: null }], 11))
      .toEqual({ written: 1, total: 11, missing: 10 });
  });
});
