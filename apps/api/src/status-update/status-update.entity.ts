import { LocalAreaColumn } from '../common/tenant-column';
import { DELIVERY_STATUSES, IMPACT_STATUSES, UPDATE_STATES, type DeliveryStatus, type ImpactStatus, type UpdateState } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';
import { ReportingPeriod } from '../reporting-period/reporting-period.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * What an action's owner reports for a reporting period, and how it was moderated.
 * One per action per period. Only an approved update changes the action's official status.
 * People are recorded as user id (when signed in), person id (when the user acts as a person,
 * and for imported updates) and a label, so the record reads well without either.
 */
@Entity()
@Index(['actionId', 'periodId'], { unique: true })
@Index(['planId', 'periodId', 'state'])
@Check('status_update_state_check', `state IN (${list(UPDATE_STATES)})`)
@Check('status_update_proposed_delivery_status_check', `proposed_delivery_status IN (${list(DELIVERY_STATUSES)})`)
@Check('status_update_proposed_impact_status_check', `proposed_impact_status IN (${list(IMPACT_STATUSES)})`)
export class StatusUpdate extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;

  @Index()
  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn()
  period?: ReportingPeriod;

  @Column({ type: 'text', default: 'draft' })
  state!: UpdateState;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Column({ type: 'text' })
  proposedDeliveryStatus!: DeliveryStatus;

  @Column({ type: 'text' })
  proposedImpactStatus!: ImpactStatus;

  @Column({ type: 'text', default: '' })
  nextSteps!: string;

  @Column({ type: 'text', default: '' })
  risks!: string;

  @ManyToMany(() => Evidence)
  @JoinTable({ name: 'status_update_evidence', joinColumn: { name: 'status_update_id' }, inverseJoinColumn: { name: 'evidence_id' } })
  evidence?: Evidence[];

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  authorPerson?: Person | null;

  @Column({ type: 'text' })
  authorLabel!: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  submittedByLabel!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedByPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  moderatedByLabel!: string | null;

  /** The moderator's latest comment: why it was returned, or a note on approval. */
  @Column({ type: 'text', nullable: true })
  moderatorComment!: string | null;

  /** Made up to continue the demo plan's history, not reported by anyone (see the seed's README). */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
