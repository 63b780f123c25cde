import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FINDING_KIND_LABELS, FINDING_KINDS, type FindingKind } from '@send/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { violationsException } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { Measure } from '../measure/measure.entity';
import { PlanService } from '../plan/plan.service';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { CreateFindingDto, CreateInspectionDto, SetFindingLinksDto, UpdateFindingDto } from './dto/inspection.dto';
import { FindingAction, FindingMeasure, Inspection, InspectionFinding } from './inspection.entity';
import {
  AnsweredFinding, FindingResponse, InspectionDetailResponse, InspectionListItem, InspectionResponse, toFindingResponse, toInspectionResponse,
} from './inspection.response';

/** Inspections of a plan's local area, their findings, and the actions and measures that answer each. */
@Injectable()
export class InspectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
  ) {}

  async recordInspection(planId: string, dto: CreateInspectionDto, actor: Actor): Promise<InspectionResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.plans.findPlanOrFail(planId);
      const saved = await em.save(em.create(Inspection, {
        planId, date: dto.date, kind: dto.kind, outcome: dto.outcome ?? '', reportUrl: dto.reportUrl || null, sourceNote: dto.sourceNote ?? '',
      }));
      const after = toInspectionResponse(saved);
      await this.audit.record(em, actor, { entityType: 'inspection', entityId: saved.id, action: 'create', planId, after });
      return after;
    });
  }

  /** The plan's inspections, latest first, each with how many findings of each kind it has. */
  async findInspections(planId: string): Promise<InspectionListItem[]> {
    await this.plans.findPlanOrFail(planId);
    const inspections = await this.dataSource.getRepository(Inspection).find({ where: { planId }, order: { date: 'DESC', createdAt: 'DESC' } });
    const counts: { inspection_id: string; kind: string; n: number }[] = inspections.length === 0 ? [] : await this.dataSource.query(
      `SELECT inspection_id, kind, count(*)::int AS n FROM inspection_finding WHERE inspection_id = ANY($1::uuid[]) GROUP BY inspection_id, kind`,
      [inspections.map((i) => i.id)],
    );
    return inspections.map((i) => ({
      ...toInspectionResponse(i),
      findingCounts: Object.fromEntries(FINDING_KINDS.map((k) => [k, Number(counts.find((c) => c.inspection_id === i.id && c.kind === k)?.n ?? 0)])) as Record<FindingKind, number>,
    }));
  }

  /** The inspection with its findings in the report's order, each with the actions and measures linked to it now. */
  async getInspection(id: string): Promise<InspectionDetailResponse> {
    const inspection = await this.findInspectionOrFail(this.dataSource.manager, id);
    const findings = await this.dataSource.getRepository(InspectionFinding).find({ where: { inspectionId: id } });
    findings.sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) || a.number - b.number);
    const links = await this.currentLinks(this.dataSource.manager, findings.map((f) => f.id));
    return { ...toInspectionResponse(inspection), findings: findings.map((f) => toFindingResponse(f, links.get(f.id))) };
  }

  async addFinding(inspectionId: string, dto: CreateFindingDto, actor: Actor): Promise<FindingResponse> {
    return this.dataSource.transaction(async (em) => {
      const inspection = await this.findInspectionOrFail(em, inspectionId, true);
      await assertNumberFree(em, inspectionId, dto.kind, dto.number);
      const saved = await em.save(em.create(InspectionFinding, { inspectionId, kind: dto.kind, number: dto.number, text: dto.text, title: dto.title || null }));
      const after = toFindingResponse(saved);
      await this.audit.record(em, actor, { entityType: 'inspection_finding', entityId: saved.id, action: 'create', planId: inspection.planId, after });
      return after;
    });
  }

  async updateFinding(id: string, dto: UpdateFindingDto, actor: Actor): Promise<FindingResponse> {
    return this.dataSource.transaction(async (em) => {
      const finding = await lockFinding(em, id);
      const inspection = await this.findInspectionOrFail(em, finding.inspectionId, true);
      const links = (await this.currentLinks(em, [id])).get(id);
      assertCurrentVersion(finding, dto.version, () => toFindingResponse(finding, links));
      const before = toFindingResponse(finding, links);
      const kind = dto.kind ?? finding.kind;
      const number = dto.number ?? finding.number;
      if (kind !== finding.kind || number !== finding.number) await assertNumberFree(em, finding.inspectionId, kind, number);
      finding.kind = kind;
      finding.number = number;
      if (dto.text !== undefined) finding.text = dto.text;
      if (dto.title !== undefined) finding.title = dto.title || null;
      const after = toFindingResponse(await em.save(finding), links);
      await this.audit.record(em, actor, { entityType: 'inspection_finding', entityId: id, action: 'update', planId: inspection.planId, before, after });
      return after;
    });
  }

  /**
   * The actions and measures that answer the finding, replacing those linked before. A link taken
   * away is marked removed rather than deleted, so readiness as at an earlier day still sees it.
   */
  async setFindingLinks(id: string, dto: SetFindingLinksDto, actor: Actor): Promise<FindingResponse> {
    return this.dataSource.transaction(async (em) => {
      const finding = await lockFinding(em, id);
      const inspection = await this.findInspectionOrFail(em, finding.inspectionId);
      const actionIds = [...new Set(dto.actionIds.map((x) => x.toLowerCase()))];
      const measureIds = [...new Set(dto.measureIds.map((x) => x.toLowerCase()))];
      const errors: { field: string; message: string }[] = [];
      if (actionIds.length > 0 && (await em.count(Action, { where: { id: In(actionIds), planId: inspection.planId } })) !== actionIds.length) {
        errors.push({ field: 'actionIds', message: 'Every action must be an action of the plan the inspection belongs to' });
      }
      if (measureIds.length > 0 && (await em.count(Measure, { where: { id: In(measureIds), planId: inspection.planId } })) !== measureIds.length) {
        errors.push({ field: 'measureIds', message: 'Every measure must be a measure of the plan the inspection belongs to' });
      }
      if (errors.length > 0) throw violationsException(errors);

      const before = (await this.currentLinks(em, [id])).get(id) ?? { actionIds: [], measureIds: [] };
      const now = new Date();
      const removedActions = before.actionIds.filter((x) => !actionIds.includes(x));
      const removedMeasures = before.measureIds.filter((x) => !measureIds.includes(x));
      if (removedActions.length) await em.update(FindingAction, { findingId: id, actionId: In(removedActions), removedAt: IsNull() }, { removedAt: now });
      if (removedMeasures.length) await em.update(FindingMeasure, { findingId: id, measureId: In(removedMeasures), removedAt: IsNull() }, { removedAt: now });
      const addedActions = actionIds.filter((x) => !before.actionIds.includes(x));
      const addedMeasures = measureIds.filter((x) => !before.measureIds.includes(x));
      if (addedActions.length) await em.insert(FindingAction, addedActions.map((actionId) => ({ findingId: id, actionId })));
      if (addedMeasures.length) await em.insert(FindingMeasure, addedMeasures.map((measureId) => ({ findingId: id, measureId })));

      const links = { actionIds, measureIds };
      const after = toFindingResponse(finding, links);
      await this.audit.record(em, actor, {
        entityType: 'inspection_finding', entityId: id, action: 'link', planId: inspection.planId,
        before: { actionIds: [...before.actionIds].sort(), measureIds: [...before.measureIds].sort() },
        after: { actionIds: after.actionIds, measureIds: after.measureIds },
      });
      return after;
    });
  }

  /** The findings an action answers now. */
  async findingsOfAction(actionId: string): Promise<AnsweredFinding[]> {
    if (!(await this.dataSource.getRepository(Action).exists({ where: { id: actionId } }))) {
      throw new NotFoundException({ message: `There is no action with id ${actionId}`, errors: [] });
    }
    return this.answeredFindings('a.id = $1', [actionId]);
  }

  /** The findings the actions of a priority area answer now, each with those of its actions that do. */
  async findingsOfPriorityArea(priorityAreaId: string): Promise<AnsweredFinding[]> {
    if (!(await this.dataSource.getRepository(PriorityArea).exists({ where: { id: priorityAreaId } }))) {
      throw new NotFoundException({ message: `There is no priority area with id ${priorityAreaId}`, errors: [] });
    }
    return this.answeredFindings('a.priority_area_id = $1 AND a.archived_at IS NULL', [priorityAreaId]);
  }

  private async answeredFindings(actionWhere: string, params: unknown[]): Promise<AnsweredFinding[]> {
    const rows: { id: string; inspection_id: string; inspection_date: string; kind: AnsweredFinding['kind']; number: number; title: string | null; text: string;
      action_id: string; reference: string; action_title: string }[] = await this.dataSource.query(
      `SELECT f.id, f.inspection_id, i.date::text AS inspection_date, f.kind, f.number, f.title, f.text,
              a.id AS action_id, a.reference, a.title AS action_title
         FROM finding_action fa
         JOIN action a ON a.id = fa.action_id
         JOIN inspection_finding f ON f.id = fa.finding_id
         JOIN inspection i ON i.id = f.inspection_id
        WHERE fa.removed_at IS NULL AND ${actionWhere}
        ORDER BY i.date DESC, f.inspection_id, f.kind, f.number`,
      params,
    );
    const byId = new Map<string, AnsweredFinding>();
    for (const r of rows) {
      const found = byId.get(r.id) ?? {
        id: r.id, inspectionId: r.inspection_id, inspectionDate: r.inspection_date, kind: r.kind, kindLabel: FINDING_KIND_LABELS[r.kind],
        number: Number(r.number), title: r.title, text: r.text, actions: [],
      };
      found.actions.push({ id: r.action_id, reference: r.reference, title: r.action_title });
      byId.set(r.id, found);
    }
    const list = [...byId.values()];
    for (const f of list) f.actions.sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }));
    return list.sort((a, b) => (a.inspectionDate === b.inspectionDate ? FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) || a.number - b.number : a.inspectionDate < b.inspectionDate ? 1 : -1));
  }

  /** The action and measure ids linked to each finding now. */
  private async currentLinks(em: EntityManager, findingIds: string[]) {
    const links = new Map<string, { actionIds: string[]; measureIds: string[] }>();
    if (findingIds.length === 0) return links;
    const [actions, measures] = await Promise.all([
      em.find(FindingAction, { where: { findingId: In(findingIds), removedAt: IsNull() } }),
      em.find(FindingMeasure, { where: { findingId: In(findingIds), removedAt: IsNull() } }),
    ]);
    const entry = (id: string) => {
      const e = links.get(id) ?? { actionIds: [], measureIds: [] };
      links.set(id, e);
      return e;
    };
    for (const l of actions) entry(l.findingId).actionIds.push(l.actionId);
    for (const l of measures) entry(l.findingId).measureIds.push(l.measureId);
    return links;
  }

  private async findInspectionOrFail(em: EntityManager, id: string, lock = false): Promise<Inspection> {
    const inspection = await em.findOne(Inspection, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!inspection) throw new NotFoundException({ message: `There is no inspection with id ${id}`, errors: [] });
    return inspection;
  }
}

async function lockFinding(em: EntityManager, id: string): Promise<InspectionFinding> {
  const finding = await em.findOne(InspectionFinding, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!finding) throw new NotFoundException({ message: `There is no finding with id ${id}`, errors: [] });
  return finding;
}

async function assertNumberFree(em: EntityManager, inspectionId: string, kind: InspectionFinding['kind'], number: number) {
  if (await em.exists(InspectionFinding, { where: { inspectionId, kind, number } })) {
    throw new ConflictException({ message: `The inspection already has ${FINDING_KIND_LABELS[kind].toLowerCase()} ${number}`, errors: [{ field: 'number', message: `There is already ${FINDING_KIND_LABELS[kind].toLowerCase()} number ${number}` }] });
  }
}
