import {
  academicYearLabel, academicYearOf, academicYearRange, AUDIT_THEMES, heatMap, needsSupportRanking, ratedAbove, type RatingFact, selfReviewAboveAudit,
  schoolReviewScope, thematicSummary, unratedStatements,
} from './school-review';

describe('schoolReviewScope', () => {
  it('lets the local authority read every school and a SENCO only their own', () => {
    expect(schoolReviewScope({ roles: ['plan_manager'] })).toEqual({ kind: 'all' });
    expect(schoolReviewScope({ roles: ['admin'] })).toEqual({ kind: 'all' });
    expect(schoolReviewScope({ roles: ['board_member'], schoolId: 's1' })).toEqual({ kind: 'all' });
    expect(schoolReviewScope({ roles: ['school_senco'], schoolId: 's1' })).toEqual({ kind: 'school', schoolId: 's1' });
    expect(schoolReviewScope({ roles: ['school_senco'] })).toEqual({ kind: 'school', schoolId: null });
    expect(schoolReviewScope({ roles: ['viewer'], schoolId: 's1' })).toEqual({ kind: 'school', schoolId: null });
  });
});

const areas = [{ number: 1, title: 'Identifying' }, { number: 2, title: 'Consulting' }];
const fact = (schoolId: string, areaNumber: number, statementId: string, rating: RatingFact['rating']): RatingFact => ({ schoolId, areaNumber, statementId, rating });

describe('academic years', () => {
  it('run September to August, named by the year they start in', () => {
    expect(academicYearOf('2026-09-01')).toBe(2026);
    expect(academicYearOf('2026-08-31')).toBe(2025);
    expect(academicYearOf('2027-03-15')).toBe(2026);
    expect(academicYearLabel(2026)).toBe('2026/27');
    expect(academicYearLabel(2099)).toBe('2099/00');
    expect(academicYearRange(2026)).toEqual({ from: '2026-09-01', to: '2027-08-31' });
  });
});

describe('ratings', () => {
  it('orders embedded above developing above not yet', () => {
    expect(ratedAbove('embedded', 'developing')).toBe(true);
    expect(ratedAbove('developing', 'not_yet')).toBe(true);
    expect(ratedAbove('developing', 'developing')).toBe(false);
    expect(ratedAbove('not_yet', 'embedded')).toBe(false);
  });

  it('lists the statements a review has not rated yet', () => {
    expect(unratedStatements(['a', 'b', 'c'], [{ statementId: 'a', rating: 'embedded' }, { statementId: 'b', rating: null }])).toEqual(['b', 'c']);
  });
});

describe('heatMap', () => {
  it('counts ratings of each kind per area, and the schools rated there', () => {
    const rows = heatMap(areas, [
      fact('s1', 1, 'x', 'embedded'), fact('s1', 1, 'y', 'not_yet'), fact('s2', 1, 'x', 'embedded'), fact('s2', 2, 'z', 'developing'),
    ]);
    expect(rows).toEqual([
      { number: 1, title: 'Identifying', schools: 2, counts: { embedded: 2, developing: 0, not_yet: 1, total: 3 } },
      { number: 2, title: 'Consulting', schools: 1, counts: { embedded: 0, developing: 1, not_yet: 0, total: 1 } },
    ]);
  });

  it('keeps an area no one rated, with zeros', () => {
    expect(heatMap(areas, [])[1]).toEqual({ number: 2, title: 'Consulting', schools: 0, counts: { embedded: 0, developing: 0, not_yet: 0, total: 0 } });
  });
});

describe('needsSupportRanking', () => {
  const schools = [{ id: 's1', name: 'Bay' }, { id: 's2', name: 'Apple' }, { id: 's3', name: 'Cove' }, { id: 's4', name: 'Unaudited' }];
  it('puts most not yet first, then most developing, then by name, leaving out schools not audited', () => {
    const ranked = needsSupportRanking(schools, [
      fact('s1', 1, 'x', 'developing'), fact('s1', 2, 'y', 'developing'),
      fact('s2', 1, 'x', 'developing'), fact('s2', 2, 'y', 'developing'),
      fact('s3', 2, 'x', 'not_yet'), fact('s3', 1, 'y', 'not_yet'), fact('s3', 1, 'z', 'embedded'),
    ]);
    expect(ranked.map((r) => r.name)).toEqual(['Cove', 'Apple', 'Bay']);
    expect(ranked[0]).toMatchObject({ counts: { not_yet: 2, embedded: 1, developing: 0, total: 3 }, areasWithNotYet: [1, 2] });
  });
});

describe('selfReviewAboveAudit', () => {
  it('lists only the statements a school rated higher than its audit', () => {
    const self = [fact('s1', 1, 'x', 'embedded'), fact('s1', 1, 'y', 'developing'), fact('s1', 2, 'z', 'not_yet'), fact('s2', 1, 'x', 'embedded')];
    const audit = [fact('s1', 1, 'x', 'developing'), fact('s1', 1, 'y', 'developing'), fact('s1', 2, 'z', 'embedded')];
    expect(selfReviewAboveAudit(self, audit)).toEqual([{ schoolId: 's1', statementId: 'x', areaNumber: 1, selfRating: 'embedded', auditRating: 'developing' }]);
  });
});

describe('thematicSummary', () => {
  const summary = thematicSummary(2026, [
    {
      schoolId: 's1', phase: 'primary', strengths: ['Clear identification systems'],
      findings: [{ theme: 'identification', text: 'Transition documents vary' }, { theme: 'meeting_needs', text: 'SENCO time is short' }],
      nextSteps: [{ theme: 'meeting_needs', text: 'Review SENCO time' }],
    },
    {
      schoolId: 's2', phase: 'primary', strengths: ['Clear identification systems '],
      findings: [{ theme: 'meeting_needs', text: 'SENCO  time is short' }, { theme: 'meeting_needs', text: 'Multi-agency work is inconsistent' }],
      nextSteps: [{ theme: 'meeting_needs', text: 'Review SENCO time' }],
    },
    { schoolId: 's3', phase: 'secondary', strengths: [], findings: [], nextSteps: [{ theme: 'for_local_authority', text: 'Health access for out-of-area pupils' }] },
  ]);

  it('counts the schools visited by phase', () => {
    expect(summary.schoolsVisited).toBe(3);
    expect(summary.byPhase).toEqual([{ phase: 'primary', label: 'Primary', schools: 2 }, { phase: 'secondary', label: 'Secondary', schools: 1 }]);
    expect(summary.overview).toMatch(/^In 2026\/27, 3 schools were visited .*\(2 primary, 1 secondary\)/);
  });

  it('has every theme, in order, with its findings counted once per school however spaced', () => {
    expect(summary.themes.map((t) => t.theme)).toEqual([...AUDIT_THEMES]);
    const meeting = summary.themes.find((t) => t.theme === 'meeting_needs')!;
    expect(meeting.schools).toBe(2);
    expect(meeting.findings).toEqual([{ text: 'SENCO time is short', schools: 2 }, { text: 'Multi-agency work is inconsistent', schools: 1 }]);
    expect(meeting.recommendations).toEqual([{ text: 'Review SENCO time', schools: 2 }]);
    expect(summary.themes.find((t) => t.theme === 'for_local_authority')).toMatchObject({ schools: 0, findings: [], recommendations: [{ schools: 1 }] });
    expect(summary.strengths).toEqual([{ text: 'Clear identification systems', schools: 2 }]);
  });

  it('says so when no audits were published', () => {
    expect(thematicSummary(2025, []).overview).toBe("No schools' audits were published for 2025/26.");
  });
});
