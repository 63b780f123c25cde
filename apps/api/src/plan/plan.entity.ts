import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { PriorityArea } from '../priority-area/priority-area.entity';
import { School } from '../school-review/school.entity';

/**
 * A local area's improvement plan, or a school's own (schoolId set). Each plan is a tenant boundary
 * for data and permissions; a school's plan is never one of the local area's plans.
 */
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

  /**
   * The school whose own plan this is; null for the local area's plans. One live plan per school:
   * once its plan is archived, a school may start another.
   */
  @Index('plan_one_per_school', { unique: true, where: 'archived_at IS NULL' })
  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'FK_plan_school' })
  school?: School;

  @OneToMany('PriorityArea', (area: PriorityArea) => area.plan)
  priorityAreas?: PriorityArea[];
}
