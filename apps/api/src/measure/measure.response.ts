import { ApiProperty } from '@nestjs/swagger';
import {
  computeMeasureStatus,
  isoDateToDayNumber,
  MEASURE_FREQUENCIES,
  MEASURE_FREQUENCY_LABELS,
  MEASURE_SOURCE_KINDS,
  MEASURE_SOURCE_KIND_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUS_RAG,
  MEASURE_STATUSES,
  MEASURE_UNIT_LABELS,
  MEASURE_UNITS,
  POLARITIES,
  POLARITY_LABELS,
  RAGS,
  trajectoryValueAt,
  todayIso,
  TREND_LABELS,
  TRENDS,
  type MeasureFrequency,
  type MeasureSourceKind,
  type MeasureStatus,
  type MeasureUnit,
  type Polarity,
  type Rag,
  type Trend,
} from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';
import { ActionRef, PriorityAreaRef } from '../voice/voice.response';
import type { MeasureValue } from './measure-value.entity';
import type { Measure } from './measure.entity';

/** An action a measure evidences, as the measure shows it. */
export interface MeasureActionRef {
  id: string;
  reference: string;
  title: string;
  ownerPersonId: string | null;
  ownerOrganisationId: string;
}

/** Who entered a value: their account (gone when deleted) and the name shown. */
export class MeasureValueEnteredBy {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty() label!: string;
}

export class MeasureValueResponse {
  @ApiId() id!: string;
  @ApiId() measureId!: string;
  @ApiDate({ description: 'the end of the period the figure is for' }) periodEnd!: string;
  @ApiProperty() value!: number;
  @ApiProperty() note!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: "how many people the figure stands for (a survey's respondents), when known" })
  cohortSize!: number | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty({ type: () => MeasureValueEnteredBy }) enteredBy!: MeasureValueEnteredBy;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

/** A figure on a day: a baseline, a target or a point of the trajectory. */
export class MeasurePoint {
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiDate({ nullable: true }) date!: string | null;
}

export class TrajectoryPoint {
  @ApiDate() date!: string;
  @ApiProperty() value!: number;
}

export class MeasureResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ type: () => PriorityAreaRef, nullable: true }) priorityArea!: PriorityAreaRef | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: MEASURE_UNITS, enumName: 'MeasureUnit' }) unit!: MeasureUnit;
  @ApiProperty() unitLabel!: string;
  @ApiProperty({ enum: POLARITIES, enumName: 'Polarity' }) polarity!: Polarity;
  @ApiProperty() polarityLabel!: string;
  @ApiProperty({ type: () => MeasurePoint }) baseline!: MeasurePoint;
  @ApiProperty({ type: () => MeasurePoint }) target!: MeasurePoint;
  @ApiProperty({ description: 'how far from the trajectory still counts as on track' }) tolerance!: number;
  @ApiProperty() source!: string;
  @ApiProperty({ enum: MEASURE_SOURCE_KINDS, enumName: 'MeasureSourceKind', description: "records, or survey: a survey's values carry their respondents" })
  sourceKind!: MeasureSourceKind;
  @ApiProperty() sourceKindLabel!: string;
  @ApiProperty({ enum: MEASURE_FREQUENCIES, enumName: 'MeasureFrequency', nullable: true }) frequency!: MeasureFrequency | null;
  @ApiProperty({ type: String, nullable: true }) frequencyLabel!: string | null;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiProperty() illustrativeNote!: string;
  @ApiProperty({ type: () => ActionRef, isArray: true, description: 'the actions it evidences, by reference' }) actions!: ActionRef[];
  @ApiProperty({ enum: MEASURE_STATUSES, enumName: 'MeasureStatus' }) status!: MeasureStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ enum: RAGS, enumName: 'Rag' }) rag!: Rag;
  @ApiProperty({ enum: TRENDS, enumName: 'Trend' }) trend!: Trend;
  @ApiProperty() trendLabel!: string;
  @ApiProperty({ type: () => MeasureValueResponse, nullable: true }) latest!: MeasureValueResponse | null;
  @ApiProperty({ type: () => MeasureValueResponse, nullable: true }) previous!: MeasureValueResponse | null;
  @ApiProperty({ type: Number, nullable: true, description: 'where the trajectory says the latest value should be' }) expected!: number | null;
  @ApiProperty({ description: 'the target date has passed unmet on the day judged (then the status is off track)' }) targetMissed!: boolean;
  @ApiDate({ nullable: true, description: "when the next value is due, from the latest one and the measure's frequency" }) nextValueDue!: string | null;
  @ApiProperty({ description: 'the next value was due before the day judged' }) valueOverdue!: boolean;
  @ApiDate({ description: 'the day the measure is judged on: today, or the "as at" date' }) asAt!: string;
  @ApiProperty({ type: 'integer' }) valueCount!: number;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

export class MeasureDetailResponse extends MeasureResponse {
  @ApiProperty({ type: () => MeasureValueResponse, isArray: true, description: 'oldest first' }) values!: MeasureValueResponse[];
  @ApiProperty({ type: () => TrajectoryPoint, isArray: true, description: 'empty without a target value' }) trajectory!: TrajectoryPoint[];
}

export function toMeasureValueResponse(v: MeasureValue): MeasureValueResponse {
  return {
    id: v.id,
    measureId: v.measureId,
    periodEnd: v.periodEnd,
    value: v.value,
    note: v.note,
    /** How many people the figure stands for (a survey's respondents), when known. */
    cohortSize: v.cohortSize,
    illustrative: v.illustrative,
    enteredBy: { id: v.enteredById, label: v.enteredByLabel },
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/**
 * A measure with its judgement: status against the trajectory at the latest value's date, trend
 * from the previous value, and where the trajectory expected it to be. `values` oldest first.
 */
export function toMeasureResponse(m: Measure, actions: MeasureActionRef[], values: MeasureValue[], today: string = todayIso()): MeasureResponse {
  // Judged on the day asked for: a target date passed unmet is off track, a value past due says so.
  const assessment = computeMeasureStatus(m, values.map((v) => ({ date: v.periodEnd, value: v.value })), { today, frequency: m.frequency });
  const byDate = new Map(values.map((v) => [v.periodEnd, v]));
  const pick = (reading: { date: string } | null) => {
    const value = reading ? byDate.get(reading.date) : undefined;
    return value ? toMeasureValueResponse(value) : null;
  };
  return {
    id: m.id,
    planId: m.planId,
    priorityArea: m.priorityArea ? { id: m.priorityArea.id, number: m.priorityArea.number, title: m.priorityArea.title } : null,
    title: m.title,
    description: m.description,
    unit: m.unit,
    unitLabel: MEASURE_UNIT_LABELS[m.unit],
    polarity: m.polarity,
    polarityLabel: POLARITY_LABELS[m.polarity],
    baseline: { value: m.baselineValue, date: m.baselineDate },
    target: { value: m.targetValue, date: m.targetDate },
    tolerance: m.tolerance,
    source: m.source,
    sourceKind: m.sourceKind,
    sourceKindLabel: MEASURE_SOURCE_KIND_LABELS[m.sourceKind],
    frequency: m.frequency,
    frequencyLabel: m.frequency ? MEASURE_FREQUENCY_LABELS[m.frequency] : null,
    illustrative: m.illustrative,
    illustrativeNote: m.illustrativeNote,
    actions: actions
      .map(({ id, reference, title }) => ({ id, reference, title }))
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true })),
    status: assessment.status,
    statusLabel: MEASURE_STATUS_LABELS[assessment.status],
    rag: MEASURE_STATUS_RAG[assessment.status],
    trend: assessment.trend,
    trendLabel: TREND_LABELS[assessment.trend],
    latest: pick(assessment.latest),
    previous: pick(assessment.previous),
    expected: assessment.expected,
    targetMissed: assessment.targetMissed,
    nextValueDue: assessment.nextValueDue,
    valueOverdue: assessment.valueOverdue,
    /** The day the measure is judged on: today, or the "as at" date. */
    asAt: today,
    valueCount: values.length,
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/**
 * A measure with its whole series, oldest first, and the trajectory to draw beside it: where the
 * line from baseline to target stands on the baseline date, on each value's date and on the
 * target date. Empty without a target value, as there is no line.
 */
export function toMeasureDetailResponse(m: Measure, actions: MeasureActionRef[], values: MeasureValue[], today: string = todayIso()): MeasureDetailResponse {
  const dates = new Set<string>(values.map((v) => v.periodEnd));
  if (m.baselineDate && m.baselineValue !== null) dates.add(m.baselineDate);
  if (m.targetDate) dates.add(m.targetDate);
  const trajectory =
    m.targetValue === null
      ? []
      : [...dates]
          .sort((a, b) => isoDateToDayNumber(a) - isoDateToDayNumber(b))
          .map((date) => ({ date, value: trajectoryValueAt(m, date) as number }));
  return { ...toMeasureResponse(m, actions, values, today), values: values.map(toMeasureValueResponse), trajectory };
}

/** What an audit event keeps of a measure. */
export function toMeasureAuditState(m: Measure, actionIds: string[]) {
  return {
    priorityAreaId: m.priorityAreaId,
    title: m.title,
    description: m.description,
    unit: m.unit,
    polarity: m.polarity,
    baselineValue: m.baselineValue,
    baselineDate: m.baselineDate,
    targetValue: m.targetValue,
    targetDate: m.targetDate,
    tolerance: m.tolerance,
    source: m.source,
    sourceKind: m.sourceKind,
    frequency: m.frequency,
    illustrative: m.illustrative,
    illustrativeNote: m.illustrativeNote,
    actionIds: [...actionIds].sort(),
    version: m.version,
  };
}

/** What an audit event keeps of a measure value. */
export function toMeasureValueAuditState(v: MeasureValue) {
  return { measureId: v.measureId, periodEnd: v.periodEnd, value: v.value, note: v.note, cohortSize: v.cohortSize, illustrative: v.illustrative, version: v.version };
}
