import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';

/** A dated step of an action, done or not. */
@Entity()
export class Milestone extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, (action) => action.milestones, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;
}
