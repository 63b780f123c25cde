import type { PublicSummaryContent } from '@send/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAreaColumn } from '../common/tenant-column';
import { Plan } from '../plan/plan.entity';

/**
 * A published version of the plan's public summary: its content frozen as it was when a plan
 * manager published it, and never changed afterwards (the API's database role may not update it).
 * The public page serves the latest version as it is.
 */
@Entity()
@Index(['planId', 'versionNumber'], { unique: true })
export class PublicSummary {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  /** 1 for the plan's first published summary, then 2, 3... */
  @Column({ type: 'int' })
  versionNumber!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId!: string | null;

  /** Who published it, as the plan's managers read it (never part of the public content). */
  @Column({ type: 'text' })
  publishedByLabel!: string;

  @Column({ type: 'jsonb' })
  content!: PublicSummaryContent;
}
