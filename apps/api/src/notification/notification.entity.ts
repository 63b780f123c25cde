import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../auth/user.entity';
import { BaseEntity } from '../common/base.entity';

/**
 * An in-app notification: what the header counts and the notifications page lists. One per person
 * per event (the event key), however often the event is reported.
 */
@Entity()
@Index(['userId', 'eventKey'], { unique: true })
@Index(['userId', 'createdAt'])
export class Notification extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  /** The plan it is about, when it is about one. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  eventKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  /** A path in the web app, e.g. `/actions/:id`. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
