import { dayNumberToIsoDate, isoDateToDayNumber, type MeasureFrequency, type MeasureUnit, type Polarity } from '@send/domain';
import { pick, randomFor } from './prng';

/** A measure as its seed gives it: settings and the series up to the real history's end. */
export interface DemoMeasure {
  key: string;
  unit: MeasureUnit;
  polarity: Polarity;
  frequency: MeasureFrequency | null;
  baseline: { value: number | null; date: string | null };
  target: { value: number | null; date: string | null };
  tolerance: number;
  values: { periodEnd: string; value: number }[];
}

/** Period ends in the year (MM-DD) of each frequency: school terms, quarters, the academic year. */
const PERIOD_ENDS: Partial<Record<MeasureFrequency, string[]>> = {
  termly: ['03-28', '07-23', '12-19'],
  quarterly: ['03-31', '06-30', '09-30', '12-31'],
  annually: ['07-31'],
};
/** Figures for a period are known some weeks after it ends. */
const REPORTING_LAG_DAYS = 21;
/** How each measure fares against its trajectory, drawn once per measure: most on or ahead of it, a few behind. */
const STANCES = [0.5, 0.35, 0.2, 0.1, 0.05, -0.3, -0.6];

function periodEnds(frequency: MeasureFrequency | null, after: string, until: string): string[] {
  const ends: string[] = [];
  const firstYear = Number(after.slice(0, 4));
  const lastYear = Number(until.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    const days = frequency === 'monthly'
      ? Array.from({ length: 12 }, (_, m) => dayNumberToIsoDate(isoDateToDayNumber(`${m === 11 ? y + 1 : y}-${String(m === 11 ? 1 : m + 2).padStart(2, '0')}-01`) - 1))
      : (PERIOD_ENDS[frequency ?? 'termly'] ?? PERIOD_ENDS.termly!).map((md) => `${y}-${md}`);
    for (const d of days) if (d > after && d <= until) ends.push(d);
  }
  return ends;
}

/**
 * Illustrative figures carrying a measure on from its last real value, one per period of its
 * frequency after `historyEndsOn` whose figures would be known by `today`: along the line from that value to the target
 * (and level with the target once its date has passed), ahead of or behind it by the measure's
 * stance, with a little noise. Counts of people trained never fall.
 */
export function continueMeasure(m: DemoMeasure, historyEndsOn: string, today: string): { periodEnd: string; value: number }[] {
  const last = m.values.at(-1);
  if (!last) return [];
  const until = dayNumberToIsoDate(isoDateToDayNumber(today) - REPORTING_LAG_DAYS);
  const t0 = isoDateToDayNumber(last.periodEnd);
  const target = m.target.value ?? last.value;
  const tT = m.target.date ? isoDateToDayNumber(m.target.date) : t0 + 365;
  const scale = Math.max(Math.abs(target - (m.baseline.value ?? last.value)), Math.abs(target - last.value), m.tolerance * 2, 1);
  const better = m.polarity === 'higher_is_better' ? 1 : -1;
  const stance = pick(randomFor('measure', m.key), STANCES);
  const out: { periodEnd: string; value: number }[] = [];
  let previous = last.value;
  // Only after the real history: a period it left without a figure stays without one.
  for (const periodEnd of periodEnds(m.frequency, last.periodEnd > historyEndsOn ? last.periodEnd : historyEndsOn, until)) {
    const t = isoDateToDayNumber(periodEnd);
    const line = t >= tT || tT <= t0 ? target : last.value + ((target - last.value) * (t - t0)) / (tT - t0);
    const noise = (randomFor('measure value', m.key, periodEnd)() - 0.5) * scale * 0.08;
    let value = line + better * stance * scale * 0.25 + noise;
    if (m.unit === 'people') value = Math.max(value, previous);
    value = Math.max(0, m.unit === 'percent' ? Math.min(100, value) : value);
    value = m.unit === 'count' || m.unit === 'people' ? Math.round(value) : Math.round(value * 10) / 10;
    out.push({ periodEnd, value });
    previous = value;
  }
  return out;
}
