import type { RuleViolation } from './errors';
import { compareIsoDates, dayNumberToIsoDate, isoDateToDayNumber } from './iso-date';
import { todayIso } from './overdue';
import type { Role } from './roles';
import { can } from './permissions';

/** By default a pack's figures are taken at 17:00 (England) a week before the meeting. */
export const DEFAULT_CUT_OFF_DAYS_BEFORE = 7;
export const DEFAULT_CUT_OFF_TIME = '17:00';

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

function londonWallClockMs(instant: Date): number {
  const parts = Object.fromEntries(LONDON_CLOCK.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
}

/**
 * The instant at which clocks in England show `time` (HH:MM) on `date`, GMT or BST as the day
 * falls. In the hour skipped when clocks go forward, the time an hour later.
 */
export function englandInstant(date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wall = isoDateToDayNumber(date) * 86_400_000 + (h * 60 + m) * 60_000;
  // England is UTC+0 or UTC+1: try the offset of the guess, then correct once.
  let guess = new Date(wall);
  guess = new Date(wall - (londonWallClockMs(guess) - guess.getTime()));
  const offset = londonWallClockMs(guess) - guess.getTime();
  return new Date(wall - offset);
}

/** The default cut-off of a meeting on `meetingDate`: 17:00 in England, seven days before. */
export function defaultCutOff(meetingDate: string): Date {
  return englandInstant(dayNumberToIsoDate(isoDateToDayNumber(meetingDate) - DEFAULT_CUT_OFF_DAYS_BEFORE), DEFAULT_CUT_OFF_TIME);
}

/** A pack cannot be cut off after its meeting: the cut-off falls on or before the meeting day (in England). */
export function checkMeetingCutOff(meetingDate: string, cutOffAt: Date): RuleViolation<'cutOffAt'>[] {
  if (compareIsoDates(todayIso(cutOffAt), meetingDate) > 0) {
    return [{ field: 'cutOffAt', message: 'The cut-off must be on or before the day of the meeting.' }];
  }
  return [];
}

/**
 * The moment a pack's figures describe: the meeting's cut-off, or now when the pack is generated
 * before its cut-off (a draft prepared early shows the plan as it stands).
 */
export function snapshotInstant(cutOffAt: Date, now: Date): Date {
  return cutOffAt.getTime() <= now.getTime() ? cutOffAt : now;
}

/**
 * A pack is a draft until it is published. Publishing renders its files on the job queue: the pack
 * is `publishing` ("being prepared") until they are stored, then `published`, and never changes again.
 */
export const PACK_STATES = ['draft', 'publishing', 'published'] as const;
export type PackState = (typeof PACK_STATES)[number];
export const PACK_STATE_LABELS: Readonly<Record<PackState, string>> = {
  draft: 'Draft',
  publishing: 'Being prepared',
  published: 'Published',
};

/** Only a draft may be regenerated or published. */
export function isPackEditable(state: PackState): boolean {
  return state === 'draft';
}

/** Who may see a pack before it is published: the `readDraftPacks` permission. */
export function canReadDraftPacks(roles: readonly Role[]): boolean {
  return can(roles, 'readDraftPacks');
}
