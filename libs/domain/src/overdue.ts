import type { DeliveryStatus } from './delivery-status';
import { compareIsoDates, formatIsoDate } from './iso-date';

export interface DatedAction {
  /** ISO `YYYY-MM-DD`, or null when the action has no due date. */
  dueDate: string | null;
  deliveryStatus: DeliveryStatus;
}

/**
 * Overdue means the due date has passed and the action is not complete.
 * The due day itself still counts as on time.
 * `today` is an ISO `YYYY-MM-DD` date: pass todayIso() or a meeting's cut-off date.
 */
export function isOverdue(action: DatedAction, today: string): boolean {
  if (action.deliveryStatus === 'complete' || action.dueDate === null) return false;
  return compareIsoDates(action.dueDate, today) < 0;
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

let lastAnswer: { minute: number; day: string } | undefined;

/**
 * Today's date in England as `YYYY-MM-DD`, whatever the server's or browser's
 * time zone, so that API and web agree on what is overdue around midnight.
 * England's clocks differ from UTC by whole hours, so its date can only change on a UTC minute
 * boundary: the answer is worked out once per minute (every request asks).
 */
export function todayIso(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastAnswer?.minute === minute) return lastAnswer.day;
  const parts = LONDON_DATE.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  const day = formatIsoDate(part('year'), part('month'), part('day'));
  lastAnswer = { minute, day };
  return day;
}
