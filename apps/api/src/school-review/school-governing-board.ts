import { englandInstant, GOVERNING_BOARD_NAME, type TermlyMeeting } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import type { MeetingService } from '../governance/meeting.service';
import { REPORTING_BODY_KIND } from '../reporting-period/period-meeting';
import type { ReportingPeriodService } from '../reporting-period/reporting-period.service';

/** The key of a school plan's governing board among its plan's governance bodies. */
export const GOVERNING_BOARD_KEY = 'governing-board';

/**
 * Gives a school's own plan the body it reports to, in the caller's transaction: its governing
 * board, of the kind periods report to (the plan's board), with a meeting each term, each with its
 * reporting period, so that the SENCO can write status updates as owners do on the local area's plan.
 */
export async function startGoverningBoard(
  em: EntityManager, planId: string, meetings: readonly TermlyMeeting[],
  services: { meetings: MeetingService; periods: ReportingPeriodService }, actor: Actor,
): Promise<void> {
  const bodyId = await services.meetings.createBodyIn(em, {
    planId, name: GOVERNING_BOARD_NAME, key: GOVERNING_BOARD_KEY, kind: REPORTING_BODY_KIND, chair: 'Chair of governors', cadence: 'once a term',
  }, actor);
  for (const m of meetings) {
    const meetingId = await services.meetings.createMeetingIn(em, {
      bodyId, meetingDate: m.meetingDate, title: `${GOVERNING_BOARD_NAME}, ${m.title.toLowerCase()}`,
      // The pack is cut at the end of the day after updates are due.
      cutOffAt: englandInstant(m.cutOffDay, '17:00').toISOString(),
    }, actor);
    await services.periods.createPeriodIn(em, planId, { meetingId, title: m.title, opensOn: m.opensOn, updateDeadline: m.updateDeadline }, actor);
  }
}
