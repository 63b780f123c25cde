import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAreaColumn } from '../common/tenant-column';
import { SelfEvaluationSection } from './self-evaluation-section.entity';

/** Every save of a section: who, when, which fields, and the section before and after. Never changed. */
@Entity()
@Index(['planId', 'createdAt'])
export class SelfEvaluationRevision {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  sectionId!: string;

  @ManyToOne(() => SelfEvaluationSection, { onDelete: 'CASCADE' })
  @JoinColumn()
  section?: SelfEvaluationSection;

  @Column({ type: 'uuid' })
  planId!: string;

  /** The section's version this save made. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text', array: true })
  changedFields!: string[];

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb' })
  after!: object;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  actorLabel!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
