import type { Measure, MeasureValue } from '../api';
import { chartRows, describeMeasure, describeTrend, withUnit } from '../describe';

const value = (periodEnd: string, v: number): MeasureValue => ({
  id: periodEnd,
  measureId: 'm',
  periodEnd,
  value: v,
  note: '',
  cohortSize: null,
  illustrative: false,
  enteredBy: { id: null, label: '' },
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

const measure: Measure = {
  id: 'm',
  planId: 'p',
  priorityArea: null,
  title: 'Suspensions of pupils on SEN Support',
  description: '',
  unit: 'count',
  unitLabel: 'Count',
  polarity: 'lower_is_better',
  polarityLabel: 'Lower is better',
  baseline: { value: 1200, date: '2023-12-20' },
  target: { value: 800, date: '2025-12-19' },
  tolerance: 50,
  source: '',
  sourceKind: 'records',
  sourceKindLabel: 'Records',
  frequency: null,
  frequencyLabel: null,
  illustrative: false,
  illustrativeNote: '',
  actions: [],
  status: 'off_track',
  statusLabel: 'Off track',
  rag: 'red',
  trend: 'improving',
  trendLabel: 'Improving',
  latest: value('2024-12-20', 968),
  previous: value('2024-07-31', 1010),
  expected: 999.5,
  targetMissed: false,
  nextValueDue: null,
  valueOverdue: false,
  asAt: '2025-01-01',
  valueCount: 2,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('describing a measure in words', () => {
  it('says the change since the previous value and whether it is an improvement', () => {
    expect(describeTrend(measure)).toBe('Down 42 since 31 July 2024 (improving)');
  });

  it('gives the whole picture a chart shows', () => {
    expect(describeMeasure(measure)).toBe(
      'Latest value 968 for the period to 20 December 2024, where the trajectory expected 999.5: off track. Down 42 since 31 July 2024 (improving). The target is 800 by 19 December 2025. Lower is better.',
    );
  });

  it('gives a change in a percentage in percentage points', () => {
    const pct = { ...measure, unit: 'percent' as const, latest: value('2025-01-09', 8.2), previous: value('2024-10-25', 11.1) };
    expect(describeTrend(pct)).toBe('Down 2.9 percentage points since 25 October 2024 (improving)');
  });

  it('writes units as people read them', () => {
    expect(withUnit(12.5, { unit: 'percent' })).toBe('12.5%');
    expect(withUnit(1, { unit: 'days' })).toBe('1 day');
    expect(withUnit(null, { unit: 'count' })).toBe('No data');
  });

  it('puts values and trajectory on one date axis', () => {
    const rows = chartRows({ values: [value('2024-12-20', 968)], trajectory: [{ date: '2023-12-20', value: 1200 }, { date: '2024-12-20', value: 999.452 }] });
    expect(rows).toEqual([
      { date: '2023-12-20', label: 'Dec 2023', value: null, trajectory: 1200, illustrative: false },
      { date: '2024-12-20', label: 'Dec 2024', value: 968, trajectory: 999.45, illustrative: false },
    ]);
  });
});

describe('a survey measure\'s values', () => {
  it('carry their respondents into the chart\'s table rows', () => {
    const rows = chartRows({ values: [{ ...value('2025-01-31', 62), cohortSize: 40 }, value('2025-06-30', 65)], trajectory: [] });
    expect(rows.map((r) => [r.date, r.value, r.cohortSize ?? null])).toEqual([['2025-01-31', 62, 40], ['2025-06-30', 65, null]]);
  });
});
