import { CRITICAL_REVIEW_JUDGEMENTS, CRITICAL_REVIEW_STATUSES, type CriticalReviewJudgement, type CriticalReviewStatus } from '@send/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { Plan } from '../plan/plan.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A critical review of the plan: partners judge each action (not yet complete, complete and
 * monitoring impact, complete with impact evidenced), then a second person moderates the findings.
 * Only an approved review counts as the plan's latest review. People are recorded as user id, person
 * id and a label, as on status updates, so a seeded review reads well without accounts.
 */
@Entity()
@Index(['planId', 'status', 'reviewDate'])
@Check('critical_review_status_check', `status IN (${list(CRITICAL_REVIEW_STATUSES)})`)
export class CriticalReview extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  /** The day of the review (the workshop). */
  @Column({ type: 'date' })
  reviewDate!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Who facilitated it, in words: "DfE SEND adviser; Head of SEND, Telford and Wrekin". */
  @Column({ type: 'text', default: '' })
  facilitators!: string;

  /** Where the findings come from, and what in them is illustrative. */
  @Column({ type: 'text', default: '' })
  sourceNote!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: CriticalReviewStatus;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByPersonId!: string | null;

  @Column({ type: 'text' })
  recordedByLabel!: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  submittedByLabel!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedByPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  moderatedByLabel!: string | null;

  /** The moderator's note: why it was returned, or any comment on approval. */
  @Column({ type: 'text', nullable: true })
  moderationNote!: string | null;
}

/** One action's judgement in a review, with the reason for it. */
@Entity('critical_review_judgement')
@Index(['reviewId', 'actionId'], { unique: true })
@Check('critical_review_judgement_judgement_check', `judgement IN (${list(CRITICAL_REVIEW_JUDGEMENTS)})`)
export class CriticalReviewJudgementRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => CriticalReview, { onDelete: 'CASCADE' })
  @JoinColumn()
  review?: CriticalReview;

  @Index()
  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;

  @Column({ type: 'text' })
  judgement!: CriticalReviewJudgement;

  @Column({ type: 'text', default: '' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
