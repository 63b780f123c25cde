import { compareIsoDates, formatIsoDate, isoDateToDayNumber } from './iso-date';
import type { MeasureFrequency } from './measure';
import type { Rag } from './rag';

export const MEASURE_UNITS = ['count', 'percent', 'days', 'weeks', 'people'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];
export const MEASURE_UNIT_LABELS: Readonly<Record<MeasureUnit, string>> = {
  count: 'Count',
  percent: 'Percentage',
  days: 'Days',
  weeks: 'Weeks',
  people: 'People',
};
export function isMeasureUnit(x: unknown): x is MeasureUnit {
  return typeof x === 'string' && (MEASURE_UNITS as readonly string[]).includes(x);
}

export const POLARITIES = ['higher_is_better', 'lower_is_better'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Readonly<Record<Polarity, string>> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
};
export function isPolarity(x: unknown): x is Polarity {
  return typeof x === 'string' && (POLARITIES as readonly string[]).includes(x);
}

export const MEASURE_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_data: 'No data',
};
/** Same colours as delivery status, so a green means the same on every screen. */
export const MEASURE_STATUS_RAG: Readonly<Record<MeasureStatus, Rag>> = {
  on_track: 'green',
  at_risk: 'amber',
  off_track: 'red',
  no_data: 'grey',
};
export function isMeasureStatus(x: unknown): x is MeasureStatus {
  return typeof x === 'string' && (MEASURE_STATUSES as readonly string[]).includes(x);
}

export const TRENDS = ['improving', 'stable', 'worsening', 'no_data'] as const;
export type Trend = (typeof TRENDS)[number];
export const TREND_LABELS: Readonly<Record<Trend, string>> = {
  improving: 'Improving',
  stable: 'Stable',
  worsening: 'Worsening',
  no_data: 'No data',
};
export function isTrend(x: unknown): x is Trend {
  return typeof x === 'string' && (TRENDS as readonly string[]).includes(x);
}

/** The baseline and target a measure is judged against. Dates are ISO `YYYY-MM-DD`. */
export interface MeasureTrajectory {
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
}

export interface MeasureDefinition extends MeasureTrajectory {
  polarity: Polarity;
  /** Width of the amber band, in the measure's own units; >= 0 (a negative value counts as 0). */
  tolerance: number;
}

export interface MeasureReading {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  value: number;
}

export interface MeasureAssessment {
  status: MeasureStatus;
  trend: Trend;
  latest: MeasureReading | null;
  previous: MeasureReading | null;
  /** Where the trajectory says the latest value should be; null without a target or a value. */
  expected: number | null;
  /** The target date has passed (on the day judged) and the latest value does not meet the target. */
  targetMissed: boolean;
  /** When the next value is due, from the latest one and the measure's frequency; null without either. */
  nextValueDue: string | null;
  /** The next value's due date has passed on the day judged. */
  valueOverdue: boolean;
}

/** The day a measure is judged on, and how often it is reported. */
export interface MeasureTiming {
  /** ISO `YYYY-MM-DD`: today, or the "as at" date. */
  today: string;
  frequency?: MeasureFrequency | null;
}

const MONTHS_BETWEEN: Readonly<Record<Exclude<MeasureFrequency, 'weekly' | 'termly'>, number>> = { monthly: 1, quarterly: 3, annually: 12 };

/**
 * The last day the next school term can end, after a term that ended in month `m` of year `y`. Terms are
 * of unequal length (the autumn term runs from September to Christmas, the spring term to Easter, which moves
 * between March and April), so the next value of a termly measure is due by the end of the month the next
 * term can end in at the latest: after the summer term (ending May to September), 31 December; after the
 * autumn term (October to January), 30 April; after the spring term (February to April), 31 July.
 */
function nextTermEndsBy(y: number, m: number): string {
  if (m >= 5 && m <= 9) return formatIsoDate(y, 12, 31);
  if (m >= 10) return formatIsoDate(y + 1, 4, 30);
  if (m === 1) return formatIsoDate(y, 4, 30);
  return formatIsoDate(y, 7, 31);
}

/**
 * The day a measure's next value is due: a week or the frequency's months after the period the
 * latest value covers (the day clamped to the month's end, so 31 January + 1 month is 28 or 29 February);
 * for a termly measure, the latest day the next term can end.
 */
export function nextValueDueOn(latestPeriodEnd: string, frequency: MeasureFrequency): string {
  if (frequency === 'weekly') return dayAfter(latestPeriodEnd, 7);
  const [y, m, d] = latestPeriodEnd.split('-').map(Number) as [number, number, number];
  if (frequency === 'termly') return nextTermEndsBy(y, m);
  const months = y * 12 + (m - 1) + MONTHS_BETWEEN[frequency];
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatIsoDate(year, month, Math.min(d, lastDay));
}

function dayAfter(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The value the measure should have reached on `date`, on the straight line
 * from (baselineDate, baselineValue) to (targetDate, targetValue).
 * - no target value: null (nothing to judge against);
 * - no baseline value or date, no target date, or a baseline not before the
 *   target: the target value itself, as there is no line to draw;
 * - on or after the target date: the target value (the line stops there);
 * - on or before the baseline date: the baseline value.
 * The only division is by the number of days between baseline and target,
 * which is positive whenever it is reached, so a zero baseline is just a value.
 */
export function trajectoryValueAt(measure: MeasureTrajectory, date: string): number | null {
  const { baselineValue, baselineDate, targetValue, targetDate } = measure;
  if (targetValue === null) return null;
  if (baselineValue === null || baselineDate === null || targetDate === null) return targetValue;
  const start = isoDateToDayNumber(baselineDate);
  const end = isoDateToDayNumber(targetDate);
  const day = isoDateToDayNumber(date);
  if (end <= start || day >= end) return targetValue;
  if (day <= start) return baselineValue;
  return baselineValue + ((targetValue - baselineValue) * (day - start)) / (end - start);
}

/**
 * RAG of a measure: its latest value against the trajectory on that value's date.
 * On or better than expected: on track; worse by no more than the tolerance:
 * at risk; worse by more: off track. Trend compares the latest two values.
 * `values` may come in any order. Where two share a date, the one listed later
 * wins, as a correction of the earlier.
 *
 * With `timing`, time counts too: once the target date has passed, a latest value that does not
 * meet the target is off track, however it stood against the line when it was recorded (50 of
 * 120 places against a target that fell due last September is not on track today); and a value
 * whose next one is past due says so (`valueOverdue`).
 */
export function computeMeasureStatus(measure: MeasureDefinition, values: readonly MeasureReading[], timing?: MeasureTiming): MeasureAssessment {
  const readings = latestPerDate(values);
  const latest = readings[readings.length - 1] ?? null;
  const previous = readings[readings.length - 2] ?? null;
  const trend = computeTrend(measure.polarity, latest, previous);
  const nextValueDue = latest && timing?.frequency ? nextValueDueOn(latest.date, timing.frequency) : null;
  const valueOverdue = nextValueDue !== null && timing !== undefined && compareIsoDates(nextValueDue, timing.today) < 0;
  const none = { trend, latest, previous, targetMissed: false, nextValueDue, valueOverdue };

  if (latest === null) return { ...none, status: 'no_data', expected: null };
  const expected = trajectoryValueAt(measure, latest.date);
  if (expected === null) return { ...none, status: 'no_data', expected };

  const targetMissed = timing !== undefined && measure.targetValue !== null && measure.targetDate !== null
    && compareIsoDates(measure.targetDate, timing.today) < 0
    && worseBy(measure.polarity, latest.value, measure.targetValue) > epsilon(latest.value, measure.targetValue);
  const shortfall = worseBy(measure.polarity, latest.value, expected);
  const tolerance = Math.max(0, measure.tolerance);
  const status: MeasureStatus = targetMissed
    ? 'off_track'
    : shortfall <= epsilon(latest.value, expected)
      ? 'on_track'
      : shortfall <= tolerance + epsilon(tolerance, expected)
        ? 'at_risk'
        : 'off_track';
  return { ...none, status, expected, targetMissed };
}

/** How far `value` is on the wrong side of `reference` (negative when better). */
function worseBy(polarity: Polarity, value: number, reference: number): number {
  return polarity === 'higher_is_better' ? reference - value : value - reference;
}

function computeTrend(polarity: Polarity, latest: MeasureReading | null, previous: MeasureReading | null): Trend {
  if (latest === null || previous === null) return 'no_data';
  const change = worseBy(polarity, latest.value, previous.value);
  if (Math.abs(change) <= epsilon(latest.value, previous.value)) return 'stable';
  return change < 0 ? 'improving' : 'worsening';
}

// Absorbs floating-point noise (0.1 + 0.2 vs 0.3, interpolated targets) without
// hiding any difference a person could see in a displayed figure.
function epsilon(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** One reading per date, oldest first; the later-listed reading wins a tie. */
function latestPerDate(values: readonly MeasureReading[]): MeasureReading[] {
  const byDate = new Map<string, MeasureReading>();
  for (const v of values) byDate.set(v.date, v);
  return [...byDate.values()].sort((a, b) => isoDateToDayNumber(a.date) - isoDateToDayNumber(b.date));
}
