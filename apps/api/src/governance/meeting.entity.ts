import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Plan } from '../plan/plan.entity';
import { GovernanceBody } from './governance-body.entity';

/** A governance body's meeting on a day. Its pack shows the plan as it stood at the cut-off. */
@Entity()
@Index(['planId', 'meetingDate'])
// The key a reporting period refers to, so that its board date follows the meeting's date.
@Unique('meeting_id_date_key', ['id', 'meetingDate'])
@Index(['bodyId', 'meetingDate'])
export class Meeting extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  /** Denormalised from the body so plan-wide queries need no join. */
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'RESTRICT' })
  @JoinColumn()
  body?: GovernanceBody;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  meetingDate!: string;

  /** The moment the pack's figures are taken at. */
  @Column({ type: 'timestamptz' })
  cutOffAt!: Date;

  /** The priority areas in scope; empty means all of them. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  priorityAreaIds!: string[];

  @Column({ type: 'text', default: '' })
  location!: string;

  /** Made up to continue the demo plan's history, not reported by anyone (see the seed's README). */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
