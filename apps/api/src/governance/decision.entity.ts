import { LocalAreaColumn } from '../common/tenant-column';
import { DECISION_KINDS, DECISION_STATUSES, type DecisionKind, type DecisionStatus } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';
import { Meeting } from './meeting.entity';

/** A decision a meeting took or a challenge it put, optionally about one action, tracked to closure. */
@Entity()
@Index(['planId', 'status'])
@Check('decision_kind_check', `kind IN (${DECISION_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('decision_status_check', `status IN (${DECISION_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('decision_closure_check', `(status = 'open' AND closed_on IS NULL AND closing_note IS NULL) OR (status = 'closed' AND closed_on IS NOT NULL AND closing_note IS NOT NULL)`)
export class Decision extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Index()
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn()
  meeting?: Meeting;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actionId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'SET NULL' })
  @JoinColumn()
  action?: Action | null;

  @Column({ type: 'text' })
  kind!: DecisionKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  ownerPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  ownerPerson?: Person | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: DecisionStatus;

  @Column({ type: 'text', nullable: true })
  closingNote!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  /** Made up to continue the demo plan's history, not reported by anyone (see the seed's README). */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
