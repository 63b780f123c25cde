import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { Plan } from '../plan/plan.entity';
import type { ReadinessPackContent } from './readiness-pack.content';

export const READINESS_PACK_STATES = ['draft', 'published'] as const;
export type ReadinessPackState = (typeof READINESS_PACK_STATES)[number];

/**
 * The monitoring evidence pack: what the plan can show against each inspection finding on a day,
 * frozen when generated. Publishing renders its PDF and Word files from that content and keeps the
 * bytes; from then on neither the content nor the files change (the database refuses it too: see
 * the ReadinessPacks migration).
 */
@Entity()
@Index(['planId', 'createdAt'])
@Check('readiness_pack_state_check', `state IN ('draft', 'published')`)
export class ReadinessPack extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'text', default: 'draft' })
  state!: ReadinessPackState;

  /** The day the pack describes (ISO `YYYY-MM-DD`, the end of that day in England). */
  @Column({ type: 'date' })
  asAt!: string;

  @Column({ type: 'timestamptz' })
  generatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  generatedById!: string | null;

  @Column({ type: 'text' })
  generatedByLabel!: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'text', nullable: true })
  publishedByLabel!: string | null;

  @Column({ type: 'jsonb' })
  content!: ReadinessPackContent;

  /** The published PDF, byte for byte (null for a draft, which is rendered on request). */
  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  pdfSha256!: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  docx!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  docxSha256!: string | null;
}
