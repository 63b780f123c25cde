import {
  computeMeasureStatus,
  isoDateToDayNumber,
  MEASURE_FREQUENCY_LABELS,
  MEASURE_SOURCE_KIND_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUS_RAG,
  MEASURE_UNIT_LABELS,
  POLARITY_LABELS,
  trajectoryValueAt,
  todayIso,
  TREND_LABELS,
} from '@send/domain';
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

export function toMeasureValueResponse(v: MeasureValue) {
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

export type MeasureValueResponse = ReturnType<typeof toMeasureValueResponse>;

/**
 * A measure with its judgement: status against the trajectory at the latest value's date, trend
 * from the previous value, and where the trajectory expected it to be. `values` oldest first.
 */
export function toMeasureResponse(m: Measure, actions: MeasureActionRef[], values: MeasureValue[], today: string = todayIso()) {
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

export type MeasureResponse = ReturnType<typeof toMeasureResponse>;

/**
 * A measure with its whole series, oldest first, and the trajectory to draw beside it: where the
 * line from baseline to target stands on the baseline date, on each value's date and on the
 * target date. Empty without a target value, as there is no line.
 */
export function toMeasureDetailResponse(m: Measure, actions: MeasureActionRef[], values: MeasureValue[], today: string = todayIso()) {
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
