import type { EvidenceType } from '@send/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';

/** Something that shows what an action did, and whether it changed things for children. */
@Entity()
export class Evidence extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;

  @Column({ type: 'text' })
  type!: EvidenceType;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'date', nullable: true })
  evidenceDate!: string | null;

  /** Demonstrates impact on children and young people: what `complete_impact_evidenced` needs. */
  @Column({ type: 'boolean', default: false })
  demonstratesImpact!: boolean;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'uuid', nullable: true })
  addedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
