import { LocalAreaColumn } from '../common/tenant-column';
import { DELIVERY_STATUSES, IMPACT_STATUSES, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Action } from './action.entity';

/** Why an action's official status changed. */
export const STATUS_CHANGE_CAUSES = ['import', 'create', 'edit', 'update_approved'] as const;
export type StatusChangeCause = (typeof STATUS_CHANGE_CAUSES)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Append-only: one row each time an action's official statuses or any other reportable field
 * changes, written in the same transaction as the change by recordActionHistory() (the only
 * writer), with every reportable field as it then stood, and what the action's previous row said. The plan "as at" any moment is the
 * latest row per action before it.
 */
@Entity()
// A plan's rows in a window of time (what changed between two days).
@Index(['planId', 'validFrom'])
// An action's latest row before an instant, and the row before a given one: (valid_from, id) orders them.
@Index(['actionId', 'validFrom', 'id'])
@Check('action_status_history_delivery_status_check', `delivery_status IN (${list(DELIVERY_STATUSES)})`)
@Check('action_status_history_impact_status_check', `impact_status IN (${list(IMPACT_STATUSES)})`)
@Check('action_status_history_cause_check', `cause IN (${list(STATUS_CHANGE_CAUSES)})`)
export class ActionStatusHistory {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;

  /** Denormalised from the action so plan-wide history needs no join. */
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  deliveryStatus!: DeliveryStatus;

  @Column({ type: 'text' })
  impactStatus!: ImpactStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  validFrom!: Date;

  @Column({ type: 'text' })
  cause!: StatusChangeCause;

  /** The approved status update that set these statuses, when that is the cause. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  statusUpdateId!: string | null;

  @ManyToOne('StatusUpdate', { onDelete: 'SET NULL' })
  @JoinColumn()
  statusUpdate?: unknown;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  actorLabel!: string;

  /** Why the change was made; required for a new due date. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  // The action's reportable fields as they stood from validFrom.
  @Column({ type: 'uuid' })
  priorityAreaId!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid' })
  ownerOrganisationId!: string;

  @Column({ type: 'uuid', nullable: true })
  ownerPersonId!: string | null;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  partnerOrganisationIds!: string[];

  // What the action's row before this one said (none for its first row), so that what changed
  // needs no lookup. Kept by the database (migration HistoryPreviousRow), never written here.
  @Column({ type: 'bigint', nullable: true, insert: false, update: false })
  previousId!: string | null;

  @Column({ type: 'text', nullable: true, insert: false, update: false })
  previousDeliveryStatus!: DeliveryStatus | null;

  @Column({ type: 'text', nullable: true, insert: false, update: false })
  previousImpactStatus!: ImpactStatus | null;

  @Column({ type: 'date', nullable: true, insert: false, update: false })
  previousDueDate!: string | null;
}
