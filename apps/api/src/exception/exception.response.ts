import { ApiProperty, PickType } from '@nestjs/swagger';
import { EXCEPTION_REASONS, type ExceptionReason } from '@send/domain';
import { ActionResponse, InconsistencyResponse } from '../action/action.response';
import type { Shared } from '../common/shared-answer';
import { ApiDate, ApiId, CountsOf } from '../common/api-response';

/** The action as an exception shows it. */
export class ExceptionAction extends PickType(ActionResponse, [
  'id', 'reference', 'title', 'priorityAreaId', 'priorityNumber', 'dueDate', 'deliveryStatus', 'deliveryStatusLabel', 'impactStatus', 'impactStatusLabel', 'ownerPerson', 'ownerOrganisation',
] as const) {}

export class ExceptionItem {
  @ApiProperty({ type: () => ExceptionAction }) action!: ExceptionAction;
  @ApiProperty({ enum: EXCEPTION_REASONS, enumName: 'ExceptionReason', isArray: true }) reasons!: ExceptionReason[];
  @ApiProperty({ type: () => InconsistencyResponse, isArray: true }) issues!: InconsistencyResponse[];
}

export class ExceptionPeriod {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiDate() boardDate!: string;
}

/** The actions of each reason, and how many actions have any. */
export class ExceptionCounts extends CountsOf('ExceptionReasonCounts', EXCEPTION_REASONS) {
  @ApiProperty({ type: 'integer', description: 'actions with at least one reason' }) actions!: number;
}

/** The actions a board should look at. */
export class PlanExceptions {
  @ApiId() planId!: string;
  @ApiDate({ description: 'the day judged' }) asAt!: string;
  @ApiProperty({ type: () => ExceptionPeriod, nullable: true, description: 'the reporting period staleness was tracked for; null when the plan has none by then' })
  period!: ExceptionPeriod | null;
  @ApiProperty({ type: () => ExceptionCounts }) counts!: ExceptionCounts;
  @ApiProperty({ type: () => ExceptionItem, isArray: true, description: 'in reference order' }) items!: ExceptionItem[];
}

export function toExceptionItem(a: Shared<ActionResponse>, reasons: ExceptionReason[], issues: InconsistencyResponse[]): ExceptionItem {
  return {
    action: {
      id: a.id, reference: a.reference, title: a.title, priorityAreaId: a.priorityAreaId, priorityNumber: a.priorityNumber, dueDate: a.dueDate,
      deliveryStatus: a.deliveryStatus, deliveryStatusLabel: a.deliveryStatusLabel, impactStatus: a.impactStatus, impactStatusLabel: a.impactStatusLabel,
      ownerPerson: a.ownerPerson, ownerOrganisation: a.ownerOrganisation,
    },
    reasons,
    issues,
  };
}
