import type { DeliveryStatus } from './delivery-status';
import { formatIsoDate, isCalendarDate, isoDateToDayNumber, dayNumberToIsoDate } from './iso-date';
import type { ImpactStatus } from './impact-status';

/*
 * Reading councils' spreadsheets on import. Each parser accepts only words it
 * recognises exactly (after tidying case, spacing and punctuation) and returns
 * null for anything else, so the import asks a person rather than guessing.
 */

/** An entry of a word table, never an inherited property ("constructor", "toString"). */
function lookUp<T>(table: Readonly<Record<string, T>>, key: string): T | null {
  return Object.hasOwn(table, key) ? (table[key]) : null;
}

/** Lower case, with dashes, slashes, underscores and punctuation read as spaces. */
function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-‐‑–—_/\\,.:;&+()]+/g, ' ')
    .trim();
}

const DELIVERY_WORDS: Readonly<Record<string, DeliveryStatus>> = {
  r: 'off_track',
  red: 'off_track',
  'off track': 'off_track',
  a: 'at_risk',
  amber: 'at_risk',
  'at risk': 'at_risk',
  // Amber-green is on track. In a five-point RAG (R, A/R, A, A/G, G) it means
  // "delivering, minor issues in hand, no escalation needed"; amber is the
  // point at which a board is asked to act. Reading it as at risk would turn
  // every cautious green into an escalation on the dashboard.
  'a g': 'on_track',
  ag: 'on_track',
  'amber green': 'on_track',
  g: 'on_track',
  green: 'on_track',
  'on track': 'on_track',
  b: 'complete',
  blue: 'complete',
  complete: 'complete',
  completed: 'complete',
  done: 'complete',
  'not started': 'not_started',
  'not yet started': 'not_started',
  grey: 'not_started',
  gray: 'not_started',
  // Amber-red and red-amber are left out on purpose: whether they mean at risk
  // or off track is a judgement the Head of SEND makes, so they come back null.
};

// Trackers often give the colour and its meaning together ("Green - on track", "Blue (complete)").
// Such a pair is read only when both halves say the same thing: "Green - complete" stays null.
const COLOUR_WORDS = ['amber green', 'red', 'amber', 'green', 'blue', 'grey', 'gray'] as const;
const MEANING_WORDS = new Set(['off track', 'at risk', 'on track', 'complete', 'completed', 'done', 'not started', 'not yet started']);

/** A delivery status from how people write RAG ('A/G', 'Red', 'Complete', 'Green - on track'...), or null. */
export function parseDeliveryStatusWord(text: string): DeliveryStatus | null {
  const words = normaliseWords(text);
  const direct = lookUp(DELIVERY_WORDS, words);
  if (direct) return direct;
  for (const colour of COLOUR_WORDS) {
    const meaning = words.startsWith(`${colour} `)
      ? words.slice(colour.length + 1)
      : words.endsWith(` ${colour}`)
        ? words.slice(0, -colour.length - 1)
        : null;
    if (meaning !== null && MEANING_WORDS.has(meaning) && lookUp(DELIVERY_WORDS, meaning) === lookUp(DELIVERY_WORDS, colour)) {
      return lookUp(DELIVERY_WORDS, colour);
    }
  }
  return null;
}

const IMPACT_WORDS: Readonly<Record<string, ImpactStatus>> = {
  'not yet complete': 'not_yet_complete',
  'not complete': 'not_yet_complete',
  incomplete: 'not_yet_complete',
  'complete monitoring impact': 'complete_monitoring_impact',
  'monitoring impact': 'complete_monitoring_impact',
  'complete impact being monitored': 'complete_monitoring_impact',
  'complete impact evidenced': 'complete_impact_evidenced',
  'impact evidenced': 'complete_impact_evidenced',
  'complete evidence of impact': 'complete_impact_evidenced',
  'complete impact evidence': 'complete_impact_evidenced',
};

// Words that change how a category is phrased but never which one it is.
const IMPACT_FILLER = new Set(['and', 'with', 'fully', 'but', 'still']);

/** An impact category from its spreadsheet wording ('Complete - monitoring impact'...), or null. */
export function parseImpactStatusWord(text: string): ImpactStatus | null {
  const words = normaliseWords(text)
    .split(' ')
    .filter((w) => !IMPACT_FILLER.has(w))
    .map((w) => (w === 'completed' ? 'complete' : w));
  return lookUp(IMPACT_WORDS, words.join(' '));
}

/** Highest serial Excel accepts: 9999-12-31. */
const EXCEL_MAX_SERIAL = 2_958_465;
// Excel's 1900 date system counts 1900-01-01 as 1 and, copying Lotus 1-2-3,
// believes 1900 was a leap year: serial 60 is "29 Feb 1900", a day that never
// existed. Serials up to 59 count from 1899-12-31, those from 61 from 1899-12-30.
const EXCEL_DAY_ZERO_BEFORE_LEAP_BUG = isoDateToDayNumber('1899-12-31');
const EXCEL_DAY_ZERO_AFTER_LEAP_BUG = isoDateToDayNumber('1899-12-30');

// Optional time after the date, as CSV exports often add " 00:00" or "T00:00:00".
const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME_SUFFIX}$`);
const UK_DATE = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME_SUFFIX}$`);
// "1 March 2025", "1st Mar 2025", "01-Mar-25" (Excel's d-mmm-yy): the month is named, so the order is plain.
const NAMED_MONTH_DATE = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\.?,?[ -](\d{4}|\d{2})${TIME_SUFFIX}$`, 'i');
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/**
 * A date from a spreadsheet cell as `YYYY-MM-DD`, or null when it is not a
 * real date in a recognised form:
 * - a number: an Excel serial in the 1900 date system (any time of day in the
 *   fraction is dropped); pass the cell's raw number, as a digit string is
 *   refused rather than guessed at;
 * - `dd/mm/yyyy` or `d/m/yy`, always day first (UK order), with `/`, `.` or `-`;
 *   two-digit years follow Excel: 00-29 are 2000-2029, 30-99 are 1930-1999;
 * - `yyyy-mm-dd`;
 * - a day, a month named in full or in three letters, and a year: `1 March 2025`, `01-Mar-25`.
 * A time after the date is ignored; days that do not exist (31/02/2025) are null.
 */
export function parseSpreadsheetDate(value: string | number): string | null {
  if (typeof value === 'number') return excelSerialToIsoDate(value);
  const text = value.trim();

  const iso = ISO_DATE.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const uk = UK_DATE.exec(text);
  if (uk) {
    return calendarDate(fullYear(uk[4]), Number(uk[3]), Number(uk[1]));
  }

  const named = NAMED_MONTH_DATE.exec(text);
  const month = named ? lookUp(MONTHS, named[2].toLowerCase()) : null;
  if (named && month) return calendarDate(fullYear(named[3]), month, Number(named[1]));
  return null;
}

/** Two-digit years follow Excel: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(yearText: string): number {
  const year = Number(yearText);
  return yearText.length === 2 ? year + (year < 30 ? 2000 : 1900) : year;
}

function calendarDate(year: number, month: number, day: number): string | null {
  return year >= 1000 && isCalendarDate(year, month, day) ? formatIsoDate(year, month, day) : null;
}

function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  // 0 is Excel's "0 January 1900" and 60 its phantom 29 February 1900.
  if (whole < 1 || whole === 60 || whole > EXCEL_MAX_SERIAL) return null;
  const dayZero = whole < 60 ? EXCEL_DAY_ZERO_BEFORE_LEAP_BUG : EXCEL_DAY_ZERO_AFTER_LEAP_BUG;
  return dayNumberToIsoDate(dayZero + whole);
}
