import type { GovernanceBodyKind } from '@send/domain';
import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Plan } from '../plan/plan.entity';

/** A board, group or committee that oversees the plan (e.g. the SEND Improvement Board). */
@Entity()
@Index(['planId', 'key'], { unique: true })
export class GovernanceBody extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: GovernanceBodyKind;

  @Column({ type: 'text', default: '' })
  chair!: string;

  @Column({ type: 'text', default: '' })
  cadence!: string;
}
