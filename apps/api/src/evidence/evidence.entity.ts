import { LocalAreaColumn } from '../common/tenant-column';
import { EVIDENCE_TYPES, type EvidenceType } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';

/**
 * Something that shows what an action did, and whether it changed things for children.
 * Either a link (`url`) or a file stored by the product (an `evidence_file` row).
 */
@Entity()
@Check('evidence_type_check', `type IN (${EVIDENCE_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Check('evidence_url_check', `url IS NULL OR url ~* '^https?://'`)
export class Evidence extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

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

  /** The user who added it; null for imported evidence. */
  @Column({ type: 'uuid', nullable: true })
  addedById!: string | null;

  /** Their name as it was when they added it, so the record reads the same after they leave. */
  @Column({ type: 'text', default: '' })
  addedByLabel!: string;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Made up to continue the demo plan's history, not reported by anyone (see the seed's README). */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
