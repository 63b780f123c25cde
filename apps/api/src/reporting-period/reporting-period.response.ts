import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_STATE_LABELS, periodState } from '@send/domain';
import { ApiDate, ApiId } from '../common/api-response';
import type { Meeting } from '../governance/meeting.entity';
import type { ReportingPeriod } from './reporting-period.entity';

/** A period in brief, as embedded in status updates and progress; its board date is its meeting's date. */
export class PeriodSummary {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiDate() opensOn!: string;
  @ApiDate() updateDeadline!: string;
  @ApiDate() boardDate!: string;
  @ApiId() meetingId!: string;
}

export function toPeriodSummary(p: ReportingPeriod): PeriodSummary {
  return { id: p.id, title: p.title, opensOn: p.opensOn, updateDeadline: p.updateDeadline, boardDate: p.boardDate, meetingId: p.meetingId };
}

export function toReportingPeriodResponse(p: ReportingPeriod, today: string, currentPeriodId: string | null, meeting?: Meeting) {
  const state = periodState(p, today);
  return {
    ...toPeriodSummary(p),
    planId: p.planId,
    meeting: meeting ? { id: meeting.id, title: meeting.title, meetingDate: meeting.meetingDate, cutOffAt: meeting.cutOffAt.toISOString() } : undefined,
    state,
    stateLabel: PERIOD_STATE_LABELS[state],
    current: p.id === currentPeriodId,
    version: p.version,
  };
}

export type ReportingPeriodResponse = ReturnType<typeof toReportingPeriodResponse>;

/** What an audit event keeps of a period. */
export function toPeriodAuditState(p: ReportingPeriod) {
  return { title: p.title, meetingId: p.meetingId, opensOn: p.opensOn, updateDeadline: p.updateDeadline, boardDate: p.boardDate, version: p.version };
}
