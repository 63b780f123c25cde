import { boardPeriodTitle, lastDeadlineFor, type PeriodMeeting } from '@send/domain';
import type { EntityManager } from 'typeorm';
import { fieldError } from '../common/error-envelope';
import { GovernanceBody } from '../governance/governance-body.entity';
import { Meeting } from '../governance/meeting.entity';
import type { ReportingPeriod } from './reporting-period.entity';

/** Periods report to meetings of a body of this kind: the one the plan reports to. */
export const REPORTING_BODY_KIND = 'improvement_board' as const;

/**
 * A meeting of the plan's Improvement Board, locked against moving while the caller links a
 * period to it; 400 on `meetingId` for any other meeting.
 */
export async function findBoardMeeting(em: EntityManager, planId: string, meetingId: string): Promise<Meeting> {
  const meeting = await em.findOne(Meeting, { where: { id: meetingId, planId }, lock: { mode: 'pessimistic_read' } });
  const body = meeting ? await em.findOne(GovernanceBody, { where: { id: meeting.bodyId } }) : null;
  if (!meeting || body?.kind !== REPORTING_BODY_KIND) {
    throw fieldError('meetingId', "Choose a meeting of this plan's Improvement Board: a reporting period reports to one");
  }
  return meeting;
}

/**
 * The period of a meeting that moves (or whose cut-off moves) from `before` to `after`: its board
 * date is the meeting's, and its title and update deadline follow too when they were the usual
 * ones ("Board <date>", the day before the cut-off). Other titles and deadlines stay as set.
 */
export function followMeeting(period: ReportingPeriod, before: PeriodMeeting, after: PeriodMeeting): void {
  if (period.title === boardPeriodTitle(before.meetingDate)) period.title = boardPeriodTitle(after.meetingDate);
  if (period.updateDeadline === lastDeadlineFor(before)) period.updateDeadline = lastDeadlineFor(after);
  period.boardDate = after.meetingDate;
}
