import { AUDIT_STATES, type AuditState, EXPECTATION_RATINGS, type ExpectationRating, SCHOOL_PHASES, type SchoolPhase, SELF_REVIEW_STATES, type SelfReviewState, type AuditTheme } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { ExpectationFramework, ExpectationStatement } from './expectation.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A school in the local area whose SEND provision is reviewed against the expectations. */
@Entity()
@Index(['localAreaId', 'urn'], { unique: true })
@Check('school_phase_check', `phase IN (${list(SCHOOL_PHASES)})`)
@Check('school_urn_check', `urn ~ '^[0-9]{6}$'`)
export class School extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  phase!: SchoolPhase;

  /** The Department for Education's unique reference number: six digits. */
  @Column({ type: 'text' })
  urn!: string;

  @Column({ type: 'text', nullable: true })
  sencoName!: string | null;

  /** Demo data made up for illustration, not a real school. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}

/** A school's own review of its SEND provision against one edition of the expectations, for an academic year. */
@Entity()
@Index(['schoolId', 'academicYear'], { unique: true })
@Check('school_self_review_state_check', `state IN (${list(SELF_REVIEW_STATES)})`)
export class SchoolSelfReview extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn()
  school?: School;

  @Index()
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ExpectationFramework, { onDelete: 'RESTRICT' })
  @JoinColumn()
  framework?: ExpectationFramework;

  /** The academic year, by the calendar year it starts in (2026 is 2026/27). */
  @Column({ type: 'int' })
  academicYear!: number;

  @Column({ type: 'text', default: 'draft' })
  state!: SelfReviewState;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  submittedBy!: string | null;
}

/** The school's rating of one statement, with its notes and the evidence it points to. */
@Entity()
@Check('school_self_review_rating_rating_check', `rating IN (${list(EXPECTATION_RATINGS)})`)
export class SchoolSelfReviewRating {
  @PrimaryColumn({ type: 'uuid' })
  selfReviewId!: string;

  @PrimaryColumn({ type: 'uuid' })
  statementId!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @ManyToOne(() => SchoolSelfReview, { onDelete: 'CASCADE' })
  @JoinColumn()
  selfReview?: SchoolSelfReview;

  @ManyToOne(() => ExpectationStatement, { onDelete: 'RESTRICT' })
  @JoinColumn()
  statement?: ExpectationStatement;

  @Column({ type: 'text' })
  rating!: ExpectationRating;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Where the evidence is: documents, links, what a visitor would be shown. */
  @Column({ type: 'text', nullable: true })
  evidence!: string | null;
}

export interface AuditPoint { theme: AuditTheme; text: string }

/** A visit by the local authority's SEND audit team: its own rating of each statement, and what it found. */
@Entity()
@Check('school_audit_state_check', `state IN (${list(AUDIT_STATES)})`)
export class SchoolAudit extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn()
  school?: School;

  @Index()
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ExpectationFramework, { onDelete: 'RESTRICT' })
  @JoinColumn()
  framework?: ExpectationFramework;

  @Column({ type: 'date' })
  visitDate!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  auditors!: string[];

  /** Draft while the team writes it up; the school sees it once published. */
  @Column({ type: 'text', default: 'draft' })
  state!: AuditState;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  strengths!: string[];

  /** What the visit found, each under one of the audit report's themes. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings!: AuditPoint[];

  /** Next steps agreed with the school, each under a theme. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  nextSteps!: AuditPoint[];
}

/** The audit team's rating of one statement. */
@Entity()
@Check('school_audit_rating_rating_check', `rating IN (${list(EXPECTATION_RATINGS)})`)
export class SchoolAuditRating {
  @PrimaryColumn({ type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'uuid' })
  statementId!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @ManyToOne(() => SchoolAudit, { onDelete: 'CASCADE' })
  @JoinColumn()
  audit?: SchoolAudit;

  @ManyToOne(() => ExpectationStatement, { onDelete: 'RESTRICT' })
  @JoinColumn()
  statement?: ExpectationStatement;

  @Column({ type: 'text' })
  rating!: ExpectationRating;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
