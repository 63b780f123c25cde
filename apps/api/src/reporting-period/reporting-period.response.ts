import { PERIOD_STATE_LABELS, periodState } from '@send/domain';
import type { ReportingPeriod } from './reporting-period.entity';

/** A period in brief, as embedded in status updates and progress. */
export function toPeriodSummary(p: ReportingPeriod) {
  return { id: p.id, title: p.title, opensOn: p.opensOn, updateDeadline: p.updateDeadline, boardDate: p.boardDate };
}

export function toReportingPeriodResponse(p: ReportingPeriod, today: string, currentPeriodId: string | null) {
  const state = periodState(p, today);
  return {
    ...toPeriodSummary(p),
    planId: p.planId,
    state,
    stateLabel: PERIOD_STATE_LABELS[state],
    current: p.id === currentPeriodId,
    version: p.version,
  };
}

export type ReportingPeriodResponse = ReturnType<typeof toReportingPeriodResponse>;
