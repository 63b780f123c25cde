import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayIso } from '@send/domain';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { queryPrepared } from '../db/prepared-query';
import { Page, PaginationQueryDto, toPage } from '../common/pagination.dto';
import { CreatePlanDto } from './dto/create-plan.dto';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { Plan } from './plan.entity';
import { MISSED_DEADLINES_SQL, MissedDeadlineRow, PLAN_EXISTS_SQL, PlanChanges, STATUS_CHANGES_SQL, StatusChangeRow, toPlanChanges } from './plan-changes';
import { PlanSummary, SUMMARY_SQL, SummaryRow, toPlanSummary } from './plan-summary';
import type { Shared } from '../common/shared-answer';
import { PlanReadCache } from './plan-read-cache';
import { PlanDetailResponse, PlanResponse, toPlanDetailResponse, toPlanResponse } from './plan.response';

@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly answers: PlanReadCache,
  ) {}

  async createPlan(dto: CreatePlanDto, actor: Actor): Promise<PlanResponse> {
    return this.dataSource.transaction(async (em) => {
      if (await em.exists(Plan, { where: { slug: dto.slug } })) throw fieldError('slug', 'Another plan already has this slug', 409);
      const plan = await em.save(em.create(Plan, {
        ...dto, description: dto.description ?? '', inspectionDate: dto.inspectionDate ?? null,
        startDate: dto.startDate ?? null, endDate: dto.endDate ?? null, archivedAt: null,
      }));
      const after = toPlanResponse(plan);
      await this.audit.record(em, actor, { entityType: 'plan', entityId: plan.id, action: 'create', planId: plan.id, after });
      return after;
    });
  }

  async findPlans(query: PaginationQueryDto): Promise<Page<PlanResponse>> {
    const [plans, total] = await this.dataSource.getRepository(Plan).findAndCount({
      // The local area's own plans: a school's plan is read through its school.
      where: { archivedAt: IsNull(), schoolId: IsNull() },
      order: { title: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return toPage(plans.map(toPlanResponse), total, query);
  }

  async getPlan(id: string): Promise<PlanDetailResponse> {
    const plan = await this.findPlanOrFail(id);
    const areas = await this.dataSource.getRepository(PriorityArea).find({
      where: { planId: id },
      relations: { leadPerson: true, deliveryGroup: true },
      order: { number: 'ASC' },
    });
    return toPlanDetailResponse(plan, areas);
  }

  /** Headline figures now, or as they stood at the end of `asAt` (Europe/London), rebuilt from the status history. */
  async getSummary(id: string, asAt?: string): Promise<Shared<PlanSummary>> {
    const day = asAt ?? todayIso();
    const source = asAt ? 'asAt' : 'current';
    // The figures as this process last read them, while no write to the plan has been announced since.
    return this.answers.read(id, `summary|${source}|${day}`, async () => {
      // One statement, prepared once per connection, that also says whether the plan exists.
      const rows = await queryPrepared<SummaryRow>(this.dataSource, `plan-summary-${source}`, SUMMARY_SQL[source], [id, day]);
      if (rows.length === 0) throw planNotFound(id);
      return toPlanSummary(id, day, rows);
    });
  }

  /** What changed between the end of `from` and the end of `to`: status moves, new actions, completions, missed deadlines. */
  async getChanges(id: string, from: string, to: string): Promise<Shared<PlanChanges>> {
    if (from > to) throw fieldError('to', 'to must be on or after from');
    return this.answers.read(id, `changes|${from}|${to}`, async () => {
      // Prepared: PostgreSQL plans these once per connection (planning costs more than running them).
      const [found, changes, missed] = await Promise.all([
        queryPrepared<{ found: boolean }>(this.dataSource, 'plan-exists', PLAN_EXISTS_SQL, [id]),
        queryPrepared<StatusChangeRow>(this.dataSource, 'plan-status-changes', STATUS_CHANGES_SQL, [id, from, to]),
        queryPrepared<MissedDeadlineRow>(this.dataSource, 'plan-missed-deadlines', MISSED_DEADLINES_SQL, [id, from, to]),
      ]);
      if (!found[0]?.found) throw planNotFound(id);
      return toPlanChanges(id, from, to, changes, missed);
    }, (answer) => answer.statusChanges.length + answer.missedDeadlines.length);
  }

  async findPlanOrFail(id: string): Promise<Plan> {
    const plan = await this.dataSource.getRepository(Plan).findOne({ where: { id } });
    if (!plan) throw planNotFound(id);
    return plan;
  }
}

const planNotFound = (id: string) => new NotFoundException({ message: `There is no plan with id ${id}`, errors: [] });
