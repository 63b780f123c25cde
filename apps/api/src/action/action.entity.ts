import { LocalAreaColumn } from '../common/tenant-column';
import { DELIVERY_STATUSES, IMPACT_STATUSES, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { Milestone } from '../milestone/milestone.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';

/** An action of the plan, with its two official judgements: delivery (BRAG) and impact. */
@Entity()
@Index(['planId', 'reference'], { unique: true })
@Index(['planId', 'deliveryStatus'])
@Check('action_delivery_status_check', `delivery_status IN (${DELIVERY_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('action_impact_status_check', `impact_status IN (${IMPACT_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class Action extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  /** Denormalised from the priority area so plan-wide queries need no join. */
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Index()
  @Column({ type: 'uuid' })
  priorityAreaId!: string;

  @ManyToOne(() => PriorityArea, { onDelete: 'RESTRICT' })
  @JoinColumn()
  priorityArea?: PriorityArea;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  ownerOrganisation?: Organisation;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ownerPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  ownerPerson?: Person | null;

  @ManyToMany(() => Organisation)
  @JoinTable({ name: 'action_partner', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'organisation_id' } })
  partners?: Organisation[];

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', default: 'not_started' })
  deliveryStatus!: DeliveryStatus;

  @Column({ type: 'text', default: 'not_yet_complete' })
  impactStatus!: ImpactStatus;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @OneToMany('Milestone', (milestone: Milestone) => milestone.action)
  milestones?: Milestone[];
}
