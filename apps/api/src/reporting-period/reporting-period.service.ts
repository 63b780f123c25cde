import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertNoViolations, boardPeriodTitle, checkPeriodMeeting, currentPeriod, dayNumberToIsoDate, isoDateToDayNumber, lastDeadlineFor, todayIso,
} from '@send/domain';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { Meeting } from '../governance/meeting.entity';
import { assertManagesPlanCalendar } from '../plan/plan-calendar';
import { PlanService } from '../plan/plan.service';
import { CreateReportingPeriodDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { findBoardMeeting, followMeeting } from './period-meeting';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodList, ReportingPeriodResponse, toPeriodAuditState, toReportingPeriodResponse } from './reporting-period.response';

@Injectable()
export class ReportingPeriodService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
  ) {}

  /** Every period of the plan in board order, each with its meeting, saying whether it is open and which one is current. */
  async findPeriods(planId: string): Promise<ReportingPeriodList> {
    await this.plans.findPlanOrFail(planId);
    const periods = await this.periodsOf(this.dataSource.manager, planId);
    const meetings = await this.meetingsOf(this.dataSource.manager, periods);
    const today = todayIso();
    const current = currentPeriod(periods, today);
    return {
      items: periods.map((p) => toReportingPeriodResponse(p, today, current?.id ?? null, meetings.get(p.meetingId))),
      currentPeriodId: current?.id ?? null,
    };
  }

  /** A period for a meeting of the Improvement Board: its board date is the meeting's date. */
  async createPeriod(planId: string, dto: CreateReportingPeriodDto, actor: Actor): Promise<ReportingPeriodResponse> {
    await this.plans.findPlanOrFail(planId);
    return this.dataSource.transaction(async (em) => {
      await assertManagesPlanCalendar(em, actor, planId, 'readPlan', () => new NotFoundException({ message: `There is no plan with id ${planId}`, errors: [] }));
      return this.createPeriodIn(em, planId, dto, actor);
    });
  }

  /** Creates a period in the caller's transaction (with its audit record), for a plan known to exist. */
  async createPeriodIn(em: EntityManager, planId: string, dto: CreateReportingPeriodDto, actor: Actor) {
    const meeting = await findBoardMeeting(em, planId, dto.meetingId);
    await this.assertMeetingFree(em, planId, meeting);
    const opensOn = dto.opensOn ?? (await this.dayAfterPreviousBoard(em, planId, meeting.meetingDate));
    const updateDeadline = dto.updateDeadline ?? lastDeadlineFor(meeting);
    assertNoViolations(checkPeriodMeeting({ opensOn, updateDeadline }, meeting));
    const saved = await em.save(em.create(ReportingPeriod, {
      planId, meetingId: meeting.id, title: dto.title ?? boardPeriodTitle(meeting.meetingDate), opensOn, updateDeadline, boardDate: meeting.meetingDate,
    }));
    await this.audit.record(em, actor, { entityType: 'reporting_period', entityId: saved.id, action: 'create', planId, after: toPeriodAuditState(saved) });
    return toReportingPeriodResponse(saved, todayIso(), null, meeting);
  }

  async updatePeriod(planId: string, id: string, dto: UpdateReportingPeriodDto, actor: Actor): Promise<ReportingPeriodResponse> {
    return this.dataSource.transaction(async (em) => {
      const period = await em.findOne(ReportingPeriod, { where: { id, planId }, lock: { mode: 'pessimistic_write' } });
      if (!period) throw notFound(id);
      await assertManagesPlanCalendar(em, actor, planId, 'readPlan', () => notFound(id));
      assertCurrentVersion(period, dto.version, () => toReportingPeriodResponse(period, todayIso(), null));
      const before = toPeriodAuditState(period);
      let meeting = await em.findOneOrFail(Meeting, { where: { id: period.meetingId } });
      if (dto.meetingId !== undefined && dto.meetingId !== period.meetingId) {
        const other = await findBoardMeeting(em, planId, dto.meetingId);
        await this.assertMeetingFree(em, planId, other);
        followMeeting(period, meeting, other);
        period.meetingId = other.id;
        meeting = other;
      }
      if (dto.title !== undefined) period.title = dto.title;
      if (dto.opensOn !== undefined) period.opensOn = dto.opensOn;
      if (dto.updateDeadline !== undefined) period.updateDeadline = dto.updateDeadline;
      assertNoViolations(checkPeriodMeeting(period, meeting));
      const { meeting: _m, ...columns } = period;
      const saved = await em.save(ReportingPeriod, columns as ReportingPeriod);
      await this.audit.record(em, actor, { entityType: 'reporting_period', entityId: id, action: 'update', planId, before, after: toPeriodAuditState(saved) });
      return toReportingPeriodResponse(saved, todayIso(), null, meeting);
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

  private async meetingsOf(em: EntityManager, periods: ReportingPeriod[]): Promise<Map<string, Meeting>> {
    if (periods.length === 0) return new Map();
    const meetings = await em.find(Meeting, { where: { id: In(periods.map((p) => p.meetingId)) } });
    return new Map(meetings.map((m) => [m.id, m]));
  }

  /** One period per meeting, and one per board date in a plan. */
  private async assertMeetingFree(em: EntityManager, planId: string, meeting: Meeting) {
    if (await em.exists(ReportingPeriod, { where: { meetingId: meeting.id } })) {
      throw fieldError('meetingId', 'This meeting already has a reporting period', 409);
    }
    if (await em.exists(ReportingPeriod, { where: { planId, boardDate: meeting.meetingDate } })) {
      throw fieldError('meetingId', 'This plan already has a reporting period for a board on this date', 409);
    }
  }

  /** The usual opening day: the day after the plan's previous board. */
  private async dayAfterPreviousBoard(em: EntityManager, planId: string, boardDate: string): Promise<string> {
    const previous = await em.findOne(ReportingPeriod, { where: { planId, boardDate: LessThan(boardDate) }, order: { boardDate: 'DESC' } });
    if (!previous) throw fieldError('opensOn', 'Give the day the period opens: this plan has no earlier period for it to follow');
    return dayNumberToIsoDate(isoDateToDayNumber(previous.boardDate) + 1);
  }
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no reporting period with id ${id} in this plan`, errors: [] });
}
