import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  compareFindingsForReadiness,
  countReadiness,
  DELIVERY_STATUS_INFO,
  EVIDENCE_TYPE_LABELS,
  FINDING_KIND_LABELS,
  hasImpactEvidenced,
  needsAnswer,
  READINESS_LABELS,
  READINESS_RAG,
  readinessGaps,
  readinessOf,
  todayIso,
  type EvidenceType,
  type ReadinessAction,
  type ReadinessMeasure,
} from '@send/domain';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { londonDayEndSql } from '../action/action-status-history.sql';
import { ActionService } from '../action/action.service';
import { ExceptionService } from '../exception/exception.service';
import { MeasureQueryDto } from '../measure/dto/measure-query.dto';
import { MeasureService } from '../measure/measure.service';
import { PlanService } from '../plan/plan.service';
import { Inspection, InspectionFinding } from './inspection.entity';
import { toInspectionResponse } from './inspection.response';
import { ReadinessResponse, toReadinessAction, toReadinessMeasure } from './readiness.response';

type EvidenceRow = { id: string; action_id: string; type: EvidenceType; title: string; evidence_date: string | null; url: string | null; illustrative: boolean };

/**
 * How ready the plan is for its next inspection: every finding of the inspections held by the day
 * asked for (areas for priority action and for improvement; not strengths), with the actions and measures that answered it that day, the evidence of impact behind
 * them, its gaps and its one judgement (the domain's readinessOf and readinessGaps).
 */
@Injectable()
export class ReadinessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly actions: ActionService,
    private readonly exceptions: ExceptionService,
    private readonly measures: MeasureService,
  ) {}

  /**
   * Without `asAt`, as things are today; with it, as they stood at the end of that day (Europe/London):
   * inspections dated by then, the links held then, the actions' official statuses and staleness
   * of then (as the exceptions judge them), evidence dated by then and not yet archived, and the
   * measures' values known by then.
   */
  async getReadiness(planId: string, asAt?: string): Promise<ReadinessResponse> {
    const day = asAt ?? todayIso();
    await this.plans.findPlanOrFail(planId);
    const inspections = await this.dataSource.getRepository(Inspection).find({ where: { planId, date: LessThanOrEqual(day) }, order: { date: 'DESC' } });
    // Strengths are recorded with the inspection but are not for the plan to answer.
    const findings = (inspections.length === 0 ? [] : await this.dataSource.getRepository(InspectionFinding).find({ where: { inspectionId: In(inspections.map((i) => i.id)) } }))
      .filter((f) => needsAnswer(f.kind));
    const [links, actions, exceptions, measures] = await Promise.all([
      this.linksAsAt(findings.map((f) => f.id), asAt),
      this.actions.findAllActions(planId, asAt),
      this.exceptions.findExceptions(planId, asAt),
      this.measures.findPlanMeasures(planId, Object.assign(new MeasureQueryDto(), { asAt })),
    ]);
    const actionById = new Map(actions.map((a) => [a.id, a]));
    const measureById = new Map(measures.map((m) => [m.id, m]));
    const stale = new Set(exceptions.items.filter((e) => e.reasons.includes('stale')).map((e) => e.action.id));
    const evidence = await this.impactEvidence([...new Set(links.actions.map((l) => l.action_id))], day);

    const judged = findings.map((f) => {
      const linkedActions = links.actions.filter((l) => l.finding_id === f.id).flatMap((l) => actionById.get(l.action_id) ?? [])
        .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }));
      const linkedMeasures = links.measures.filter((l) => l.finding_id === f.id).flatMap((l) => measureById.get(l.measure_id) ?? [])
        .sort((a, b) => a.title.localeCompare(b.title));
      const forDomain: ReadinessAction[] = linkedActions.map((a) => ({
        reference: a.reference, title: a.title, deliveryStatus: a.deliveryStatus, impactStatus: a.impactStatus, dueDate: a.dueDate,
        impactEvidenceCount: evidence.get(a.id)?.length ?? 0, stale: stale.has(a.id),
      }));
      const measuresForDomain: ReadinessMeasure[] = linkedMeasures.map((m) => ({ title: m.title, status: m.status, latestValueDate: m.latest?.periodEnd ?? null }));
      const judgement = readinessOf(forDomain);
      const gaps = readinessGaps(forDomain, measuresForDomain, day).map(({ actionIndex, measureIndex, ...gap }) => ({
        ...gap,
        actionId: actionIndex === undefined ? null : linkedActions[actionIndex].id,
        measureId: measureIndex === undefined ? null : linkedMeasures[measureIndex].id,
      }));
      return {
        id: f.id,
        inspectionId: f.inspectionId,
        kind: f.kind,
        kindLabel: FINDING_KIND_LABELS[f.kind],
        number: f.number,
        title: f.title,
        text: f.text,
        judgement,
        judgementLabel: READINESS_LABELS[judgement],
        rag: READINESS_RAG[judgement],
        impactEvidenced: forDomain.some(hasImpactEvidenced),
        gaps,
        actions: linkedActions.map((a, i) => toReadinessAction(a, forDomain[i], DELIVERY_STATUS_INFO[a.deliveryStatus].rag, (evidence.get(a.id) ?? []).map((e) => ({
          id: e.id, type: e.type, typeLabel: EVIDENCE_TYPE_LABELS[e.type], title: e.title, evidenceDate: e.evidence_date, url: e.url, illustrative: e.illustrative,
        })))),
        measures: linkedMeasures.map(toReadinessMeasure),
      };
    });
    judged.sort((a, b) => compareFindingsForReadiness({ ...a, gapCount: a.gaps.length }, { ...b, gapCount: b.gaps.length }));
    return {
      planId,
      asAt: day,
      inspections: inspections.map(toInspectionResponse),
      counts: countReadiness(judged.map((f) => f.judgement)),
      findingsWithoutImpactEvidence: judged.filter((f) => !f.impactEvidenced).length,
      findingsWithGaps: judged.filter((f) => f.gaps.length > 0).length,
      findings: judged,
    };
  }

  /** The finding-action and finding-measure links held now, or at the end of `asAt`. */
  private async linksAsAt(findingIds: string[], asAt?: string) {
    if (findingIds.length === 0) return { actions: [], measures: [] };
    const held = asAt
      ? `l.created_at < ${londonDayEndSql('$2')} AND (l.removed_at IS NULL OR l.removed_at >= ${londonDayEndSql('$2')})`
      : 'l.removed_at IS NULL';
    const params = asAt ? [findingIds, asAt] : [findingIds];
    const [actions, measures]: [{ finding_id: string; action_id: string }[], { finding_id: string; measure_id: string }[]] = await Promise.all([
      this.dataSource.query(`SELECT DISTINCT l.finding_id, l.action_id FROM finding_action l WHERE l.finding_id = ANY($1::uuid[]) AND ${held}`, params),
      this.dataSource.query(`SELECT DISTINCT l.finding_id, l.measure_id FROM finding_measure l WHERE l.finding_id = ANY($1::uuid[]) AND ${held}`, params),
    ]);
    return { actions, measures };
  }

  /**
   * Evidence of impact per action held at the end of `day`: dated (or, undated, added) by then and
   * not archived by then. Newest first.
   */
  private async impactEvidence(actionIds: string[], day: string): Promise<Map<string, EvidenceRow[]>> {
    const byAction = new Map<string, EvidenceRow[]>();
    if (actionIds.length === 0) return byAction;
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT e.id, e.action_id, e.type, e.title, e.evidence_date::text AS evidence_date, e.url, e.illustrative
         FROM evidence e
        WHERE e.action_id = ANY($1::uuid[]) AND e.demonstrates_impact
          AND (e.archived_at IS NULL OR e.archived_at >= ${londonDayEndSql('$2')})
          AND coalesce(e.evidence_date, (e.created_at AT TIME ZONE 'Europe/London')::date) <= CAST($2 AS date)
        ORDER BY e.evidence_date DESC NULLS LAST, e.created_at DESC`,
      [actionIds, day],
    );
    for (const r of rows) byAction.set(r.action_id, [...(byAction.get(r.action_id) ?? []), r]);
    return byAction;
  }
}
