import { LocalAreaColumn } from '../common/tenant-column';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Measure } from './measure.entity';

/** One figure of a measure's time series: the value for the period ending on `periodEnd`. */
@Check('measure_value_cohort_size_check', 'cohort_size IS NULL OR cohort_size >= 1')
@Entity()
@Index(['measureId', 'periodEnd'], { unique: true })
export class MeasureValue extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: Measure;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** How many people the figure stands for (a survey's respondents), when known. */
  @Column({ type: 'int', nullable: true })
  cohortSize!: number | null;

  /** The user who entered it; null for imported figures. */
  @Column({ type: 'uuid', nullable: true })
  enteredById!: string | null;

  @Column({ type: 'text', default: '' })
  enteredByLabel!: string;

  /** An illustrative figure (e.g. interpolated for the demo), not one the partnership reported. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
