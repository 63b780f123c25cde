import { boardPeriodTitle, checkPeriodMeeting, periodDatesFor } from '@send/domain';
import { EntityManager } from 'typeorm';
import { Meeting } from '../governance/meeting.entity';
import { REPORTING_BODY_KIND } from '../reporting-period/period-meeting';
import { ReportingPeriod } from '../reporting-period/reporting-period.entity';

/**
 * One reporting period per meeting of the plan's Improvement Board, read from its calendar, so
 * the two can never disagree: the board date is the meeting's date, the period opens the day
 * after the previous board (the first on `firstOpensOn`) and takes updates until the day before
 * the meeting's pack cut-off. Meetings that already have a period are left as they are.
 */
export async function seedReportingPeriods(em: EntityManager, planId: string, firstOpensOn: string): Promise<ReportingPeriod[]> {
  const meetings: Meeting[] = await em.createQueryBuilder(Meeting, 'm')
    .innerJoin('m.body', 'b', 'b.kind = :kind', { kind: REPORTING_BODY_KIND })
    .where('m.plan_id = :planId', { planId })
    .andWhere('NOT EXISTS (SELECT 1 FROM reporting_period rp WHERE rp.meeting_id = m.id)')
    .orderBy('m.meeting_date', 'ASC').addOrderBy('m.cut_off_at', 'ASC')
    .getMany();
  const periods: Partial<ReportingPeriod>[] = [];
  let previous: string | null = null;
  for (const meeting of meetings) {
    if (meeting.meetingDate === previous) continue; // one period per board date
    const dates = previous ? periodDatesFor(meeting, previous) : { ...periodDatesFor(meeting, meeting.meetingDate), opensOn: firstOpensOn };
    const [problem] = checkPeriodMeeting(dates, meeting);
    if (problem) throw new Error(`The reporting period for the board of ${meeting.meetingDate}: ${problem.message}`);
    periods.push({ planId, meetingId: meeting.id, title: boardPeriodTitle(meeting.meetingDate), ...dates });
    previous = meeting.meetingDate;
  }
  if (periods.length === 0) return [];
  await em.insert(ReportingPeriod, periods);
  return em.find(ReportingPeriod, { where: { planId }, order: { boardDate: 'ASC' } });
}
