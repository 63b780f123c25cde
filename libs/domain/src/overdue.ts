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

/**
 * Today's date in England as `YYYY-MM-DD`, whatever the server's or browser's
 * time zone, so that API and web agree on what is overdue around midnight.
 */
export function todayIso(now: Date = new Date()): string {
  const part = (type: 'year' | 'month' | 'day') =>
    Number(LONDON_DATE.formatToParts(now).find((p) => p.type === type)?.value);
  return formatIsoDate(part('year'), part('month'), part('day'));
}
