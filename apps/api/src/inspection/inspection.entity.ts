import { FINDING_KINDS, INSPECTION_KINDS, type FindingKind, type InspectionKind } from '@send/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { Measure } from '../measure/measure.entity';
import { Plan } from '../plan/plan.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** An inspection of the local area whose findings the plan answers. */
@Entity()
@Check('inspection_kind_check', `kind IN (${list(INSPECTION_KINDS)})`)
@Check('inspection_report_url_check', `report_url IS NULL OR report_url ~* '^https?://'`)
export class Inspection extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  /** The day the inspection ended (ISO `YYYY-MM-DD`). */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: InspectionKind;

  /** The inspection framework's outcome, in its words. */
  @Column({ type: 'text', default: '' })
  outcome!: string;

  /** The published report. */
  @Column({ type: 'text', nullable: true })
  reportUrl!: string | null;

  /** Where the record's words come from (e.g. summarised from a committee's minute rather than the report). */
  @Column({ type: 'text', default: '' })
  sourceNote!: string;
}

/** One finding of an inspection: an area for priority action, an area for improvement or a strength. */
@Entity()
@Check('inspection_finding_kind_check', `kind IN (${list(FINDING_KINDS)})`)
@Check('inspection_finding_number_check', 'number > 0')
@Index(['inspectionId', 'kind', 'number'], { unique: true })
export class InspectionFinding extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn()
  inspection?: Inspection;

  @Column({ type: 'text' })
  kind!: FindingKind;

  /** Its number among the inspection's findings of its kind. */
  @Column({ type: 'int' })
  number!: number;

  /** The inspection's words. */
  @Column({ type: 'text' })
  text!: string;

  /** A short title to list it by. */
  @Column({ type: 'text', nullable: true })
  title!: string | null;
}

/**
 * A link from a finding to an action that answers it. Links are never deleted: one taken away is
 * marked removed, so readiness as at an earlier day counts the links of that day.
 */
@Entity()
@Index(['findingId', 'actionId'])
export class FindingAction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => InspectionFinding, { onDelete: 'CASCADE' })
  @JoinColumn()
  finding?: InspectionFinding;

  @Index()
  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}

/** A link from a finding to a measure that shows whether it has changed things; kept like FindingAction. */
@Entity()
@Index(['findingId', 'measureId'])
export class FindingMeasure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => InspectionFinding, { onDelete: 'CASCADE' })
  @JoinColumn()
  finding?: InspectionFinding;

  @Index()
  @Column({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: Measure;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
