import {
  nextValueDueOn,
  computeMeasureStatus,
  isMeasureStatus,
  isMeasureUnit,
  isPolarity,
  isTrend,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUS_RAG,
  MEASURE_STATUSES,
  MEASURE_UNIT_LABELS,
  MEASURE_UNITS,
  POLARITIES,
  POLARITY_LABELS,
  trajectoryValueAt,
  TREND_LABELS,
  TRENDS,
  type MeasureDefinition,
  type MeasureReading,
} from './measure-status';

// Ten days from baseline to target keeps the arithmetic readable:
// 2025-01-06 is halfway.
const BASELINE_DATE = '2025-01-01';
const HALFWAY = '2025-01-06';
const TARGET_DATE = '2025-01-11';

const higherIsBetter: MeasureDefinition = {
  polarity: 'higher_is_better',
  baselineValue: 0,
  baselineDate: BASELINE_DATE,
  targetValue: 100,
  targetDate: TARGET_DATE,
  tolerance: 5,
};
const lowerIsBetter: MeasureDefinition = {
  polarity: 'lower_is_better',
  baselineValue: 100,
  baselineDate: BASELINE_DATE,
  targetValue: 0,
  targetDate: TARGET_DATE,
  tolerance: 5,
};
const at = (date: string, value: number): MeasureReading => ({ date, value });
const statusOf = (measure: MeasureDefinition, ...values: MeasureReading[]) => computeMeasureStatus(measure, values).status;

describe('measure vocabularies', () => {
  it('labels every unit, polarity, status and trend', () => {
    expect(MEASURE_UNITS.map((u) => MEASURE_UNIT_LABELS[u])).toEqual(['Count', 'Percentage', 'Days', 'Weeks', 'People']);
    expect(POLARITIES.map((p) => POLARITY_LABELS[p])).toEqual(['Higher is better', 'Lower is better']);
    expect(MEASURE_STATUSES.map((s) => MEASURE_STATUS_LABELS[s])).toEqual(['On track', 'At risk', 'Off track', 'No data']);
    expect(TRENDS.map((t) => TREND_LABELS[t])).toEqual(['Improving', 'Stable', 'Worsening', 'No data']);
  });

  it('rates measure statuses with the delivery RAG colours', () => {
    expect(MEASURE_STATUS_RAG).toEqual({ on_track: 'green', at_risk: 'amber', off_track: 'red', no_data: 'grey' });
  });

  it('recognises each value and nothing else', () => {
    expect(MEASURE_UNITS.every(isMeasureUnit)).toBe(true);
    expect(POLARITIES.every(isPolarity)).toBe(true);
    expect(MEASURE_STATUSES.every(isMeasureStatus)).toBe(true);
    expect(TRENDS.every(isTrend)).toBe(true);
    expect([isMeasureUnit('percentage'), isPolarity('higher'), isMeasureStatus('complete'), isTrend(undefined)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('trajectoryValueAt', () => {
  it('draws a straight line from baseline to target', () => {
    expect(trajectoryValueAt(higherIsBetter, HALFWAY)).toBe(50);
    expect(trajectoryValueAt(higherIsBetter, '2025-01-02')).toBe(10);
    expect(trajectoryValueAt(lowerIsBetter, '2025-01-09')).toBe(20);
  });

  it('is the baseline on and before the baseline date', () => {
    expect(trajectoryValueAt(higherIsBetter, BASELINE_DATE)).toBe(0);
    expect(trajectoryValueAt(higherIsBetter, '2024-06-01')).toBe(0);
  });

  it('is the target on and after the target date', () => {
    expect(trajectoryValueAt(higherIsBetter, TARGET_DATE)).toBe(100);
    expect(trajectoryValueAt(higherIsBetter, '2026-01-01')).toBe(100);
  });

  it('is unknown without a target value', () => {
    expect(trajectoryValueAt({ ...higherIsBetter, targetValue: null }, HALFWAY)).toBeNull();
  });

  it('is the target value itself without a baseline or a target date', () => {
    expect(trajectoryValueAt({ ...higherIsBetter, baselineValue: null }, HALFWAY)).toBe(100);
    expect(trajectoryValueAt({ ...higherIsBetter, baselineDate: null }, HALFWAY)).toBe(100);
    expect(trajectoryValueAt({ ...higherIsBetter, targetDate: null }, HALFWAY)).toBe(100);
  });

  it('is the target value when the baseline date is the target date', () => {
    const sameDay = { ...higherIsBetter, targetDate: BASELINE_DATE };
    expect(trajectoryValueAt(sameDay, BASELINE_DATE)).toBe(100);
    expect(trajectoryValueAt(sameDay, '2024-12-01')).toBe(100);
    expect(trajectoryValueAt(sameDay, HALFWAY)).toBe(100);
  });

  it('is the target value when the baseline date is after the target date', () => {
    expect(trajectoryValueAt({ ...higherIsBetter, baselineDate: '2025-02-01' }, HALFWAY)).toBe(100);
  });

  it('counts days across the clock change', () => {
    const spring = { ...higherIsBetter, baselineDate: '2025-03-25', targetDate: '2025-04-04' };
    expect(trajectoryValueAt(spring, '2025-03-30')).toBe(50);
  });
});

describe('computeMeasureStatus when higher is better', () => {
  it('is on track on the trajectory', () => {
    expect(statusOf(higherIsBetter, at(HALFWAY, 50))).toBe('on_track');
  });

  it('is on track ahead of the trajectory', () => {
    expect(statusOf(higherIsBetter, at(HALFWAY, 90))).toBe('on_track');
  });

  it('is at risk when behind by no more than the tolerance', () => {
    expect(statusOf(higherIsBetter, at(HALFWAY, 48))).toBe('at_risk');
    expect(statusOf(higherIsBetter, at(HALFWAY, 45))).toBe('at_risk');
  });

  it('is off track when behind by more than the tolerance', () => {
    expect(statusOf(higherIsBetter, at(HALFWAY, 44.9))).toBe('off_track');
  });

  it('reports the expected value at the latest value\'s date', () => {
    expect(computeMeasureStatus(higherIsBetter, [at('2025-01-03', 20), at(HALFWAY, 50)]).expected).toBe(50);
  });
});

describe('computeMeasureStatus when lower is better', () => {
  it('is on track on or below the trajectory', () => {
    expect(statusOf(lowerIsBetter, at(HALFWAY, 50))).toBe('on_track');
    expect(statusOf(lowerIsBetter, at(HALFWAY, 10))).toBe('on_track');
  });

  it('is at risk when above by no more than the tolerance', () => {
    expect(statusOf(lowerIsBetter, at(HALFWAY, 55))).toBe('at_risk');
  });

  it('is off track when above by more than the tolerance', () => {
    expect(statusOf(lowerIsBetter, at(HALFWAY, 55.1))).toBe('off_track');
  });
});

describe('computeMeasureStatus edge cases', () => {
  it('has no data without values', () => {
    expect(computeMeasureStatus(higherIsBetter, [])).toEqual({
      targetMissed: false,
      nextValueDue: null,
      valueOverdue: false,
      status: 'no_data',
      trend: 'no_data',
      latest: null,
      previous: null,
      expected: null,
    });
  });

  it('has no status without a target value, but still a trend', () => {
    const result = computeMeasureStatus({ ...higherIsBetter, targetValue: null }, [at('2025-01-02', 3), at('2025-01-03', 7)]);
    expect(result).toEqual({
      targetMissed: false,
      nextValueDue: null,
      valueOverdue: false,
      status: 'no_data',
      trend: 'improving',
      latest: at('2025-01-03', 7),
      previous: at('2025-01-02', 3),
      expected: null,
    });
  });

  it('judges against the target value itself without a target date', () => {
    const noTargetDate = { ...higherIsBetter, targetValue: 80, targetDate: null, tolerance: 2 };
    expect(statusOf(noTargetDate, at(HALFWAY, 80))).toBe('on_track');
    expect(statusOf(noTargetDate, at(HALFWAY, 79))).toBe('at_risk');
    expect(statusOf(noTargetDate, at(HALFWAY, 77))).toBe('off_track');
  });

  it('judges against the target value itself without a baseline', () => {
    const noBaseline = { ...lowerIsBetter, baselineValue: null, baselineDate: null, targetValue: 20 };
    expect(statusOf(noBaseline, at(HALFWAY, 20))).toBe('on_track');
    expect(statusOf(noBaseline, at(HALFWAY, 24))).toBe('at_risk');
    expect(statusOf(noBaseline, at(HALFWAY, 26))).toBe('off_track');
  });

  it('judges values after the target date against the target', () => {
    const result = computeMeasureStatus(higherIsBetter, [at('2025-03-01', 97)]);
    expect(result.expected).toBe(100);
    expect(result.status).toBe('at_risk');
  });

  it('judges values before the baseline date against the baseline', () => {
    expect(computeMeasureStatus(lowerIsBetter, [at('2024-12-01', 100)])).toMatchObject({ expected: 100, status: 'on_track' });
  });

  it('copes with a zero baseline and a zero target', () => {
    const toZero = { ...lowerIsBetter, baselineValue: 0, targetValue: 0, tolerance: 0 };
    expect(computeMeasureStatus(toZero, [at(HALFWAY, 0), at(TARGET_DATE, 0)])).toEqual({
      targetMissed: false,
      nextValueDue: null,
      valueOverdue: false,
      status: 'on_track',
      trend: 'stable',
      latest: at(TARGET_DATE, 0),
      previous: at(HALFWAY, 0),
      expected: 0,
    });
    expect(statusOf(toZero, at(HALFWAY, 1))).toBe('off_track');
  });

  it('copes with a zero baseline rising to a target', () => {
    const fromZero = { ...higherIsBetter, targetValue: 10, tolerance: 1 };
    expect(computeMeasureStatus(fromZero, [at(HALFWAY, 4.5)])).toMatchObject({ expected: 5, status: 'at_risk' });
  });

  it('judges against the target when the baseline date is the target date', () => {
    const sameDay = { ...higherIsBetter, baselineValue: 0, targetDate: BASELINE_DATE };
    const result = computeMeasureStatus(sameDay, [at(BASELINE_DATE, 100)]);
    expect(result).toMatchObject({ expected: 100, status: 'on_track' });
  });

  it('turns any shortfall off track when the tolerance is zero', () => {
    expect(statusOf({ ...higherIsBetter, tolerance: 0 }, at(HALFWAY, 49.9))).toBe('off_track');
  });

  it('treats a negative tolerance as zero', () => {
    expect(statusOf({ ...higherIsBetter, tolerance: -5 }, at(HALFWAY, 50))).toBe('on_track');
    expect(statusOf({ ...higherIsBetter, tolerance: -5 }, at(HALFWAY, 49))).toBe('off_track');
  });

  it('is not thrown by floating-point noise', () => {
    const target = { ...higherIsBetter, baselineValue: null, targetValue: 0.3, tolerance: 0 };
    expect(statusOf(target, at(HALFWAY, 0.1 + 0.2))).toBe('on_track');
    const band = { ...higherIsBetter, baselineValue: null, targetValue: 0.3, tolerance: 0.1 };
    expect(statusOf(band, at(HALFWAY, 0.2))).toBe('at_risk');
  });

  it('uses the latest value by date whatever order values arrive in', () => {
    const result = computeMeasureStatus(higherIsBetter, [at(HALFWAY, 50), at('2025-01-02', 5), at('2025-01-04', 30)]);
    expect(result.latest).toEqual(at(HALFWAY, 50));
    expect(result.previous).toEqual(at('2025-01-04', 30));
  });

  it('takes the later-listed value as a correction when two share a date', () => {
    const result = computeMeasureStatus(higherIsBetter, [at('2025-01-02', 5), at(HALFWAY, 10), at(HALFWAY, 50)]);
    expect(result.latest).toEqual(at(HALFWAY, 50));
    expect(result.previous).toEqual(at('2025-01-02', 5));
    expect(result.status).toBe('on_track');
  });
});

describe('computeMeasureStatus: each edge case in both polarities', () => {
  it('judges a lower-is-better measure against its target value without a target date', () => {
    const noTargetDate = { ...lowerIsBetter, targetValue: 20, targetDate: null, tolerance: 3 };
    expect(computeMeasureStatus(noTargetDate, [at(HALFWAY, 18)])).toMatchObject({ expected: 20, status: 'on_track' });
    expect(statusOf(noTargetDate, at(HALFWAY, 23))).toBe('at_risk');
    expect(statusOf(noTargetDate, at(HALFWAY, 23.5))).toBe('off_track');
  });

  it('judges a higher-is-better measure against its target value without a baseline', () => {
    const noBaseline = { ...higherIsBetter, baselineValue: null, baselineDate: null, targetValue: 90, tolerance: 5 };
    expect(computeMeasureStatus(noBaseline, [at('2024-01-01', 91)])).toMatchObject({ expected: 90, status: 'on_track' });
    expect(statusOf(noBaseline, at(HALFWAY, 85))).toBe('at_risk');
    expect(statusOf(noBaseline, at(HALFWAY, 84))).toBe('off_track');
  });

  it('judges a baseline value without a baseline date against the target value', () => {
    const undatedBaseline = { ...higherIsBetter, baselineDate: null, tolerance: 5 };
    expect(computeMeasureStatus(undatedBaseline, [at(HALFWAY, 50)])).toMatchObject({ expected: 100, status: 'off_track' });
  });

  it('judges lower-is-better values after the target date against the target', () => {
    const result = computeMeasureStatus(lowerIsBetter, [at('2025-06-01', 4)]);
    expect(result).toMatchObject({ expected: 0, status: 'at_risk' });
    expect(statusOf(lowerIsBetter, at('2026-01-01', 0))).toBe('on_track');
    expect(statusOf(lowerIsBetter, at('2026-01-01', 6))).toBe('off_track');
  });

  it('judges only the latest value when a series runs past the target date', () => {
    // On track halfway, then short of the target once the line has stopped.
    const result = computeMeasureStatus(higherIsBetter, [at(HALFWAY, 60), at('2025-02-01', 90)]);
    expect(result).toMatchObject({ expected: 100, status: 'off_track', trend: 'improving' });
  });

  it('starts a lower-is-better line at a zero baseline without dividing by it', () => {
    // A count that should stay at zero but may rise a little: the line is flat at 0.
    const stayAtZero = { ...lowerIsBetter, baselineValue: 0, targetValue: 0, tolerance: 2 };
    expect(computeMeasureStatus(stayAtZero, [at(HALFWAY, 2)])).toMatchObject({ expected: 0, status: 'at_risk' });
    expect(statusOf(stayAtZero, at(HALFWAY, 3))).toBe('off_track');
  });

  it('reads a zero latest value as a value, not as missing', () => {
    const result = computeMeasureStatus(higherIsBetter, [at('2025-01-02', 5), at('2025-01-03', 0)]);
    expect(result).toMatchObject({ latest: at('2025-01-03', 0), status: 'off_track', trend: 'worsening' });
  });

  it('keeps a target already beaten at baseline: a measure to hold, not to improve', () => {
    // Higher is better, baseline 90 above a target of 80: the line falls, and 85 halfway is fine.
    const hold = { ...higherIsBetter, baselineValue: 90, targetValue: 80, tolerance: 2 };
    expect(computeMeasureStatus(hold, [at(HALFWAY, 85)])).toMatchObject({ expected: 85, status: 'on_track' });
  });
});

describe('trend', () => {
  const trendOf = (measure: MeasureDefinition, ...values: MeasureReading[]) => computeMeasureStatus(measure, values).trend;

  it('has no trend with fewer than two values', () => {
    expect(trendOf(higherIsBetter)).toBe('no_data');
    expect(trendOf(higherIsBetter, at(HALFWAY, 50))).toBe('no_data');
  });

  it('improves when a higher-is-better measure rises', () => {
    expect(trendOf(higherIsBetter, at('2025-01-02', 10), at('2025-01-03', 11))).toBe('improving');
  });

  it('worsens when a higher-is-better measure falls', () => {
    expect(trendOf(higherIsBetter, at('2025-01-02', 10), at('2025-01-03', 9))).toBe('worsening');
  });

  it('improves when a lower-is-better measure falls', () => {
    expect(trendOf(lowerIsBetter, at('2025-01-02', 10), at('2025-01-03', 9))).toBe('improving');
  });

  it('worsens when a lower-is-better measure rises', () => {
    expect(trendOf(lowerIsBetter, at('2025-01-02', 10), at('2025-01-03', 11))).toBe('worsening');
  });

  it('is stable when the value has not changed', () => {
    expect(trendOf(lowerIsBetter, at('2025-01-02', 12), at('2025-01-03', 12))).toBe('stable');
    expect(trendOf(higherIsBetter, at('2025-01-02', 0.3), at('2025-01-03', 0.1 + 0.2))).toBe('stable');
  });

  it('compares by date, not by the order values arrive in', () => {
    expect(trendOf(higherIsBetter, at('2025-01-03', 11), at('2025-01-02', 10))).toBe('improving');
  });
});

describe('computeMeasureStatus over time', () => {
  // 120 places by 30 September 2025, from 20 in January 2025; 50 were reached in May 2025.
  const places = {
    polarity: 'higher_is_better' as const, tolerance: 5, baselineValue: 20, baselineDate: '2025-01-01', targetValue: 120, targetDate: '2025-09-30',
  };
  const may = [{ date: '2025-05-31', value: 50 }];

  it('is judged against the line while the target date is ahead', () => {
    expect(computeMeasureStatus(places, may, { today: '2025-06-01' })).toMatchObject({ status: 'off_track', targetMissed: false });
    expect(computeMeasureStatus(places, [{ date: '2025-02-01', value: 40 }], { today: '2025-09-30' })).toMatchObject({ status: 'on_track', targetMissed: false });
  });

  it('is off track once the target date has passed unmet, whatever the line said', () => {
    const early = [{ date: '2025-02-01', value: 40 }];
    expect(computeMeasureStatus(places, early).status).toBe('on_track');
    expect(computeMeasureStatus(places, early, { today: '2025-10-01' })).toMatchObject({ status: 'off_track', targetMissed: true });
    expect(computeMeasureStatus(places, [{ date: '2025-09-30', value: 120 }], { today: '2026-12-05' })).toMatchObject({ status: 'on_track', targetMissed: false });
    const lower = { ...places, polarity: 'lower_is_better' as const, baselineValue: 100, targetValue: 50 };
    expect(computeMeasureStatus(lower, [{ date: '2025-09-01', value: 49 }], { today: '2026-01-01' }).targetMissed).toBe(false);
    expect(computeMeasureStatus(lower, [{ date: '2025-09-01', value: 51 }], { today: '2026-01-01' })).toMatchObject({ status: 'off_track', targetMissed: true });
  });

  it('says when the next value is overdue, from the frequency', () => {
    expect(nextValueDueOn('2025-01-31', 'monthly')).toBe('2025-02-28');
    expect(nextValueDueOn('2025-03-31', 'quarterly')).toBe('2025-06-30');
    // Terms are unequal: after the summer term the autumn term's figures are due by the end of December,
    // then the spring term's by the end of April (Easter moves), then the summer term's by the end of July.
    expect(nextValueDueOn('2025-07-23', 'termly')).toBe('2025-12-31');
    expect(nextValueDueOn('2025-12-19', 'termly')).toBe('2026-04-30');
    expect(nextValueDueOn('2026-01-05', 'termly')).toBe('2026-04-30');
    expect(nextValueDueOn('2026-03-27', 'termly')).toBe('2026-07-31');
    expect(nextValueDueOn('2026-04-10', 'termly')).toBe('2026-07-31');
    expect(nextValueDueOn('2024-02-29', 'annually')).toBe('2025-02-28');
    expect(nextValueDueOn('2025-12-29', 'weekly')).toBe('2026-01-05');
    expect(computeMeasureStatus(places, may, { today: '2025-06-30', frequency: 'monthly' })).toMatchObject({ nextValueDue: '2025-06-30', valueOverdue: false });
    expect(computeMeasureStatus(places, may, { today: '2025-07-01', frequency: 'monthly' })).toMatchObject({ valueOverdue: true });
    expect(computeMeasureStatus(places, may, { today: '2027-01-01' })).toMatchObject({ nextValueDue: null, valueOverdue: false });
  });
});
