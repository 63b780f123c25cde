import { londonDayEndSql } from '../action/action-status-history.sql';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canEnterMeasureValues, checkMeasureFigure, checkMeasureSettings, todayIso } from '@send/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError, violationsException } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { CreateMeasureDto } from './dto/create-measure.dto';
import { MeasureQueryDto } from './dto/measure-query.dto';
import { CreateMeasureValueDto, UpdateMeasureValueDto } from './dto/measure-value.dto';
import { UpdateMeasureDto } from './dto/update-measure.dto';
import { MeasureValue } from './measure-value.entity';
import { Measure } from './measure.entity';
import {
  MeasureActionRef,
  MeasureDetailResponse,
  MeasureResponse,
  MeasureValueResponse,
  toMeasureAuditState,
  toMeasureDetailResponse,
  toMeasureResponse,
  toMeasureValueAuditState,
  toMeasureValueResponse,
} from './measure.response';

/** Measure fields that cannot be cleared with null, only changed. */
const REQUIRED_ON_UPDATE = ['title', 'unit', 'polarity', 'tolerance', 'description', 'source', 'illustrative', 'illustrativeNote', 'actionIds'] as const;

@Injectable()
export class MeasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every measure of a plan with its latest value, status and trend, in priority order.
   * Three queries whatever the number of measures: measures, their actions, their values.
   */
  async findPlanMeasures(planId: string, query: MeasureQueryDto): Promise<MeasureResponse[]> {
    const { measures, actions, values } = await this.loadPlanMeasures(planId, query);
    return measures.map((m) => toMeasureResponse(m, actions.get(m.id) ?? [], values.get(m.id) ?? [], query.asAt ?? todayIso()));
  }

  /** Every measure of a plan with all its values, as getMeasure gives one: three queries, for packs and reports. */
  async findPlanMeasureDetails(planId: string, asAt?: string): Promise<MeasureDetailResponse[]> {
    const { measures, actions, values } = await this.loadPlanMeasures(planId, { asAt });
    return measures.map((m) => toMeasureDetailResponse(m, actions.get(m.id) ?? [], values.get(m.id) ?? [], asAt ?? todayIso()));
  }

  private async loadPlanMeasures(planId: string, query: Pick<MeasureQueryDto, 'priorityId' | 'asAt'>) {
    if (!(await this.dataSource.getRepository(Plan).exists({ where: { id: planId } }))) {
      throw new NotFoundException({ message: `There is no plan with id ${planId}`, errors: [] });
    }
    const qb = this.dataSource
      .getRepository(Measure)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.priorityArea', 'pa')
      .where('m.plan_id = :planId', { planId });
    if (query.priorityId) qb.andWhere('m.priority_area_id = :priorityId', { priorityId: query.priorityId });
    const measures = await qb.orderBy('pa.number', 'ASC', 'NULLS LAST').addOrderBy('m.title', 'ASC').addOrderBy('m.id', 'ASC').getMany();
    const ids = measures.map((m) => m.id);
    const [actions, values] = await Promise.all([this.actionsOf(this.dataSource.manager, ids), this.valuesOf(this.dataSource.manager, ids, query.asAt)]);
    return { measures, actions, values };
  }

  /** With `asAt`, as the measure stood at the end of that day: values for later periods, or recorded later, left out. */
  getMeasure(id: string, asAt?: string): Promise<MeasureDetailResponse> {
    return this.detail(this.dataSource.manager, id, asAt);
  }

  private async detail(em: EntityManager, id: string, asAt?: string): Promise<MeasureDetailResponse> {
    const measure = await em.findOne(Measure, { where: { id }, relations: { priorityArea: true } });
    if (!measure) throw measureNotFound(id);
    const [actions, values] = await Promise.all([this.actionsOf(em, [id]), this.valuesOf(em, [id], asAt)]);
    return toMeasureDetailResponse(measure, actions.get(id) ?? [], values.get(id) ?? [], asAt ?? todayIso());
  }

  async createMeasure(dto: CreateMeasureDto, actor: Actor): Promise<MeasureDetailResponse> {
    const id = await this.dataSource.transaction(async (em) => {
      if (!(await em.exists(Plan, { where: { id: dto.planId } }))) throw fieldError('planId', 'There is no plan with this id');
      const measure = em.create(Measure, {
        planId: dto.planId,
        priorityAreaId: dto.priorityAreaId ?? null,
        title: dto.title,
        description: dto.description ?? '',
        unit: dto.unit,
        polarity: dto.polarity,
        baselineValue: dto.baselineValue ?? null,
        baselineDate: dto.baselineDate ?? null,
        targetValue: dto.targetValue ?? null,
        targetDate: dto.targetDate ?? null,
        tolerance: dto.tolerance ?? 0,
        source: dto.source ?? '',
        sourceKind: dto.sourceKind ?? 'records',
        frequency: dto.frequency ?? null,
        illustrative: dto.illustrative ?? false,
        illustrativeNote: dto.illustrativeNote ?? '',
      });
      await this.assertPriorityArea(em, measure);
      assertSettings(measure);
      const actionIds = await this.assertActions(em, measure.planId, dto.actionIds ?? []);
      const saved = await em.save(Measure, { ...measure, actions: actionIds.map((aid) => ({ id: aid }) as Action) });
      await this.audit.record(em, actor, {
        entityType: 'measure', entityId: saved.id, action: 'create', planId: saved.planId, after: toMeasureAuditState(saved, actionIds),
      });
      return saved.id;
    });
    return this.getMeasure(id);
  }

  async updateMeasure(id: string, dto: UpdateMeasureDto, actor: Actor): Promise<MeasureDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const measure = await lockMeasure(em, id);
      if (measure.version !== dto.version) {
        const current = await this.detail(em, id);
        assertCurrentVersion(measure, dto.version, () => current);
      }
      const linked = (await this.actionsOf(em, [id])).get(id) ?? [];
      const nulls = REQUIRED_ON_UPDATE.filter((f) => dto[f] === null);
      if (nulls.length > 0) throw violationsException(nulls.map((field) => ({ field, message: `${field} cannot be cleared` })));
      const before = toMeasureAuditState(measure, linked.map((a) => a.id));

      if (dto.priorityAreaId !== undefined) measure.priorityAreaId = dto.priorityAreaId;
      if (dto.title !== undefined) measure.title = dto.title;
      if (dto.description !== undefined) measure.description = dto.description;
      if (dto.unit !== undefined) measure.unit = dto.unit;
      if (dto.polarity !== undefined) measure.polarity = dto.polarity;
      if (dto.baselineValue !== undefined) measure.baselineValue = dto.baselineValue;
      if (dto.baselineDate !== undefined) measure.baselineDate = dto.baselineDate;
      if (dto.targetValue !== undefined) measure.targetValue = dto.targetValue;
      if (dto.targetDate !== undefined) measure.targetDate = dto.targetDate;
      if (dto.tolerance !== undefined) measure.tolerance = dto.tolerance;
      if (dto.source !== undefined) measure.source = dto.source;
      if (dto.sourceKind !== undefined) measure.sourceKind = dto.sourceKind;
      if (dto.frequency !== undefined) measure.frequency = dto.frequency;
      if (dto.illustrative !== undefined) measure.illustrative = dto.illustrative;
      if (dto.illustrativeNote !== undefined) measure.illustrativeNote = dto.illustrativeNote;
      await this.assertPriorityArea(em, measure);
      assertSettings(measure);
      if (dto.unit !== undefined && dto.unit !== before.unit) await this.assertValuesFitUnit(em, measure);
      const actionIds = dto.actionIds !== undefined ? await this.assertActions(em, measure.planId, dto.actionIds) : before.actionIds;

      const { priorityArea: _pa, ...columns } = measure;
      const saved = await em.save(Measure, { ...columns, actions: actionIds.map((aid) => ({ id: aid }) as Action) } as Measure);
      await this.audit.record(em, actor, {
        entityType: 'measure', entityId: id, action: 'update', planId: measure.planId, before, after: toMeasureAuditState(saved, actionIds),
      });
    });
    return this.getMeasure(id);
  }

  async addMeasureValue(measureId: string, dto: CreateMeasureValueDto, actor: Actor): Promise<MeasureValueResponse> {
    return this.dataSource.transaction(async (em) => {
      const measure = await lockMeasure(em, measureId);
      assertMayEnterValues(actor, (await this.actionsOf(em, [measureId])).get(measureId) ?? []);
      const violations = checkMeasureFigure(measure.unit, dto.value, 'value');
      if (violations.length > 0) throw violationsException(violations);
      await assertPeriodFree(em, measureId, dto.periodEnd);
      const saved = await em.save(em.create(MeasureValue, {
        measureId,
        periodEnd: dto.periodEnd,
        value: dto.value,
        note: dto.note ?? '',
        cohortSize: dto.cohortSize ?? null,
        illustrative: dto.illustrative ?? false,
        enteredById: actor.id,
        enteredByLabel: actor.label,
      }));
      await this.audit.record(em, actor, {
        entityType: 'measure_value', entityId: saved.id, action: 'create', planId: measure.planId, after: toMeasureValueAuditState(saved),
      });
      return toMeasureValueResponse(saved);
    });
  }

  /** Corrects a value: the audit log keeps what it was. */
  async updateMeasureValue(id: string, dto: UpdateMeasureValueDto, actor: Actor): Promise<MeasureValueResponse> {
    return this.dataSource.transaction(async (em) => {
      const found = await em.findOne(MeasureValue, { where: { id } });
      if (!found) throw new NotFoundException({ message: `There is no measure value with id ${id}`, errors: [] });
      const measure = await lockMeasure(em, found.measureId);
      const value = await em.findOneOrFail(MeasureValue, { where: { id }, lock: { mode: 'pessimistic_write' } });
      assertCurrentVersion(value, dto.version, () => toMeasureValueResponse(value));
      assertMayEnterValues(actor, (await this.actionsOf(em, [measure.id])).get(measure.id) ?? []);
      const nulls = (['periodEnd', 'value', 'note', 'illustrative'] as const).filter((f) => dto[f] === null);
      if (nulls.length > 0) throw violationsException(nulls.map((field) => ({ field, message: `${field} cannot be cleared` })));
      if (dto.value !== undefined) {
        const violations = checkMeasureFigure(measure.unit, dto.value, 'value');
        if (violations.length > 0) throw violationsException(violations);
      }
      if (dto.periodEnd !== undefined && dto.periodEnd !== value.periodEnd) await assertPeriodFree(em, measure.id, dto.periodEnd);
      const before = toMeasureValueAuditState(value);
      if (dto.periodEnd !== undefined) value.periodEnd = dto.periodEnd;
      if (dto.value !== undefined) value.value = dto.value;
      if (dto.note !== undefined) value.note = dto.note;
      if (dto.cohortSize !== undefined) value.cohortSize = dto.cohortSize;
      if (dto.illustrative !== undefined) value.illustrative = dto.illustrative;
      const saved = await em.save(value);
      await this.audit.record(em, actor, {
        entityType: 'measure_value', entityId: id, action: 'update', planId: measure.planId, before, after: toMeasureValueAuditState(saved),
      });
      return toMeasureValueResponse(saved);
    });
  }

  /** The actions each measure evidences, in one query. */
  private async actionsOf(em: EntityManager, measureIds: string[]): Promise<Map<string, MeasureActionRef[]>> {
    const result = new Map<string, MeasureActionRef[]>();
    if (measureIds.length === 0) return result;
    const rows: (MeasureActionRef & { measure_id: string })[] = await em.query(
      `SELECT ma.measure_id, a.id, a.reference, a.title, a.owner_person_id AS "ownerPersonId", a.owner_organisation_id AS "ownerOrganisationId"
         FROM measure_action ma JOIN action a ON a.id = ma.action_id
        WHERE ma.measure_id = ANY($1)`,
      [measureIds],
    );
    for (const { measure_id, ...action } of rows) result.set(measure_id, [...(result.get(measure_id) ?? []), action]);
    return result;
  }

  /**
   * The values of each measure, oldest first, in one query. With `asAt`, only those for periods
   * ending by then and recorded by the end of that day (England): a figure entered later was not
   * known then.
   */
  private async valuesOf(em: EntityManager, measureIds: string[], asAt?: string): Promise<Map<string, MeasureValue[]>> {
    const result = new Map<string, MeasureValue[]>();
    if (measureIds.length === 0) return result;
    const qb = em.getRepository(MeasureValue).createQueryBuilder('v').where('v.measure_id IN (:...ids)', { ids: measureIds });
    if (asAt) qb.andWhere(`v.period_end <= CAST(:asAt AS date) AND v.created_at < ${londonDayEndSql(':asAt')}`, { asAt });
    const values = await qb.orderBy('v.period_end', 'ASC').getMany();
    for (const v of values) result.set(v.measureId, [...(result.get(v.measureId) ?? []), v]);
    return result;
  }

  private async assertPriorityArea(em: EntityManager, measure: Measure) {
    if (measure.priorityAreaId === null) return;
    const area = await em.findOne(PriorityArea, { where: { id: measure.priorityAreaId } });
    if (!area || area.planId !== measure.planId) throw fieldError('priorityAreaId', 'There is no priority area with this id in this plan');
  }

  /** The distinct action ids, each of an action in the measure's plan. */
  private async assertActions(em: EntityManager, planId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await em.find(Action, { select: { id: true }, where: { id: In(unique), planId } });
    if (found.length !== unique.length) throw fieldError('actionIds', 'Every action must be an action of the same plan as the measure');
    return unique.sort();
  }

  private async assertValuesFitUnit(em: EntityManager, measure: Measure) {
    const values = await em.find(MeasureValue, { where: { measureId: measure.id } });
    const misfit = values.find((v) => checkMeasureFigure(measure.unit, v.value, 'value').length > 0);
    if (misfit) throw fieldError('unit', `The value ${misfit.value} for ${misfit.periodEnd} does not fit this unit; correct it first`);
  }
}

function measureNotFound(id: string) {
  return new NotFoundException({ message: `There is no measure with id ${id}`, errors: [] });
}

async function lockMeasure(em: EntityManager, id: string): Promise<Measure> {
  const measure = await em.findOne(Measure, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!measure) throw measureNotFound(id);
  return measure;
}

/** An action owner enters values only for measures that evidence an action they may edit. */
function assertMayEnterValues(actor: Actor, evidencedActions: MeasureActionRef[]) {
  if (!canEnterMeasureValues(actor, evidencedActions)) {
    throw new ForbiddenException({ message: 'You can only enter values for measures that evidence actions you own', errors: [] });
  }
}

function assertSettings(m: Measure) {
  const violations = checkMeasureSettings(m);
  if (violations.length > 0) throw violationsException(violations);
}

async function assertPeriodFree(em: EntityManager, measureId: string, periodEnd: string) {
  if (await em.exists(MeasureValue, { where: { measureId, periodEnd } })) {
    throw fieldError('periodEnd', `This measure already has a value for ${periodEnd}. Correct that value instead`, 409);
  }
}

