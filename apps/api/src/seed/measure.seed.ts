import { checkMeasureFigure, checkMeasureSettings, type MeasureFrequency, type MeasureUnit, type Polarity } from '@send/domain';
import { EntityManager, In } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { MeasureValue } from '../measure/measure-value.entity';
import { Measure } from '../measure/measure.entity';
import { toMeasureAuditState } from '../measure/measure.response';
import { PriorityArea } from '../priority-area/priority-area.entity';

/** A measure as written in a dataset's measures.json: linked to its priority area and actions by number and reference. */
export interface MeasureSeed {
  key: string;
  priorityNumber: number;
  title: string;
  description: string;
  unit: MeasureUnit;
  polarity: Polarity;
  baseline: { value: number | null; date: string | null };
  target: { value: number | null; date: string | null };
  tolerance: number;
  source: string;
  frequency: MeasureFrequency | null;
  illustrative: boolean;
  illustrativeNote: string;
  actionReferences: string[];
  values: { periodEnd: string; value: number; note: string; illustrative: boolean }[];
}

/**
 * Loads a plan's measures and their series, each checked by the same rules as the API, with an
 * import event per measure. Runs inside the plan's seed transaction, after its actions exist.
 */
export async function seedMeasures(em: EntityManager, audit: AuditService, planId: string, measures: readonly MeasureSeed[]): Promise<void> {
  const areas = new Map((await em.find(PriorityArea, { where: { planId } })).map((a) => [a.number, a.id]));
  const references = [...new Set(measures.flatMap((m) => m.actionReferences))];
  const actions = new Map((await em.find(Action, { where: { planId, reference: In(references) } })).map((a) => [a.reference, a.id]));

  for (const seed of measures) {
    const where = `measure "${seed.key}"`;
    const priorityAreaId = areas.get(seed.priorityNumber);
    if (!priorityAreaId) throw new Error(`The dataset names priority ${seed.priorityNumber} for ${where}, but defines no such priority area`);
    const actionIds = seed.actionReferences.map((ref) => {
      const id = actions.get(ref);
      if (!id) throw new Error(`The dataset names action ${ref} for ${where}, but defines no such action`);
      return id;
    });
    const measure = em.create(Measure, {
      planId, priorityAreaId,
      title: seed.title, description: seed.description, unit: seed.unit, polarity: seed.polarity,
      baselineValue: seed.baseline.value, baselineDate: seed.baseline.date,
      targetValue: seed.target.value, targetDate: seed.target.date,
      tolerance: seed.tolerance, source: seed.source, frequency: seed.frequency,
      illustrative: seed.illustrative, illustrativeNote: seed.illustrativeNote,
    });
    const problems = [
      ...checkMeasureSettings(measure),
      ...seed.values.flatMap((v) => checkMeasureFigure(seed.unit, v.value, `value of ${v.periodEnd}`)),
    ];
    if (problems.length > 0) throw new Error(`The dataset's ${where} is not valid: ${problems.map((p) => p.message).join('; ')}`);

    const saved = await em.save(Measure, { ...measure, actions: actionIds.map((id) => ({ id }) as Action) });
    if (seed.values.length > 0) {
      await em.insert(MeasureValue, seed.values.map((v) => ({
        measureId: saved.id, periodEnd: v.periodEnd, value: v.value, note: v.note, illustrative: v.illustrative,
        enteredById: null, enteredByLabel: SYSTEM_ACTOR.label,
        // Recorded when its period ended, as the plan's history had it, so "as at" views of past days show it.
        createdAt: recordedOn(v.periodEnd),
      })));
    }
    await audit.record(em, SYSTEM_ACTOR, {
      entityType: 'measure', entityId: saved.id, action: 'import', planId,
      after: { ...toMeasureAuditState(saved, actionIds), values: seed.values },
    });
  }
}

/** Midday on a period's last day, or now if that is still to come. */
export function recordedOn(periodEnd: string): Date {
  const at = new Date(`${periodEnd}T12:00:00Z`);
  return at.getTime() < Date.now() ? at : new Date();
}
