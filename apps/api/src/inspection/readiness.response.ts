import type { FindingKind, ReadinessGapKind, ReadinessJudgement, Rag, ReadinessAction } from '@send/domain';
import { needsUpdate } from '@send/domain';
import type { ActionResponse } from '../action/action.response';
import type { MeasureResponse } from '../measure/measure.response';
import type { InspectionResponse } from './inspection.response';

export interface ReadinessEvidence {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
  evidenceDate: string | null;
  url: string | null;
  illustrative: boolean;
}

export function toReadinessAction(a: ActionResponse, judged: ReadinessAction, rag: Rag, evidence: ReadinessEvidence[]) {
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    priorityAreaId: a.priorityAreaId,
    priorityNumber: a.priorityNumber,
    ownerOrganisation: a.ownerOrganisation,
    dueDate: a.dueDate,
    deliveryStatus: a.deliveryStatus,
    deliveryStatusLabel: a.deliveryStatusLabel,
    rag,
    impactStatus: a.impactStatus,
    impactStatusLabel: a.impactStatusLabel,
    overdue: a.overdue,
    stale: needsUpdate(judged),
    impactEvidence: evidence,
  };
}

export function toReadinessMeasure(m: MeasureResponse) {
  return {
    id: m.id,
    title: m.title,
    unitLabel: m.unitLabel,
    status: m.status,
    statusLabel: m.statusLabel,
    rag: m.rag,
    trend: m.trend,
    trendLabel: m.trendLabel,
    latest: m.latest ? { periodEnd: m.latest.periodEnd, value: m.latest.value } : null,
    illustrative: m.illustrative,
  };
}

export interface ReadinessFinding {
  id: string;
  inspectionId: string;
  kind: FindingKind;
  kindLabel: string;
  number: number;
  title: string | null;
  text: string;
  judgement: ReadinessJudgement;
  judgementLabel: string;
  rag: Rag;
  /** Some action answering it has impact evidenced (hasImpactEvidenced). */
  impactEvidenced: boolean;
  gaps: { kind: ReadinessGapKind; message: string; actionId: string | null; measureId: string | null }[];
  actions: ReturnType<typeof toReadinessAction>[];
  measures: ReturnType<typeof toReadinessMeasure>[];
}

export interface ReadinessResponse {
  planId: string;
  /** The day judged. */
  asAt: string;
  /** The inspections dated by then, latest first. */
  inspections: InspectionResponse[];
  counts: Record<ReadinessJudgement, number>;
  findingsWithoutImpactEvidence: number;
  findingsWithGaps: number;
  /** Findings with gaps first, then priority actions before improvements and strengths, by number. */
  findings: ReadinessFinding[];
}
