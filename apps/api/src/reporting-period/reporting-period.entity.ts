import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Plan } from '../plan/plan.entity';

/**
 * The reporting cycle before an Improvement Board (every six weeks): owners report on their
 * actions from `opensOn` to `updateDeadline`; moderation is done by `boardDate`.
 */
@Entity()
@Index(['planId', 'boardDate'], { unique: true })
@Check('reporting_period_dates_check', 'opens_on <= update_deadline AND update_deadline <= board_date')
export class ReportingPeriod extends BaseEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  updateDeadline!: string;

  @Column({ type: 'date' })
  boardDate!: string;
}
