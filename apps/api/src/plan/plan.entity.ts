import { Column, Entity, Index, OneToMany } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { PriorityArea } from '../priority-area/priority-area.entity';

/** A local area's improvement plan. Each plan is a tenant boundary for data and permissions. */
@Entity()
export class Plan extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  localArea!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'date', nullable: true })
  inspectionDate!: string | null;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @OneToMany('PriorityArea', (area: PriorityArea) => area.plan)
  priorityAreas?: PriorityArea[];
}
