import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { GovernanceBody } from '../governance/governance-body.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';

/** One of a plan's numbered priority action areas. */
@Entity()
@Index(['planId', 'number'], { unique: true })
export class PriorityArea extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, (plan) => plan.priorityAreas, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  /** The "the plan emphasises…" sentence. */
  @Column({ type: 'text', default: '' })
  aim!: string;

  /** The partnership's own summary of progress, as reported to scrutiny. */
  @Column({ type: 'text', default: '' })
  progressNarrative!: string;

  @Column({ type: 'uuid', nullable: true })
  leadPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  leadPerson?: Person | null;

  @Column({ type: 'uuid', nullable: true })
  deliveryGroupId!: string | null;

  @ManyToOne(() => GovernanceBody, { onDelete: 'SET NULL' })
  @JoinColumn()
  deliveryGroup?: GovernanceBody | null;
}
