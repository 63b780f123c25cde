import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, OneToMany } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { PriorityArea } from '../priority-area/priority-area.entity';

/** A local area's improvement plan. Each plan is a tenant boundary for data and permissions. */
/** Slugs are unique within a local area. */
@Index(['localAreaId', 'slug'], { unique: true })
@Entity()
export class Plan extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

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
