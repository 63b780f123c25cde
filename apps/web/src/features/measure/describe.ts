import { formatDate, formatNumber } from '@/lib/format';
import type { Measure, MeasureDetail } from './api';

/** A value with its unit: "12.5%", "41 days", "968". */
export function withUnit(value: number | null | undefined, m: Pick<Measure, 'unit'>): string {
  if (value === null || value === undefined) return 'No data';
  const n = formatNumber(value, m.unit);
  if (m.unit === 'days') return `${n} ${value === 1 ? 'day' : 'days'}`;
  if (m.unit === 'weeks') return `${n} ${value === 1 ? 'week' : 'weeks'}`;
  return n;
}

/** "Down 12 since 20 December 2024 (improving)", or why there is no trend. */
export function describeTrend(m: Measure): string {
  if (!m.latest || !m.previous) return 'No earlier value to compare with';
  const change = m.latest.value - m.previous.value;
  // A change in a percentage is in percentage points, not per cent of itself.
  const size = m.unit === 'percent' ? `${formatNumber(Math.abs(change))} percentage points` : withUnit(Math.abs(change), m);
  const direction = change > 0 ? `Up ${size}` : change < 0 ? `Down ${size}` : 'No change';
  return `${direction} since ${formatDate(m.previous.periodEnd)} (${m.trendLabel.toLowerCase()})`;
}

/** What a screen reader user gets instead of the chart. */
export function describeMeasure(m: Measure): string {
  const target =
    m.target.value !== null ? `The target is ${withUnit(m.target.value, m)}${m.target.date ? ` by ${formatDate(m.target.date)}` : ''}` : 'There is no target';
  if (!m.latest) return `No values have been recorded yet. ${target}.`;
  const expected = m.expected !== null ? `, where the trajectory expected ${withUnit(Math.round(m.expected * 100) / 100, m)}` : '';
  return `Latest value ${withUnit(m.latest.value, m)} for the period to ${formatDate(m.latest.periodEnd)}${expected}: ${m.statusLabel.toLowerCase()}. ${describeTrend(m)}. ${target}. ${m.polarityLabel}.`;
}

export interface ChartRow {
  date: string;
  label: string;
  value: number | null;
  trajectory: number | null;
  /** A made-up figure of the demonstration plan. */
  illustrative: boolean;
  /** How many people the figure stands for (a survey's respondents), when known. */
  cohortSize?: number | null;
}

/** Values and trajectory on one date axis, oldest first, for the chart and its table. */
export function chartRows(m: Pick<MeasureDetail, 'values' | 'trajectory'>): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  const row = (date: string) => {
    const r = rows.get(date) ?? { date, label: shortDate(date), value: null, trajectory: null, illustrative: false };
    rows.set(date, r);
    return r;
  };
  for (const v of m.values) Object.assign(row(v.periodEnd), { value: v.value, illustrative: v.illustrative, ...(v.cohortSize != null ? { cohortSize: v.cohortSize } : {}) });
  for (const t of m.trajectory) row(t.date).trajectory = Math.round(t.value * 100) / 100;
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function shortDate(iso: string): string {
  const [y, m] = iso.split('-');
  return `${SHORT_MONTHS[Number(m) - 1]} ${y}`;
}
