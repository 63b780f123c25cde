import type { CaseAuditGrades } from '@send/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { Plan } from '../plan/plan.entity';

/**
 * A multi-agency audit of one child's files: named by a case reference, never by the child's
 * name. Partners grade six domains on the four-point scale and say what was strong and what the
 * partnership learns; the learning themes are counted across audits.
 */
@Entity()
@Index(['planId', 'auditDate'])
export class CaseAudit extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  /** The case's reference ("CA-2025-01"): letters, digits and hyphens, never a name. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'date' })
  auditDate!: string;

  /** The auditors' organisations: ids of the local area's organisations. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  auditorOrganisationIds!: string[];

  /** One grade per domain. */
  @Column({ type: 'jsonb' })
  grades!: CaseAuditGrades;

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  learningThemes!: string[];

  /** The plan's priority areas the audit's findings bear on. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  priorityAreaIds!: string[];

  /** Demo data, not a real audit's findings. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @Column({ type: 'text' })
  recordedByLabel!: string;
}
