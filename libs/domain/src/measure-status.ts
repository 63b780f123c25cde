import { isoDateToDayNumber } from './iso-date';
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
 */
export function computeMeasureStatus(measure: MeasureDefinition, values: readonly MeasureReading[]): MeasureAssessment {
  const readings = latestPerDate(values);
  const latest = readings[readings.length - 1] ?? null;
  const previous = readings[readings.length - 2] ?? null;
  const trend = computeTrend(measure.polarity, latest, previous);

  if (latest === null) return { status: 'no_data', trend, latest, previous, expected: null };
  const expected = trajectoryValueAt(measure, latest.date);
  if (expected === null) return { status: 'no_data', trend, latest, previous, expected };

  const shortfall = worseBy(measure.polarity, latest.value, expected);
  const tolerance = Math.max(0, measure.tolerance);
  const status: MeasureStatus =
    shortfall <= epsilon(latest.value, expected)
      ? 'on_track'
      : shortfall <= tolerance + epsilon(tolerance, expected)
        ? 'at_risk'
        : 'off_track';
  return { status, trend, latest, previous, expected };
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
