import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainRuleError, summariseCaseAudits, type CaseAuditGrades } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Page, PaginationQueryDto, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { Organisation } from '../organisation/organisation.entity';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { CaseAudit } from './case-audit.entity';
import type { CaseAuditResponse, CaseAuditSummaryResponse } from './case-audit.response';
import { CreateCaseAuditDto, UpdateCaseAuditDto } from './dto/case-audit.dto';

type Named = { id: string; name: string };
type PriorityAreaRef = { id: string; number: number; title: string };

/** Multi-agency case audits of a plan: recorded by its managers, read for their pattern across audits. */
@Injectable()
export class CaseAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async findAudits(planId: string, query: PaginationQueryDto): Promise<Page<CaseAuditResponse>> {
    const em = this.dataSource.manager;
    await this.assertPlan(em, planId);
    const [rows, total] = await em.getRepository(CaseAudit).createQueryBuilder('c')
      .where('c.plan_id = :planId', { planId })
      .orderBy('c.audit_date', 'DESC').addOrderBy('c.reference', 'ASC')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize)
      .getManyAndCount();
    return toPage(await this.responses(em, rows), total, query);
  }

  async getAudit(id: string, em: EntityManager = this.dataSource.manager): Promise<CaseAuditResponse> {
    const row = await em.findOne(CaseAudit, { where: { id } });
    if (!row) throw notFound(id);
    const [response] = await this.responses(em, [row]);
    return response;
  }

  /** Grades by domain across the plan's audits, and the learning themes with how many audits raised each. */
  async summary(planId: string): Promise<CaseAuditSummaryResponse> {
    const em = this.dataSource.manager;
    await this.assertPlan(em, planId);
    const rows = await em.find(CaseAudit, { where: { planId }, select: { id: true, grades: true, learningThemes: true, illustrative: true } });
    return { planId, ...summariseCaseAudits(rows), illustrative: rows.filter((r) => r.illustrative).length };
  }

  async createAudit(planId: string, dto: CreateCaseAuditDto, actor: Actor): Promise<CaseAuditResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.assertPlan(em, planId);
      const auditorOrganisationIds = await this.checkOrganisations(em, dto.auditorOrganisationIds ?? []);
      const priorityAreaIds = await this.checkPriorityAreas(em, planId, dto.priorityAreaIds ?? []);
      const saved = await em.save(em.create(CaseAudit, {
        planId, reference: dto.reference, auditDate: dto.auditDate, auditorOrganisationIds, grades: gradesOf(dto.grades),
        strengths: dto.strengths ?? '', learningThemes: cleanThemes(dto.learningThemes ?? []), priorityAreaIds,
        illustrative: dto.illustrative ?? false, recordedByUserId: actor.id, recordedByLabel: actor.label,
      }));
      await this.audit.record(em, actor, { entityType: 'case_audit', entityId: saved.id, action: 'create', planId, after: auditState(saved) });
      return this.getAudit(saved.id, em);
    });
  }

  async updateAudit(id: string, dto: UpdateCaseAuditDto, actor: Actor): Promise<CaseAuditResponse> {
    return this.dataSource.transaction(async (em) => {
      const row = await em.findOne(CaseAudit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound(id);
      const current = (await this.responses(em, [row]))[0];
      assertCurrentVersion(row, dto.version, () => current);
      const before = auditState(row);
      if (dto.reference !== undefined) row.reference = dto.reference;
      if (dto.auditDate !== undefined) row.auditDate = dto.auditDate;
      if (dto.auditorOrganisationIds !== undefined) row.auditorOrganisationIds = await this.checkOrganisations(em, dto.auditorOrganisationIds);
      if (dto.grades !== undefined) row.grades = gradesOf(dto.grades);
      if (dto.strengths !== undefined) row.strengths = dto.strengths;
      if (dto.learningThemes !== undefined) row.learningThemes = cleanThemes(dto.learningThemes);
      if (dto.priorityAreaIds !== undefined) row.priorityAreaIds = await this.checkPriorityAreas(em, row.planId, dto.priorityAreaIds);
      if (dto.illustrative !== undefined) row.illustrative = dto.illustrative;
      const saved = await em.save(row);
      await this.audit.record(em, actor, { entityType: 'case_audit', entityId: id, action: 'update', planId: row.planId, before, after: auditState(saved) });
      return this.getAudit(id, em);
    });
  }

  /** The organisations named, each once; 400 on the field for one the local area does not have. */
  private async checkOrganisations(em: EntityManager, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return [];
    const found = new Set((await em.createQueryBuilder(Organisation, 'o').select('o.id', 'id').where('o.id IN (:...unique)', { unique }).getRawMany<{ id: string }>()).map((r) => r.id));
    unique.forEach((id) => {
      if (!found.has(id)) throw new DomainRuleError('auditorOrganisationIds', `There is no organisation with id ${id}`);
    });
    return unique;
  }

  /** The priority areas named, each once; 400 on the field for one that is not the plan's. */
  private async checkPriorityAreas(em: EntityManager, planId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return [];
    const found = new Set((await em.createQueryBuilder(PriorityArea, 'p').select('p.id', 'id')
      .where('p.plan_id = :planId', { planId }).andWhere('p.id IN (:...unique)', { unique }).getRawMany<{ id: string }>()).map((r) => r.id));
    unique.forEach((id) => {
      if (!found.has(id)) throw new DomainRuleError('priorityAreaIds', `There is no priority area with id ${id} in this plan`);
    });
    return unique;
  }

  private async responses(em: EntityManager, rows: CaseAudit[]): Promise<CaseAuditResponse[]> {
    const orgIds = [...new Set(rows.flatMap((r) => r.auditorOrganisationIds))];
    const areaIds = [...new Set(rows.flatMap((r) => r.priorityAreaIds))];
    const orgs = new Map<string, Named>(orgIds.length === 0 ? [] : (await em.createQueryBuilder(Organisation, 'o')
      .select(['o.id', 'o.name']).where('o.id IN (:...orgIds)', { orgIds }).getMany()).map((o) => [o.id, { id: o.id, name: o.name }]));
    const areas = new Map<string, PriorityAreaRef>(areaIds.length === 0 ? [] : (await em.createQueryBuilder(PriorityArea, 'p')
      .select(['p.id', 'p.number', 'p.title']).where('p.id IN (:...areaIds)', { areaIds }).getMany()).map((p) => [p.id, { id: p.id, number: p.number, title: p.title }]));
    return rows.map((r) => ({
      id: r.id,
      planId: r.planId,
      reference: r.reference,
      auditDate: r.auditDate,
      auditorOrganisations: r.auditorOrganisationIds.map((id) => orgs.get(id)).filter((o): o is Named => !!o),
      grades: r.grades,
      strengths: r.strengths,
      learningThemes: r.learningThemes,
      priorityAreas: r.priorityAreaIds.map((id) => areas.get(id)).filter((p): p is PriorityAreaRef => !!p).sort((a, b) => a.number - b.number),
      illustrative: r.illustrative,
      recordedBy: { id: r.recordedByUserId, label: r.recordedByLabel },
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    }));
  }

  private async assertPlan(em: EntityManager, planId: string) {
    if (!(await em.exists(Plan, { where: { id: planId } }))) {
      throw new NotFoundException({ message: `There is no plan with id ${planId}`, errors: [] });
    }
  }
}

/** The grades in the domains' order, and nothing else. */
function gradesOf(dto: CaseAuditGrades): CaseAuditGrades {
  return {
    identification_of_need: dto.identification_of_need, assessment: dto.assessment, quality_of_ehc_plan: dto.quality_of_ehc_plan,
    childs_voice: dto.childs_voice, multi_agency_working: dto.multi_agency_working, outcomes: dto.outcomes,
  };
}

function cleanThemes(themes: string[]): string[] {
  return themes.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

function auditState(row: CaseAudit) {
  return {
    reference: row.reference, auditDate: row.auditDate, auditorOrganisationIds: row.auditorOrganisationIds, grades: row.grades,
    strengths: row.strengths, learningThemes: row.learningThemes, priorityAreaIds: row.priorityAreaIds, illustrative: row.illustrative,
  };
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no case audit with id ${id}`, errors: [] });
}
