import { dayNumberToIsoDate, isoDateToDayNumber } from './iso-date';
import { DomainRuleError } from './errors';
import { longDate } from './reporting-period';

/** The kinds of email the product sends; each can be turned off by the person who gets it. */
export const EMAIL_KINDS = ['update_reminder', 'update_moderated', 'weekly_digest', 'pack_published', 'decision_due'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export function isEmailKind(x: unknown): x is EmailKind {
  return typeof x === 'string' && (EMAIL_KINDS as readonly string[]).includes(x);
}

/** What each kind is, in the words of the preferences page and the unsubscribe page. */
export const EMAIL_KIND_LABELS: Readonly<Record<EmailKind, string>> = {
  update_reminder: 'Reminders that an update is due',
  update_moderated: 'When your update is approved or returned',
  weekly_digest: 'Weekly summary for plan managers',
  pack_published: 'When a board pack is published',
  decision_due: 'When a decision you own falls due',
};

/** Days of the week, numbered as ISO 8601 does: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_DIGEST_DAY: Weekday = 'monday';

/** The day of the week of an ISO date (`YYYY-MM-DD`). */
export function weekdayOf(date: string): Weekday {
  // Day 0 of the day numbers is 1970-01-01, a Thursday (index 3).
  const n = isoDateToDayNumber(date);
  return WEEKDAYS[(((n + 3) % 7) + 7) % 7];
}

/** Reminders go this many days before an update deadline unless a plan says otherwise. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 2];
export const MAX_REMINDER_DAYS = 5;
export const MAX_DAYS_BEFORE_DEADLINE = 60;

/**
 * A plan's reminder days, checked and put in order (furthest from the deadline first): whole
 * days from 0 (the deadline itself) to 60, no repeats, at most five.
 */
export function normaliseReminderDays(days: readonly number[]): number[] {
  if (days.length > MAX_REMINDER_DAYS) throw new DomainRuleError('days', `Give at most ${MAX_REMINDER_DAYS} reminder days`);
  for (const d of days) {
    if (!Number.isInteger(d) || d < 0 || d > MAX_DAYS_BEFORE_DEADLINE) {
      throw new DomainRuleError('days', `Each reminder day must be a whole number of days from 0 to ${MAX_DAYS_BEFORE_DEADLINE} before the deadline`);
    }
  }
  if (new Set(days).size !== days.length) throw new DomainRuleError('days', 'Give each reminder day once');
  return [...days].sort((a, b) => b - a);
}

/**
 * Which of a plan's reminders fall due on `today` for a deadline: the days-before whose date is
 * today, or has passed while the deadline has not (so a reminder missed while the service was
 * down still goes, once, before the deadline). Only the nearest is returned: one email, not a burst.
 */
export function reminderDue(deadline: string, reminderDays: readonly number[], today: string): number | null {
  const left = isoDateToDayNumber(deadline) - isoDateToDayNumber(today);
  if (left < 0) return null;
  const due = reminderDays.filter((d) => d >= left);
  return due.length ? Math.min(...due) : null;
}

/** The deadline, as a reminder email names it: "Friday 14 March 2025". */
export function dayAndDate(date: string): string {
  const day = weekdayOf(date);
  return `${day.charAt(0).toUpperCase()}${day.slice(1)} ${longDate(date)}`;
}

/** "in 7 days", "tomorrow", "today". */
export function daysLeftPhrase(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return dayNumberToIsoDate(isoDateToDayNumber(date) + days);
}
