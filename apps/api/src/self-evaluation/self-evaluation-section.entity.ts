import { SELF_EVALUATION_GRADES, type SelfEvaluationGrade } from '@send/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { Plan } from '../plan/plan.entity';

/**
 * One criterion's section of a plan's self-evaluation, written against one version of the
 * inspection framework (libs/domain self-evaluation.ts). Made on its first save or comment.
 */
@Entity()
@Unique('UQ_self_evaluation_section_criterion', ['planId', 'frameworkVersion', 'criterionKey'])
@Check('self_evaluation_section_grade_check', `grade IS NULL OR grade IN (${SELF_EVALUATION_GRADES.map((g) => `'${g}'`).join(', ')})`)
export class SelfEvaluationSection extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'text' })
  frameworkVersion!: string;

  @Column({ type: 'text' })
  criterionKey!: string;

  @Column({ type: 'text', default: '' })
  evaluation!: string;

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ type: 'text', default: '' })
  areasToDevelop!: string;

  @Column({ type: 'text', nullable: true })
  grade!: SelfEvaluationGrade | null;

  /** Links by id, checked against the plan on every save; what they named is kept in each revision. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  measureIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  findingIds!: string[];

  @Column({ type: 'text', nullable: true })
  updatedByLabel!: string | null;
}
