import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertNoViolations, boardPeriodTitle, checkPeriodDates, currentPeriod, todayIso } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { PlanService } from '../plan/plan.service';
import { CreateReportingPeriodDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { ReportingPeriod } from './reporting-period.entity';
import { toReportingPeriodResponse } from './reporting-period.response';

@Injectable()
export class ReportingPeriodService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
  ) {}

  /** Every period of the plan in board order, each saying whether it is open and which one is current. */
  async findPeriods(planId: string) {
    await this.plans.findPlanOrFail(planId);
    const periods = await this.periodsOf(this.dataSource.manager, planId);
    const today = todayIso();
    const current = currentPeriod(periods, today);
    return { items: periods.map((p) => toReportingPeriodResponse(p, today, current?.id ?? null)), currentPeriodId: current?.id ?? null };
  }

  async createPeriod(planId: string, dto: CreateReportingPeriodDto, actor: Actor) {
    await this.plans.findPlanOrFail(planId);
    return this.dataSource.transaction(async (em) => {
      assertNoViolations(checkPeriodDates(dto));
      await this.assertBoardDateFree(em, planId, dto.boardDate);
      const saved = await em.save(em.create(ReportingPeriod, {
        planId, title: dto.title ?? boardPeriodTitle(dto.boardDate), opensOn: dto.opensOn, updateDeadline: dto.updateDeadline, boardDate: dto.boardDate,
      }));
      const after = toReportingPeriodResponse(saved, todayIso(), null);
      await this.audit.record(em, actor, { entityType: 'reporting_period', entityId: saved.id, action: 'create', planId, after: auditState(saved) });
      return after;
    });
  }

  async updatePeriod(planId: string, id: string, dto: UpdateReportingPeriodDto, actor: Actor) {
    return this.dataSource.transaction(async (em) => {
      const period = await em.findOne(ReportingPeriod, { where: { id, planId }, lock: { mode: 'pessimistic_write' } });
      if (!period) throw notFound(id);
      assertCurrentVersion(period, dto.version, () => toReportingPeriodResponse(period, todayIso(), null));
      const before = auditState(period);
      if (dto.boardDate !== undefined && dto.boardDate !== period.boardDate) {
        await this.assertBoardDateFree(em, planId, dto.boardDate);
        // A title that followed the board date keeps following it.
        if (dto.title === undefined && period.title === boardPeriodTitle(period.boardDate)) period.title = boardPeriodTitle(dto.boardDate);
        period.boardDate = dto.boardDate;
      }
      if (dto.title !== undefined) period.title = dto.title;
      if (dto.opensOn !== undefined) period.opensOn = dto.opensOn;
      if (dto.updateDeadline !== undefined) period.updateDeadline = dto.updateDeadline;
      assertNoViolations(checkPeriodDates(period));
      const saved = await em.save(period);
      await this.audit.record(em, actor, { entityType: 'reporting_period', entityId: id, action: 'update', planId, before, after: auditState(saved) });
      return toReportingPeriodResponse(saved, todayIso(), null);
    });
  }

  /** The plan's periods in board order (the order staleness counts them in). */
  periodsOf(em: EntityManager, planId: string): Promise<ReportingPeriod[]> {
    return em.find(ReportingPeriod, { where: { planId }, order: { boardDate: 'ASC', opensOn: 'ASC' } });
  }

  /** The period owners report for today, or null when none is open. */
  async findCurrentPeriod(em: EntityManager, planId: string, today = todayIso()): Promise<ReportingPeriod | null> {
    return currentPeriod(await this.periodsOf(em, planId), today);
  }

  /** A period of this plan, or 404 (a period of another plan is as unknown as a missing one). */
  async findPeriodOrFail(em: EntityManager, planId: string, id: string): Promise<ReportingPeriod> {
    const period = await em.findOne(ReportingPeriod, { where: { id, planId } });
    if (!period) throw notFound(id);
    return period;
  }

  /** A period of this plan, or null. */
  findPeriod(em: EntityManager, planId: string, id: string): Promise<ReportingPeriod | null> {
    return em.findOne(ReportingPeriod, { where: { id, planId } });
  }

  private async assertBoardDateFree(em: EntityManager, planId: string, boardDate: string) {
    if (await em.exists(ReportingPeriod, { where: { planId, boardDate } })) {
      throw fieldError('boardDate', 'This plan already has a reporting period for a board on this date', 409);
    }
  }
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no reporting period with id ${id} in this plan`, errors: [] });
}

function auditState(p: ReportingPeriod) {
  return { title: p.title, opensOn: p.opensOn, updateDeadline: p.updateDeadline, boardDate: p.boardDate, version: p.version };
}
