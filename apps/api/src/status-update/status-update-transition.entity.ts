import { LocalAreaColumn } from '../common/tenant-column';
import { UPDATE_EVENTS, UPDATE_STATES, type UpdateEvent, type UpdateState } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StatusUpdate } from './status-update.entity';

/** What happened to an update: created, then the lifecycle events (edits are in the audit log). */
export type TransitionEvent = 'create' | Exclude<UpdateEvent, 'edit'>;
export const TRANSITION_EVENTS: readonly TransitionEvent[] = ['create', ...UPDATE_EVENTS.filter((e): e is Exclude<UpdateEvent, 'edit'> => e !== 'edit')];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Append-only: who moved a status update from one state to another, when, and with what comment. */
@Entity()
@Index(['statusUpdateId', 'occurredAt'])
@Check('status_update_transition_event_check', `event IN (${list(TRANSITION_EVENTS)})`)
@Check('status_update_transition_to_state_check', `to_state IN (${list(UPDATE_STATES)})`)
export class StatusUpdateTransition {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  statusUpdateId!: string;

  @ManyToOne(() => StatusUpdate, { onDelete: 'CASCADE' })
  @JoinColumn()
  statusUpdate?: StatusUpdate;

  @Column({ type: 'text' })
  event!: TransitionEvent;

  @Column({ type: 'text', nullable: true })
  fromState!: UpdateState | null;

  @Column({ type: 'text' })
  toState!: UpdateState;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @Column({ type: 'text' })
  actorLabel!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
