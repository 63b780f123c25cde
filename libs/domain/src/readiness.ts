import type { DeliveryStatus } from './delivery-status';
import { needsUpdate } from './exceptions';
import type { ImpactStatus } from './impact-status';
import { compareIsoDates, formatIsoDate } from './iso-date';
import type { MeasureStatus } from './measure-status';
import { isOverdue } from './overdue';
import type { Rag } from './rag';

/*
 * Inspection readiness: for each finding of an inspection, how far the plan can show it has been
 * answered. One judgement per finding and the gaps behind it, named in words, so a Head of SEND
 * can see which findings would not yet stand up to an inspector and what would change that.
 */

export const INSPECTION_KINDS = ['full', 'monitoring', 're_inspection'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_KIND_LABELS: Readonly<Record<InspectionKind, string>> = {
  full: 'Full inspection',
  monitoring: 'Monitoring inspection',
  re_inspection: 'Re-inspection',
};
export function isInspectionKind(x: unknown): x is InspectionKind {
  return typeof x === 'string' && (INSPECTION_KINDS as readonly string[]).includes(x);
}

/** In the order an inspection report lists them, which is the order they are shown in. */
export const FINDING_KINDS = ['area_for_priority_action', 'area_for_improvement', 'strength'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  area_for_priority_action: 'Area for priority action',
  area_for_improvement: 'Area for improvement',
  strength: 'Strength',
};
export function isFindingKind(x: unknown): x is FindingKind {
  return typeof x === 'string' && (FINDING_KINDS as readonly string[]).includes(x);
}

/** A finding the plan must answer: an area for priority action or for improvement, not a strength. */
export function needsAnswer(kind: FindingKind): boolean {
  return kind !== 'strength';
}

export const READINESS_JUDGEMENTS = ['no_plan', 'in_progress', 'monitoring_impact', 'impact_evidenced'] as const;
export type ReadinessJudgement = (typeof READINESS_JUDGEMENTS)[number];
export const READINESS_LABELS: Readonly<Record<ReadinessJudgement, string>> = {
  no_plan: 'No action answers it',
  in_progress: 'Work in progress',
  monitoring_impact: 'Delivered, impact not yet evidenced',
  impact_evidenced: 'Impact evidenced',
};
/** The colour beside each judgement's words (never instead of them). */
export const READINESS_RAG: Readonly<Record<ReadinessJudgement, Rag>> = {
  no_plan: 'red',
  in_progress: 'amber',
  monitoring_impact: 'blue',
  impact_evidenced: 'green',
};

/** An action answering a finding, as it stood on the day judged. */
export interface ReadinessAction {
  reference: string;
  title: string;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  /** ISO `YYYY-MM-DD` or null. */
  dueDate: string | null;
  /** Evidence marked as demonstrating impact, held on the day judged. */
  impactEvidenceCount: number;
  /** No approved update for more than two reporting periods, as tracked for the day judged. */
  stale: boolean;
}

/** A measure a finding is judged by, as it stood on the day judged. */
export interface ReadinessMeasure {
  title: string;
  status: MeasureStatus;
  /** The period end of its latest value on the day judged (ISO `YYYY-MM-DD`), or null with none. */
  latestValueDate: string | null;
}

/** How many months without a value before a measure's silence is a gap. */
export const MEASURE_SILENT_MONTHS = 6;

/** An action whose impact is evidenced: judged so officially, with the evidence to show for it. */
export function hasImpactEvidenced(action: Pick<ReadinessAction, 'impactStatus' | 'impactEvidenceCount'>): boolean {
  return action.impactStatus === 'complete_impact_evidenced' && action.impactEvidenceCount > 0;
}

/**
 * The one judgement of a finding from the actions answering it:
 * - `no_plan`: no action answers it;
 * - `in_progress`: some action answering it is not yet complete;
 * - `impact_evidenced`: every action is complete and at least one has its impact evidenced;
 * - `monitoring_impact`: every action is complete, none with impact evidenced yet.
 */
export function readinessOf(actions: readonly Pick<ReadinessAction, 'impactStatus' | 'impactEvidenceCount'>[]): ReadinessJudgement {
  if (actions.length === 0) return 'no_plan';
  if (actions.some((a) => a.impactStatus === 'not_yet_complete')) return 'in_progress';
  return actions.some(hasImpactEvidenced) ? 'impact_evidenced' : 'monitoring_impact';
}

export const READINESS_GAP_KINDS = [
  'no_action',
  'no_impact_evidence',
  'measure_off_track',
  'measure_silent',
  'action_overdue',
  'action_stale',
] as const;
export type ReadinessGapKind = (typeof READINESS_GAP_KINDS)[number];

export interface ReadinessGap {
  kind: ReadinessGapKind;
  /** A plain sentence saying what is missing. */
  message: string;
  /** The action or measure it is about, by its index in the lists given to readinessGaps(). */
  actionIndex?: number;
  measureIndex?: number;
}

/** The day `months` calendar months before `day` (clamped to the month's end: 31 August less six months is 28 or 29 February). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatIsoDate(year, month, Math.min(d, lastDay));
}

/**
 * Whether a measure has gone six months or more without a value on `day`: it has none, or its
 * latest is for a period ending on or before the same day six months earlier.
 */
export function isMeasureSilent(measure: Pick<ReadinessMeasure, 'latestValueDate'>, day: string): boolean {
  if (measure.latestValueDate === null) return true;
  return compareIsoDates(measure.latestValueDate, monthsBefore(day, MEASURE_SILENT_MONTHS)) <= 0;
}

const actionName = (a: Pick<ReadinessAction, 'reference' | 'title'>) => `Action ${a.reference} (${a.title})`;

/**
 * What stands between a finding and impact an inspector could see, on `day` (ISO `YYYY-MM-DD`), in
 * this order: no action answers it; no action answering it has impact evidenced; each measure off
 * track or without a value for six months; each action overdue (isOverdue) or without an approved
 * update for over two periods (needsUpdate, so never a complete one).
 */
export function readinessGaps(actions: readonly ReadinessAction[], measures: readonly ReadinessMeasure[], day: string): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  if (actions.length === 0) gaps.push({ kind: 'no_action', message: 'No action in the plan answers this finding.' });
  else if (!actions.some(hasImpactEvidenced)) {
    gaps.push({ kind: 'no_impact_evidence', message: 'No action answering this finding has evidence of its impact on children and young people yet.' });
  }
  measures.forEach((m, measureIndex) => {
    if (m.status === 'off_track') gaps.push({ kind: 'measure_off_track', message: `The measure "${m.title}" is off track.`, measureIndex });
    if (isMeasureSilent(m, day)) {
      gaps.push({
        kind: 'measure_silent',
        message: m.latestValueDate === null
          ? `The measure "${m.title}" has no value yet.`
          : `The measure "${m.title}" has had no new value for six months or more (the latest is for the period ending ${m.latestValueDate}).`,
        measureIndex,
      });
    }
  });
  actions.forEach((a, actionIndex) => {
    if (isOverdue(a, day)) gaps.push({ kind: 'action_overdue', message: `${actionName(a)} is overdue: it was due on ${a.dueDate} and is not complete.`, actionIndex });
    if (needsUpdate(a)) gaps.push({ kind: 'action_stale', message: `${actionName(a)} has had no approved update for over two reporting periods.`, actionIndex });
  });
  return gaps;
}

/** How many findings have each judgement. */
export function countReadiness(judgements: readonly ReadinessJudgement[]): Record<ReadinessJudgement, number> {
  const counts = Object.fromEntries(READINESS_JUDGEMENTS.map((j) => [j, 0])) as Record<ReadinessJudgement, number>;
  for (const j of judgements) counts[j] += 1;
  return counts;
}

/**
 * The order findings are shown in: those with gaps first, then by kind (priority actions first)
 * and number.
 */
export function compareFindingsForReadiness(
  a: { gapCount: number; kind: FindingKind; number: number },
  b: { gapCount: number; kind: FindingKind; number: number },
): number {
  const gapped = Number(b.gapCount > 0) - Number(a.gapCount > 0);
  if (gapped !== 0) return gapped;
  const kind = FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind);
  return kind !== 0 ? kind : a.number - b.number;
}
