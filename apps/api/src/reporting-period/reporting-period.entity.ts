import { LocalAreaColumn } from '../common/tenant-column';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Meeting } from '../governance/meeting.entity';
import { Plan } from '../plan/plan.entity';

/**
 * The reporting cycle before a meeting of the Improvement Board (every six weeks): owners report
 * on their actions from `opensOn` to `updateDeadline`, before the meeting's pack cut-off;
 * moderation is done by `boardDate`, the meeting's date.
 */
@Entity()
@Index(['planId', 'boardDate'], { unique: true })
@Index('reporting_period_meeting_key', ['meetingId'], { unique: true })
@Check('reporting_period_dates_check', 'opens_on <= update_deadline AND update_deadline <= board_date')
export class ReportingPeriod extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  /**
   * The meeting the period reports to. The database keeps `boardDate` equal to its date: the
   * foreign key is on both columns, ON UPDATE CASCADE, so moving the meeting moves the period
   * (migration ReportingPeriodsBelongToMeetings).
   */
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onUpdate: 'CASCADE', onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'meeting_id', referencedColumnName: 'id', foreignKeyConstraintName: 'reporting_period_meeting_fk' },
    { name: 'board_date', referencedColumnName: 'meetingDate' },
  ])
  meeting?: Meeting;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  updateDeadline!: string;

  /** The date of the meeting the period reports to (never set on its own). */
  @Column({ type: 'date' })
  boardDate!: string;
}
