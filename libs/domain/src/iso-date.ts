/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Due dates, target dates and
 * reporting dates are days, not instants, so we never put them through `Date`
 * in local time (that shifts them by an hour either side of BST).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written exactly `YYYY-MM-DD` (so not 2025-02-31). */
export function isIsoDate(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  const m = ISO_DATE.exec(x);
  if (!m) return false;
  return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when the day exists in that month (handles leap years). Month is 1-12. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

/** Formats a year, month (1-12) and day as `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole days since 1970-01-01 (negative before it), for arithmetic on dates.
 * Throws a RangeError for anything but a valid `YYYY-MM-DD`: a malformed date
 * here is a bug in the caller, not user input.
 */
export function isoDateToDayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(utc(y, m, d) / MS_PER_DAY);
}

/** Inverse of isoDateToDayNumber. */
export function dayNumberToIsoDate(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Negative when a is before b, 0 when the same day, positive when after. */
export function compareIsoDates(a: string, b: string): number {
  return isoDateToDayNumber(a) - isoDateToDayNumber(b);
}

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}
