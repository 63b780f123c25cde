import { FINDING_KIND_LABELS, INSPECTION_KIND_LABELS } from '@send/domain';
import type { Inspection, InspectionFinding } from './inspection.entity';

export function toInspectionResponse(i: Inspection) {
  return {
    id: i.id,
    planId: i.planId,
    date: i.date,
    kind: i.kind,
    kindLabel: INSPECTION_KIND_LABELS[i.kind],
    outcome: i.outcome,
    reportUrl: i.reportUrl,
    sourceNote: i.sourceNote,
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export type InspectionResponse = ReturnType<typeof toInspectionResponse>;

/** A finding with the ids of the actions and measures linked to it now. */
export function toFindingResponse(f: InspectionFinding, links: { actionIds: string[]; measureIds: string[] } = { actionIds: [], measureIds: [] }) {
  return {
    id: f.id,
    inspectionId: f.inspectionId,
    kind: f.kind,
    kindLabel: FINDING_KIND_LABELS[f.kind],
    number: f.number,
    title: f.title,
    text: f.text,
    actionIds: [...links.actionIds].sort(),
    measureIds: [...links.measureIds].sort(),
    version: f.version,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

export type FindingResponse = ReturnType<typeof toFindingResponse>;

/** A finding as an action or priority area lists the findings it answers. */
export interface AnsweredFinding {
  id: string;
  inspectionId: string;
  inspectionDate: string;
  kind: InspectionFinding['kind'];
  kindLabel: string;
  number: number;
  title: string | null;
  text: string;
  /** The actions (of the action, or of the priority area) linked to it. */
  actions: { id: string; reference: string; title: string }[];
}
