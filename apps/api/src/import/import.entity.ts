import { LocalAreaColumn } from '../common/tenant-column';
import type { ImportMapping } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Plan } from '../plan/plan.entity';
import type { ImportTable } from './import-table';

export const IMPORT_STATES = ['pending', 'committed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** What a commit wrote, kept with the import. */
export interface ImportResult {
  planId: string;
  priorityAreas: { new: number; changed: number; unchanged: number };
  actions: { new: number; changed: number; unchanged: number };
  organisations: { new: number };
  people: { new: number };
}

/**
 * An uploaded tracker on its way into a plan: the file as received, the table read from it, the
 * column mapping and the rows to skip. Kept in the database so that any instance of the API can
 * answer the next request about it; nothing reaches the plan until it is committed.
 */
@Entity({ name: 'import' })
@Check('import_state_check', `state IN (${IMPORT_STATES.map((s) => `'${s}'`).join(', ')})`)
@Check('import_target_check', 'plan_id IS NOT NULL OR (new_plan_title IS NOT NULL AND new_plan_local_area IS NOT NULL)')
export class PlanImport extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  /** The plan to update; null until committed when the import creates a new plan. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId!: string | null;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan | null;

  @Column({ type: 'text', nullable: true })
  newPlanTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  newPlanLocalArea!: string | null;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'int' })
  fileSize!: number;

  @Column({ type: 'text' })
  sha256!: string;

  /** The file byte for byte, so the import can be read again (another sheet, another header row). */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'jsonb' })
  table!: ImportTable;

  /** Field -> column index (0-based) or null, for every field in IMPORT_FIELDS. */
  @Column({ type: 'jsonb' })
  mapping!: ImportMapping;

  /** Row numbers (as Excel shows them) the person chose not to import. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  skipRows!: number[];

  @Column({ type: 'text', default: 'pending' })
  state!: ImportState;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'text' })
  createdByLabel!: string;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  committedById!: string | null;

  @Column({ type: 'text', nullable: true })
  committedByLabel!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: ImportResult | null;
}
