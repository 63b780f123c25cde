import {
  compareFindingsForReadiness,
  countReadiness,
  isMeasureSilent,
  monthsBefore,
  needsAnswer,
  READINESS_JUDGEMENTS,
  READINESS_LABELS,
  READINESS_RAG,
  readinessGaps,
  readinessOf,
  type ReadinessAction,
  type ReadinessMeasure,
} from './readiness';

const action = (over: Partial<ReadinessAction> = {}): ReadinessAction => ({
  reference: '1.1',
  title: 'Train every SENCo',
  deliveryStatus: 'on_track',
  impactStatus: 'not_yet_complete',
  dueDate: '2025-12-31',
  impactEvidenceCount: 0,
  stale: false,
  ...over,
});
const complete = (over: Partial<ReadinessAction> = {}) => action({ deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact', ...over });
const evidenced = (over: Partial<ReadinessAction> = {}) => complete({ impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 1, ...over });
const measure = (over: Partial<ReadinessMeasure> = {}): ReadinessMeasure => ({ title: 'EHCPs within 20 weeks', status: 'on_track', latestValueDate: '2025-05-31', ...over });
const day = '2025-06-15';
const kinds = (gaps: { kind: string }[]) => gaps.map((g) => g.kind);

describe('readinessOf', () => {
  it('judges a finding no action answers as having no plan', () => {
    expect(readinessOf([])).toBe('no_plan');
  });

  it('judges it in progress while any action answering it is not complete', () => {
    expect(readinessOf([evidenced(), action()])).toBe('in_progress');
  });

  it('judges it monitoring impact when every action is complete and none has impact evidenced', () => {
    expect(readinessOf([complete(), complete()])).toBe('monitoring_impact');
  });

  it('judges it impact evidenced when every action is complete and one has impact evidenced', () => {
    expect(readinessOf([complete(), evidenced()])).toBe('impact_evidenced');
  });

  it('does not take impact as evidenced on the status alone, without evidence held', () => {
    expect(readinessOf([evidenced({ impactEvidenceCount: 0 })])).toBe('monitoring_impact');
  });

  it('has words and a colour for every judgement', () => {
    for (const j of READINESS_JUDGEMENTS) {
      expect(READINESS_LABELS[j]).toMatch(/\w/);
      expect(READINESS_RAG[j]).toBeDefined();
    }
  });
});

describe('readinessGaps', () => {
  it('names a finding no action answers, and nothing else without measures', () => {
    const gaps = readinessGaps([], [], day);
    expect(kinds(gaps)).toEqual(['no_action']);
    expect(gaps[0].message).toBe('No action in the plan answers this finding.');
  });

  it('names a finding whose actions have no impact evidenced', () => {
    expect(kinds(readinessGaps([complete(), action()], [], day))).toEqual(['no_impact_evidence']);
  });

  it('has no gap when an action has impact evidenced and nothing else is wrong', () => {
    expect(readinessGaps([evidenced(), complete()], [measure()], day)).toEqual([]);
  });

  it('names a measure off track, but not one at risk', () => {
    const gaps = readinessGaps([evidenced()], [measure({ status: 'off_track' }), measure({ title: 'Other', status: 'at_risk' })], day);
    expect(gaps).toEqual([{ kind: 'measure_off_track', message: 'The measure "EHCPs within 20 weeks" is off track.', measureIndex: 0 }]);
  });

  it('names a measure with no value at all', () => {
    const gaps = readinessGaps([evidenced()], [measure({ latestValueDate: null, status: 'no_data' })], day);
    expect(gaps).toEqual([{ kind: 'measure_silent', message: 'The measure "EHCPs within 20 weeks" has no value yet.', measureIndex: 0 }]);
  });

  it('names a measure whose latest value is exactly six months old, not one a day younger', () => {
    expect(kinds(readinessGaps([evidenced()], [measure({ latestValueDate: '2024-12-15' })], day))).toEqual(['measure_silent']);
    expect(readinessGaps([evidenced()], [measure({ latestValueDate: '2024-12-16' })], day)).toEqual([]);
    expect(readinessGaps([evidenced()], [measure({ latestValueDate: '2024-12-14' })], day)[0].message)
      .toContain('the latest is for the period ending 2024-12-14');
  });

  it('names an action past its due date and not complete, not one due that day', () => {
    const gaps = readinessGaps([action({ dueDate: '2025-06-14' }), action({ reference: '1.2', dueDate: day })], [], day);
    expect(kinds(gaps)).toEqual(['no_impact_evidence', 'action_overdue']);
    expect(gaps[1]).toEqual({
      kind: 'action_overdue', actionIndex: 0,
      message: 'Action 1.1 (Train every SENCo) is overdue: it was due on 2025-06-14 and is not complete.',
    });
  });

  it('names an action without an approved update for over two periods, unless it is complete', () => {
    const gaps = readinessGaps([action({ stale: true }), evidenced({ reference: '1.2', stale: true })], [], day);
    expect(gaps).toEqual([{ kind: 'action_stale', actionIndex: 0, message: 'Action 1.1 (Train every SENCo) has had no approved update for over two reporting periods.' }]);
  });

  it('lists every gap of a finding in a fixed order', () => {
    const gaps = readinessGaps([action({ dueDate: '2025-01-01', stale: true })], [measure({ status: 'off_track', latestValueDate: '2024-01-31' })], day);
    expect(kinds(gaps)).toEqual(['no_impact_evidence', 'measure_off_track', 'measure_silent', 'action_overdue', 'action_stale']);
  });
});

describe('six months', () => {
  it('counts back calendar months, clamped to the end of a shorter month', () => {
    expect(monthsBefore('2025-06-15', 6)).toBe('2024-12-15');
    expect(monthsBefore('2025-08-31', 6)).toBe('2025-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2025-01-31', 1)).toBe('2024-12-31');
  });

  it('takes a measure as silent from six months after its latest value', () => {
    expect(isMeasureSilent({ latestValueDate: '2025-02-28' }, '2025-08-31')).toBe(true);
    expect(isMeasureSilent({ latestValueDate: '2025-03-01' }, '2025-08-31')).toBe(false);
    expect(isMeasureSilent({ latestValueDate: null }, '2025-08-31')).toBe(true);
  });
});

describe('needsAnswer', () => {
  it('asks the plan to answer areas for priority action and improvement, not strengths', () => {
    expect(needsAnswer('area_for_priority_action')).toBe(true);
    expect(needsAnswer('area_for_improvement')).toBe(true);
    expect(needsAnswer('strength')).toBe(false);
  });
});

describe('countReadiness and order', () => {
  it('counts the findings in each judgement, with zeros', () => {
    expect(countReadiness(['no_plan', 'in_progress', 'no_plan'])).toEqual({ no_plan: 2, in_progress: 1, monitoring_impact: 0, impact_evidenced: 0 });
  });

  it('puts findings with gaps first, then priority actions before improvements, then by number', () => {
    const findings = [
      { id: 'a', gapCount: 0, kind: 'area_for_priority_action' as const, number: 1 },
      { id: 'b', gapCount: 2, kind: 'area_for_improvement' as const, number: 2 },
      { id: 'c', gapCount: 1, kind: 'area_for_priority_action' as const, number: 3 },
      { id: 'd', gapCount: 1, kind: 'area_for_improvement' as const, number: 1 },
    ];
    expect([...findings].sort(compareFindingsForReadiness).map((f) => f.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});
