import { dayNumberToIsoDate, englandInstant, isoDateToDayNumber } from '@send/domain';

/** A meeting as written in a dataset's meetings.json. */
export interface CalendarMeeting {
  body: string;
  date: string;
  /** An instant with its England offset, e.g. 2027-11-03T17:00:00+00:00. */
  cutOffAt: string;
  title: string;
  location?: string;
}

const WEEKS_52 = 364;

/**
 * The calendar carried on past its last meeting, body by body, until `until`: each body's last
 * year of meetings again, 52 weeks later (so on the same weekday), with its cut-offs at the same
 * time of day in England. The meetings it adds are marked `extended`.
 */
export function extendCalendar(meetings: readonly CalendarMeeting[], until: string): (CalendarMeeting & { extended: boolean })[] {
  const result: (CalendarMeeting & { extended: boolean })[] = meetings.map((m) => ({ ...m, extended: false }));
  const end = isoDateToDayNumber(until);
  for (const body of [...new Set(meetings.map((m) => m.body))]) {
    const own = meetings.filter((m) => m.body === body).sort((a, b) => a.date.localeCompare(b.date));
    const last = isoDateToDayNumber(own.at(-1)!.date);
    const year = own.filter((m) => isoDateToDayNumber(m.date) > last - WEEKS_52);
    for (let k = 1; last + WEEKS_52 * (k - 1) < end; k++) {
      for (const m of year) {
        const day = isoDateToDayNumber(m.date) + WEEKS_52 * k;
        if (day > end) continue;
        const [cutOffDate, cutOffTime] = [m.cutOffAt.slice(0, 10), m.cutOffAt.slice(11, 16)];
        result.push({
          ...m,
          date: dayNumberToIsoDate(day),
          cutOffAt: englandInstant(dayNumberToIsoDate(isoDateToDayNumber(cutOffDate) + WEEKS_52 * k), cutOffTime).toISOString(),
          extended: true,
        });
      }
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body));
}
