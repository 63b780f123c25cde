import { compareIsoDates, dayNumberToIsoDate, isoDateToDayNumber } from './iso-date';
import type { RuleViolation } from './errors';
import { todayIso } from './overdue';

/**
 * A reporting period ends in a meeting of the Improvement Board (every six weeks): its
 * `boardDate` is that meeting's date. Owners report on their actions between `opensOn` and
 * `updateDeadline`, which falls before the meeting's pack cut-off; the Head of SEND moderates
 * before the pack is cut. All dates are ISO `YYYY-MM-DD` days in England.
 */
export interface ReportingPeriodDates {
  opensOn: string;
  updateDeadline: string;
  boardDate: string;
}

export const PERIOD_STATES = ['upcoming', 'open', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export const PERIOD_STATE_LABELS: Readonly<Record<PeriodState, string>> = {
  upcoming: 'Not open yet',
  open: 'Open for updates',
  closed: 'Closed',
};

/** Upcoming before it opens, open from `opensOn` to `boardDate` inclusive, closed after the board. */
export function periodState(period: ReportingPeriodDates, today: string): PeriodState {
  if (compareIsoDates(today, period.opensOn) < 0) return 'upcoming';
  if (compareIsoDates(today, period.boardDate) > 0) return 'closed';
  return 'open';
}

export function isOpenPeriod(period: ReportingPeriodDates, today: string): boolean {
  return periodState(period, today) === 'open';
}

/**
 * The period owners are reporting for today: of the open periods, the one whose
 * update deadline is next (today's deadline counts). When every open period's
 * deadline has passed, late updates go to the one whose board meets first.
 * Null when no period is open. Periods may overlap (the next one can open before
 * the last board has met); ties keep the earlier board, then the input order.
 */
export function currentPeriod<T extends ReportingPeriodDates>(periods: readonly T[], today: string): T | null {
  const open = periods.filter((p) => isOpenPeriod(p, today));
  const ahead = open.filter((p) => compareIsoDates(p.updateDeadline, today) >= 0);
  const byDeadline = (a: T, b: T) => compareIsoDates(a.updateDeadline, b.updateDeadline) || compareIsoDates(a.boardDate, b.boardDate);
  const byBoard = (a: T, b: T) => compareIsoDates(a.boardDate, b.boardDate);
  if (ahead.length) return [...ahead].sort(byDeadline)[0] ?? null;
  return [...open].sort(byBoard)[0] ?? null;
}

/** The order periods are numbered in (0 = first board): by board date, then opening date. */
export function comparePeriods(a: ReportingPeriodDates, b: ReportingPeriodDates): number {
  return compareIsoDates(a.boardDate, b.boardDate) || compareIsoDates(a.opensOn, b.opensOn);
}

/** A period opens, then takes updates until its deadline, then meets: the dates must come in that order. */
export function checkPeriodDates(period: ReportingPeriodDates): RuleViolation<'updateDeadline' | 'boardDate'>[] {
  const violations: RuleViolation<'updateDeadline' | 'boardDate'>[] = [];
  if (compareIsoDates(period.updateDeadline, period.opensOn) < 0) {
    violations.push({ field: 'updateDeadline', message: 'The update deadline must be on or after the day the period opens.' });
  }
  if (compareIsoDates(period.boardDate, period.updateDeadline) < 0) {
    violations.push({ field: 'boardDate', message: 'The board date must be on or after the update deadline.' });
  }
  return violations;
}

/** Days from `today` to the update deadline: 0 on the day, negative once it has passed. */
export function daysToDeadline(period: ReportingPeriodDates, today: string): number {
  return isoDateToDayNumber(period.updateDeadline) - isoDateToDayNumber(today);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 February 2025". */
export function longDate(isoDate: string): string {
  isoDateToDayNumber(isoDate); // throws on a malformed date
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Board 12 February 2025": how a period is named after the board it reports to. */
export function boardPeriodTitle(boardDate: string): string {
  return `Board ${longDate(boardDate)}`;
}

/** The meeting a period reports to, as far as its dates go. */
export interface PeriodMeeting {
  meetingDate: string;
  cutOffAt: Date;
}

/** The last day updates can be due for a meeting: the day before its pack cut-off (in England). */
export function lastDeadlineFor(meeting: PeriodMeeting): string {
  return dayNumberToIsoDate(isoDateToDayNumber(todayIso(meeting.cutOffAt)) - 1);
}

/**
 * A period belongs to a meeting of the body the plan reports to: its board date is the meeting's
 * date, so its dates must come in order up to that day, and its update deadline must fall before
 * the meeting's pack cut-off (on an earlier day), so that updates can be moderated into the pack.
 */
export function checkPeriodMeeting(
  period: { opensOn: string; updateDeadline: string },
  meeting: PeriodMeeting,
): RuleViolation<'updateDeadline' | 'boardDate'>[] {
  const violations = checkPeriodDates({ ...period, boardDate: meeting.meetingDate });
  const last = lastDeadlineFor(meeting);
  if (compareIsoDates(period.updateDeadline, last) > 0 && !violations.some((v) => v.field === 'updateDeadline')) {
    violations.push({
      field: 'updateDeadline',
      message: `The update deadline must be before the meeting's pack cut-off (${longDate(todayIso(meeting.cutOffAt))}), so that updates can be moderated into the pack: ${longDate(last)} at the latest.`,
    });
  }
  return violations;
}

/**
 * The usual dates of the period for a meeting: it opens the day after the previous board and
 * takes updates until the day before the pack cut-off.
 */
export function periodDatesFor(meeting: PeriodMeeting, previousBoardDate: string): ReportingPeriodDates {
  return {
    opensOn: dayNumberToIsoDate(isoDateToDayNumber(previousBoardDate) + 1),
    updateDeadline: lastDeadlineFor(meeting),
    boardDate: meeting.meetingDate,
  };
}

/**
 * The period whose reporting a day is judged by (staleness, who has reported): the one current on
 * that day, or else the last whose board met on or before it. Null before the first board's period opens.
 */
export function trackedPeriodOn<T extends ReportingPeriodDates>(periods: readonly T[], day: string): T | null {
  const current = currentPeriod(periods, day);
  if (current) return current;
  const past = periods.filter((p) => compareIsoDates(p.boardDate, day) <= 0).sort(comparePeriods);
  return past[past.length - 1] ?? null;
}
