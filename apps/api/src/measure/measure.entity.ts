import { LocalAreaColumn } from '../common/tenant-column';
import {
  MEASURE_FREQUENCIES, MEASURE_SOURCE_KINDS, MEASURE_UNITS, POLARITIES, type MeasureFrequency, type MeasureSourceKind, type MeasureUnit, type Polarity,
} from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A measure (KPI) of the plan's impact: judged from its latest value against the straight line
 * from baseline to target, with an amber band of `tolerance` in its own units.
 */
@Entity()
@Check('measure_unit_check', `unit IN (${list(MEASURE_UNITS)})`)
@Check('measure_polarity_check', `polarity IN (${list(POLARITIES)})`)
@Check('measure_frequency_check', `frequency IS NULL OR frequency IN (${list(MEASURE_FREQUENCIES)})`)
@Check('measure_tolerance_check', 'tolerance >= 0')
@Check('measure_source_kind_check', `source_kind IN (${list(MEASURE_SOURCE_KINDS)})`)
export class Measure extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  priorityAreaId!: string | null;

  @ManyToOne(() => PriorityArea, { onDelete: 'RESTRICT' })
  @JoinColumn()
  priorityArea?: PriorityArea | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  unit!: MeasureUnit;

  @Column({ type: 'text' })
  polarity!: Polarity;

  @Column({ type: 'double precision', nullable: true })
  baselineValue!: number | null;

  @Column({ type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ type: 'double precision', nullable: true })
  targetValue!: number | null;

  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;

  /** Width of the amber band, in the measure's own units (percentage points for a percentage). */
  @Column({ type: 'double precision', default: 0 })
  tolerance!: number;

  /** Where the figures come from, e.g. "Education data: suspensions and exclusions return". */
  @Column({ type: 'text', default: '' })
  source!: string;

  /** Records (counts, rates) or a survey: a survey's values are read beside their respondents. */
  @Column({ type: 'text', default: 'records' })
  sourceKind!: MeasureSourceKind;

  @Column({ type: 'text', nullable: true })
  frequency!: MeasureFrequency | null;

  /** The measure's baseline, target or figures are illustrative rather than reported. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  /** What is illustrative and why. */
  @Column({ type: 'text', default: '' })
  illustrativeNote!: string;

  /** The actions whose impact this measure evidences. */
  @ManyToMany(() => Action)
  @JoinTable({ name: 'measure_action', joinColumn: { name: 'measure_id' }, inverseJoinColumn: { name: 'action_id' } })
  actions?: Action[];
}
