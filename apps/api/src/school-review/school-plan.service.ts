import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DELIVERY_STATUS_INFO, EXPECTATION_RATING_LABELS, IMPACT_STATUS_LABELS, isOverdue, termlyMeetings, todayIso } from '@send/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Action } from '../action/action.entity';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { Evidence } from '../evidence/evidence.entity';
import { GovernanceBody } from '../governance/governance-body.entity';
import { Meeting } from '../governance/meeting.entity';
import { MeetingService } from '../governance/meeting.service';
import { EvidenceService } from '../evidence/evidence.service';
import type { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import type { EvidenceResponse } from '../evidence/evidence.response';
import { Organisation } from '../organisation/organisation.entity';
import { Plan } from '../plan/plan.entity';
import { toPlanResponse } from '../plan/plan.response';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import type { PaginationQueryDto } from '../common/pagination.dto';
import { StatusUpdateService } from '../status-update/status-update.service';
import { CreateSchoolActionDto, CreateSchoolPlanDto, UpdateSchoolActionDto } from './dto/school-plan.dto';
import type { SchoolGoverningBoard, SchoolPlanEvidence, SchoolPlanResponse } from './school-review.response';
import { GOVERNING_BOARD_KEY, startGoverningBoard } from './school-governing-board';
import { SchoolReviewService } from './school-review.service';
import { School, SchoolAudit, SchoolSelfReview } from './school.entity';

const toSchoolPlanEvidence = (e: Evidence): SchoolPlanEvidence => ({
  id: e.id, type: e.type, title: e.title, description: e.description, date: e.evidenceDate, demonstratesImpact: e.demonstratesImpact,
  url: e.url, illustrative: e.illustrative,
});

/**
 * A school's own SEND improvement plan: the local area's plan model (priorities, actions, their
 * statuses and evidence) owned by the school. Its SENCO reads and keeps it; the local authority's
 * school reviewers read every school's. Another school's plan is not found.
 */
@Injectable()
export class SchoolPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reviews: SchoolReviewService,
    private readonly actions: ActionService,
    private readonly evidence: EvidenceService,
    private readonly meetings: MeetingService,
    private readonly periods: ReportingPeriodService,
    private readonly updates: StatusUpdateService,
  ) {}

  async getSchoolPlan(schoolId: string, actor: Actor): Promise<SchoolPlanResponse> {
    const school = await this.reviews.schoolInSight(schoolId, actor);
    const plan = await this.planOf(this.dataSource.manager, school);
    return this.view(school, plan);
  }

  async createSchoolPlan(schoolId: string, dto: CreateSchoolPlanDto, actor: Actor): Promise<SchoolPlanResponse> {
    const school = await this.reviews.schoolInSight(schoolId, actor);
    const planId = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT id FROM school WHERE id = $1 FOR UPDATE', [school.id]);
      if (await em.exists(Plan, { where: { schoolId: school.id, archivedAt: IsNull() } })) throw fieldError('title', `${school.name} already has an improvement plan`, 409);
      // A school whose earlier plans were archived starts another: each keeps a slug of its own.
      const earlier = await em.count(Plan, { where: { schoolId: school.id } });
      if (dto.startDate && dto.endDate && dto.endDate < dto.startDate) throw fieldError('endDate', 'The end date must be on or after the start date');
      const plan = await em.save(em.create(Plan, {
        slug: earlier ? `school-${school.urn}-${earlier + 1}` : `school-${school.urn}`, title: dto.title, localArea: school.name, description: dto.description ?? '',
        inspectionDate: null, startDate: dto.startDate ?? null, endDate: dto.endDate ?? null, archivedAt: null, schoolId: school.id,
      }));
      await this.ensureOrganisation(em, school, actor);
      const priorities = await em.save(dto.priorities.map((p, i) => em.create(PriorityArea, {
        planId: plan.id, number: i + 1, title: p.title, aim: p.aim ?? '', progressNarrative: '', leadPersonId: null, deliveryGroupId: null,
      })));
      await this.audit.record(em, actor, {
        entityType: 'plan', entityId: plan.id, action: 'create', planId: plan.id,
        after: { ...toPlanResponse(plan), schoolId: school.id, priorities: priorities.map((p) => ({ number: p.number, title: p.title })) },
      });
      // The plan reports to the school's governing board once a term, as the local area's reports to its board.
      await startGoverningBoard(em, plan.id, termlyMeetings(todayIso()), { meetings: this.meetings, periods: this.periods }, actor);
      return plan.id;
    });
    return this.view(school, await this.dataSource.manager.findOneOrFail(Plan, { where: { id: planId } }));
  }

  async addAction(schoolId: string, dto: CreateSchoolActionDto, actor: Actor): Promise<SchoolPlanResponse> {
    const school = await this.reviews.schoolInSight(schoolId, actor);
    const plan = await this.planOf(this.dataSource.manager, school);
    const area = await this.dataSource.manager.findOne(PriorityArea, { where: { planId: plan.id, number: dto.priorityNumber } });
    if (!area) throw fieldError('priorityNumber', `The plan has no priority ${dto.priorityNumber}`);
    if (dto.startDate && dto.dueDate && dto.dueDate < dto.startDate) throw fieldError('dueDate', 'The due date must be on or after the start date');
    const count = await this.dataSource.manager.count(Action, { where: { priorityAreaId: area.id } });
    const organisation = await this.organisationOf(school);
    await this.actions.createAction({
      priorityAreaId: area.id, reference: `${area.number}.${count + 1}`, title: dto.title, description: dto.description,
      ownerOrganisationId: organisation.id, startDate: dto.startDate ?? null, dueDate: dto.dueDate ?? null,
    }, actor);
    return this.getSchoolPlan(schoolId, actor);
  }

  async updateAction(schoolId: string, actionId: string, dto: UpdateSchoolActionDto, actor: Actor): Promise<SchoolPlanResponse> {
    await this.actionOfSchool(schoolId, actionId, actor);
    await this.actions.updateAction(actionId, dto, actor);
    return this.getSchoolPlan(schoolId, actor);
  }

  async addEvidence(schoolId: string, actionId: string, dto: CreateEvidenceDto, actor: Actor): Promise<EvidenceResponse> {
    await this.actionOfSchool(schoolId, actionId, actor);
    return this.evidence.addEvidence(actionId, { dto, file: null }, actor);
  }

  /**
   * An action's status updates, newest period first, with who did what and moderators' comments:
   * drafts and returned ones too for those who keep the plan (its SENCO) and moderate it.
   */
  async actionUpdates(schoolId: string, actionId: string, query: PaginationQueryDto, actor: Actor) {
    await this.actionOfSchool(schoolId, actionId, actor);
    return this.updates.findActionUpdates(actionId, query, actor);
  }

  /** What the governors' report is made of: the plan, the school's latest audit and self-review. */
  async governorsReport(schoolId: string, actor: Actor): Promise<GovernorsReportView> {
    const school = await this.reviews.schoolInSight(schoolId, actor);
    const plan = await this.view(school, await this.planOf(this.dataSource.manager, school));
    const latestAudit = await this.dataSource.manager.findOne(SchoolAudit, { where: { schoolId, state: 'published' }, order: { visitDate: 'DESC' } });
    const audit = latestAudit ? await this.reviews.getAudit(latestAudit.id, actor) : null;
    const latestSelf = await this.dataSource.manager.findOne(SchoolSelfReview, { where: { schoolId }, order: { academicYear: 'DESC' } });
    const selfReview = latestSelf ? await this.reviews.getSelfReview(latestSelf.id, actor) : null;
    return {
      plan, generatedOn: todayIso(),
      audit: audit && {
        visitDate: audit.visitDate, auditors: audit.auditors, counts: audit.counts, strengths: audit.strengths, findings: audit.findings, nextSteps: audit.nextSteps,
      },
      selfReview: selfReview && {
        academicYear: selfReview.academicYear, state: selfReview.state, summary: selfReview.summary, counts: selfReview.counts, unrated: selfReview.unrated,
      },
    };
  }

  private async actionOfSchool(schoolId: string, actionId: string, actor: Actor): Promise<Action> {
    const school = await this.reviews.schoolInSight(schoolId, actor);
    const plan = await this.planOf(this.dataSource.manager, school);
    const action = await this.dataSource.manager.findOne(Action, { where: { id: actionId, planId: plan.id } });
    if (!action) throw new NotFoundException({ message: `There is no action with id ${actionId} in ${school.name}'s plan`, errors: [] });
    return action;
  }

  private async planOf(em: EntityManager, school: School): Promise<Plan> {
    const plan = await em.findOne(Plan, { where: { schoolId: school.id, archivedAt: IsNull() } });
    if (!plan) throw new NotFoundException({ message: `${school.name} has no improvement plan yet`, errors: [] });
    return plan;
  }

  /** The school as an organisation, to own its plan's actions: made with the plan. */
  private async ensureOrganisation(em: EntityManager, school: School, actor: Actor): Promise<void> {
    const key = `school-${school.urn}`;
    const inserted = await em.createQueryBuilder().insert().into(Organisation).values({ key, name: school.name, kind: 'school' }).orIgnore().returning('id').execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) await this.audit.record(em, actor, { entityType: 'organisation', entityId: id, action: 'create', after: { key, name: school.name, kind: 'school' } });
  }

  private async organisationOf(school: School): Promise<Organisation> {
    return this.dataSource.manager.findOneOrFail(Organisation, { where: { key: `school-${school.urn}` } });
  }

  private async view(school: School, plan: Plan): Promise<SchoolPlanResponse> {
    const today = todayIso();
    const areas = await this.dataSource.manager.find(PriorityArea, { where: { planId: plan.id }, order: { number: 'ASC' } });
    const actions = await this.dataSource.manager.find(Action, { where: { planId: plan.id, archivedAt: IsNull() }, order: { reference: 'ASC' } });
    const evidence = await this.dataSource.manager.createQueryBuilder(Evidence, 'e')
      .where('e.action_id IN (SELECT id FROM action WHERE plan_id = :plan)', { plan: plan.id }).andWhere('e.archived_at IS NULL')
      .orderBy('e.evidence_date', 'ASC', 'NULLS LAST').getMany();
    const governingBoard = await this.governingBoardOf(plan.id);
    return {
      id: plan.id, title: plan.title, description: plan.description, startDate: plan.startDate, endDate: plan.endDate, version: plan.version,
      school: { id: school.id, name: school.name, phase: school.phase, urn: school.urn, sencoName: school.sencoName, illustrative: school.illustrative },
      priorities: areas.map((area) => ({
        id: area.id, number: area.number, title: area.title, aim: area.aim,
        actions: actions.filter((a) => a.priorityAreaId === area.id).sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true })).map((a) => ({
          id: a.id, reference: a.reference, title: a.title, description: a.description, startDate: a.startDate, dueDate: a.dueDate,
          deliveryStatus: a.deliveryStatus, deliveryStatusLabel: DELIVERY_STATUS_INFO[a.deliveryStatus].label,
          impactStatus: a.impactStatus, impactStatusLabel: IMPACT_STATUS_LABELS[a.impactStatus],
          overdue: isOverdue(a, today), version: a.version,
          evidence: evidence.filter((e) => e.actionId === a.id).map(toSchoolPlanEvidence),
        })),
      })),
      governingBoard,
    };
  }

  /** The plan's governing board with its meetings by date, each with the period that ends in it; null when the plan has none. */
  private async governingBoardOf(planId: string): Promise<SchoolGoverningBoard | null> {
    const body = await this.dataSource.manager.findOne(GovernanceBody, { where: { planId, key: GOVERNING_BOARD_KEY } });
    if (!body) return null;
    const [meetings, periods] = await Promise.all([
      this.dataSource.manager.find(Meeting, { where: { bodyId: body.id }, order: { meetingDate: 'ASC', cutOffAt: 'ASC' } }),
      this.dataSource.manager.find(ReportingPeriod, { where: { planId } }),
    ]);
    return {
      id: body.id, name: body.name,
      meetings: meetings.map((m) => {
        const period = periods.find((p) => p.meetingId === m.id);
        return {
          id: m.id, title: m.title, meetingDate: m.meetingDate, location: m.location, version: m.version,
          period: period ? { id: period.id, title: period.title, opensOn: period.opensOn, updateDeadline: period.updateDeadline, version: period.version } : null,
        };
      }),
    };
  }
}

export type SchoolPlanView = SchoolPlanResponse;

export interface GovernorsReportView {
  plan: SchoolPlanView;
  generatedOn: string;
  audit: { visitDate: string; auditors: string[]; counts: Record<keyof typeof EXPECTATION_RATING_LABELS, number>; strengths: string[]; findings: { theme: string; text: string }[]; nextSteps: { theme: string; text: string }[] } | null;
  selfReview: { academicYear: number; state: string; summary: string | null; counts: Record<keyof typeof EXPECTATION_RATING_LABELS, number>; unrated: number } | null;
}
