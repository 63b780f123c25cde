import { LocalAreaColumn } from '../common/tenant-column';
import { PACK_STATES, type PackState } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Meeting } from '../governance/meeting.entity';
import { Plan } from '../plan/plan.entity';
import type { PlanSnapshot } from '../report/plan-snapshot';

/**
 * A meeting's pack: the snapshot of the plan at the meeting's cut-off and the files rendered from
 * it. A draft can be regenerated; once published, neither the snapshot nor the files ever change
 * (the database refuses it too: see the PackTables migration).
 */
@Entity()
@Index(['meetingId', 'createdAt'])
@Check('pack_state_check', `state IN (${PACK_STATES.map((s) => `'${s}'`).join(', ')})`)
export class Pack extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'text', default: 'draft' })
  state!: PackState;

  @Column({ type: 'timestamptz' })
  generatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  generatedById!: string | null;

  @Column({ type: 'text' })
  generatedByLabel!: string;

  /** The moment the snapshot describes: the cut-off, or the generation time if that was earlier. */
  @Column({ type: 'timestamptz' })
  asAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'text', nullable: true })
  publishedByLabel!: string | null;

  @Column({ type: 'jsonb' })
  snapshot!: PlanSnapshot;
}
