import { compareIsoDates, dayNumberToIsoDate, formatIsoDate, isoDateToDayNumber } from './iso-date';

/**
 * A school's own plan reports to its governing board once a term: a meeting late in each of the
 * three terms of England's academic year (autumn, spring, summer), each with a reporting period
 * that opens three weeks before it and takes updates until a week before it. All dates are ISO
 * `YYYY-MM-DD` days in England.
 */
export const SCHOOL_TERMS = ['autumn', 'spring', 'summer'] as const;
export type SchoolTerm = (typeof SCHOOL_TERMS)[number];

export const SCHOOL_TERM_LABELS: Readonly<Record<SchoolTerm, string>> = { autumn: 'Autumn term', spring: 'Spring term', summer: 'Summer term' };

/** A period opens this many days before its meeting... */
export const TERMLY_PERIOD_OPENS_DAYS_BEFORE = 21;
/** ...and its updates are due this many days before it (the pack is cut the day after). */
export const TERMLY_DEADLINE_DAYS_BEFORE = 7;

export interface TermlyMeeting {
  term: SchoolTerm;
  /** "Autumn term 2026": the meeting's and its period's title. */
  title: string;
  meetingDate: string;
  opensOn: string;
  updateDeadline: string;
  /** The day the meeting's pack is cut (at the end of the working day): the day after the update deadline. */
  cutOffDay: string;
}

/** The `nth` Wednesday of a month (1-based). */
function nthWednesday(year: number, month: number, nth: number): string {
  const first = isoDateToDayNumber(formatIsoDate(year, month, 1));
  // Day 0 (1970-01-01) was a Thursday: its weekday index is 4 (Sunday = 0), Wednesday is 3.
  const weekday = (((first + 4) % 7) + 7) % 7;
  const toWednesday = (3 - weekday + 7) % 7;
  return dayNumberToIsoDate(first + toWednesday + (nth - 1) * 7);
}

function meetingsOfYear(startYear: number): TermlyMeeting[] {
  // Late in each term, before it breaks up: the second Wednesday of December (autumn term ends
  // before Christmas), the third of March (spring ends around Easter), the second of July
  // (summer ends in the third week of July).
  const dates: [SchoolTerm, string][] = [
    ['autumn', nthWednesday(startYear, 12, 2)],
    ['spring', nthWednesday(startYear + 1, 3, 3)],
    ['summer', nthWednesday(startYear + 1, 7, 2)],
  ];
  return dates.map(([term, meetingDate]) => {
    const day = isoDateToDayNumber(meetingDate);
    const year = term === 'autumn' ? startYear : startYear + 1;
    return {
      term, title: `${SCHOOL_TERM_LABELS[term]} ${year}`, meetingDate,
      opensOn: dayNumberToIsoDate(day - TERMLY_PERIOD_OPENS_DAYS_BEFORE),
      updateDeadline: dayNumberToIsoDate(day - TERMLY_DEADLINE_DAYS_BEFORE),
      cutOffDay: dayNumberToIsoDate(day - TERMLY_DEADLINE_DAYS_BEFORE + 1),
    };
  });
}

/**
 * The governing board's three termly meetings of the academic year `today` is in (it starts on 1
 * September). Once the summer meeting has passed, the year is over for the plan: the next one's.
 */
export function termlyMeetings(today: string): TermlyMeeting[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  isoDateToDayNumber(today); // throws on a malformed date
  const startYear = m >= 9 ? y : y - 1;
  const meetings = meetingsOfYear(startYear);
  return compareIsoDates(today, meetings[2].meetingDate) > 0 ? meetingsOfYear(startYear + 1) : meetings;
}

/**
 * The same meetings for an illustrative plan seeded `today`, which must be alive on the day: when
 * no period is open today, the next meeting's period opens today, early, rather than weeks on.
 */
export function termlyMeetingsOpenOn(today: string): TermlyMeeting[] {
  const meetings = termlyMeetings(today);
  const open = meetings.some((m) => compareIsoDates(m.opensOn, today) <= 0 && compareIsoDates(today, m.meetingDate) <= 0);
  if (open) return meetings;
  const next = meetings.find((m) => compareIsoDates(today, m.opensOn) < 0)!;
  return meetings.map((m) => (m === next ? { ...m, opensOn: today } : m));
}
