import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAreaColumn } from '../common/tenant-column';
import { SelfEvaluationSection } from './self-evaluation-section.entity';

/** A partner's comment on a section of the self-evaluation. */
@Entity()
export class SelfEvaluationComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  sectionId!: string;

  @ManyToOne(() => SelfEvaluationSection, { onDelete: 'CASCADE' })
  @JoinColumn()
  section?: SelfEvaluationSection;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'text' })
  authorLabel!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
