import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_STATE_LABELS, PERIOD_STATES, periodState, type PeriodState } from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';
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

/** The meeting of the Improvement Board a period reports to. */
export class PeriodMeeting {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiDate() meetingDate!: string;
  @ApiDateTime({ description: "when the meeting's papers close" }) cutOffAt!: string;
}

export class ReportingPeriodResponse extends PeriodSummary {
  @ApiId() planId!: string;
  @ApiPropertyOptional({ type: () => PeriodMeeting, description: 'its meeting, where the route gives it' }) meeting?: PeriodMeeting;
  @ApiProperty({ enum: PERIOD_STATES, enumName: 'PeriodState' }) state!: PeriodState;
  @ApiProperty() stateLabel!: string;
  @ApiProperty({ description: 'the current period: open, with the next deadline' }) current!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
}

/** A plan's periods in board order, and which one is current. */
export class ReportingPeriodList {
  @ApiProperty({ type: () => ReportingPeriodResponse, isArray: true }) items!: ReportingPeriodResponse[];
  @ApiId({ nullable: true }) currentPeriodId!: string | null;
}

export function toReportingPeriodResponse(p: ReportingPeriod, today: string, currentPeriodId: string | null, meeting?: Meeting): ReportingPeriodResponse {
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

/** What an audit event keeps of a period. */
export function toPeriodAuditState(p: ReportingPeriod) {
  return { title: p.title, meetingId: p.meetingId, opensOn: p.opensOn, updateDeadline: p.updateDeadline, boardDate: p.boardDate, version: p.version };
}
