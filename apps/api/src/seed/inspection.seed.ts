import type { FindingKind, InspectionKind } from '@send/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { FindingAction, FindingMeasure, Inspection, InspectionFinding } from '../inspection/inspection.entity';
import { toFindingResponse, toInspectionResponse } from '../inspection/inspection.response';
import { Measure } from '../measure/measure.entity';
import type { MeasureSeed } from './measure.seed';

/** An inspection as written in a dataset's inspections.json: findings linked to actions by reference and to measures by key. */
export interface InspectionSeed {
  date: string;
  kind: InspectionKind;
  outcome: string;
  reportUrl: string | null;
  sourceNote: string;
  findings: { kind: FindingKind; number: number; title: string; text: string; actionReferences: string[]; measureKeys: string[] }[];
}

/**
 * Loads a plan's inspections and findings, with their links to the actions and measures answering
 * them, dated from the plan's start (when the plan answering the inspection was agreed), so that
 * readiness as at any day of the plan reads them. Runs inside the plan's seed transaction, after
 * its actions and measures exist; an import event per record.
 */
export async function seedInspections(
  em: EntityManager, audit: AuditService, planId: string, linkedFrom: Date, inspections: readonly InspectionSeed[], measureSeeds: readonly MeasureSeed[],
): Promise<void> {
  const actions = new Map((await em.find(Action, { where: { planId } })).map((a) => [a.reference, a.id]));
  // Measures are found by the title their key stands for in the dataset.
  const measureByTitle = new Map((await em.find(Measure, { where: { planId } })).map((m) => [m.title, m.id]));
  const measureKeys = new Map(measureSeeds.flatMap((m) => (measureByTitle.has(m.title) ? [[m.key, measureByTitle.get(m.title) as string] as const] : [])));
  for (const seed of inspections) {
    const inspection = await em.save(em.create(Inspection, {
      planId, date: seed.date, kind: seed.kind, outcome: seed.outcome, reportUrl: seed.reportUrl, sourceNote: seed.sourceNote,
    }));
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'inspection', entityId: inspection.id, action: 'import', planId, after: toInspectionResponse(inspection) });
    for (const f of seed.findings) {
      const finding = await em.save(em.create(InspectionFinding, { inspectionId: inspection.id, kind: f.kind, number: f.number, title: f.title, text: f.text }));
      const actionIds = f.actionReferences.map((ref) => {
        const id = actions.get(ref);
        if (!id) throw new Error(`Finding ${f.number} names action ${ref}, which the plan does not have`);
        return id;
      });
      const measureIds = f.measureKeys.map((key) => {
        const id = measureKeys.get(key);
        if (!id) throw new Error(`Finding ${f.number} names measure ${key}, which the plan does not have`);
        return id;
      });
      if (actionIds.length) await em.insert(FindingAction, actionIds.map((actionId) => ({ findingId: finding.id, actionId, createdAt: linkedFrom })));
      if (measureIds.length) await em.insert(FindingMeasure, measureIds.map((measureId) => ({ findingId: finding.id, measureId, createdAt: linkedFrom })));
      await audit.record(em, SYSTEM_ACTOR, {
        entityType: 'inspection_finding', entityId: finding.id, action: 'import', planId, after: toFindingResponse(finding, { actionIds, measureIds }),
      });
    }
  }
}
