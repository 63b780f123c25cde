import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertNoViolations, checkMeetingCutOff, checkPeriodMeeting, defaultCutOff, DomainRuleError, englandInstant, GOVERNANCE_BODY_KINDS, type PeriodMeeting, todayIso,
} from '@send/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { Page, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { Plan } from '../plan/plan.entity';
import { assertManagesPlanCalendar } from '../plan/plan-calendar';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { followMeeting, REPORTING_BODY_KIND } from '../reporting-period/period-meeting';
import { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import { toPeriodAuditState, toPeriodSummary } from '../reporting-period/reporting-period.response';
import { Decision } from './decision.entity';
import { CreateGovernanceBodyDto, CreateMeetingDto, GovernanceBodyQueryDto, MeetingQueryDto, UpdateMeetingDto } from './dto/meeting.dto';
import { GovernanceBody } from './governance-body.entity';
import {
  GovernanceBodyList, GovernanceBodyResponse, MeetingDetailResponse, MeetingResponse, toGovernanceBodyResponse, toMeetingAuditState, toMeetingRef, toMeetingResponse,
} from './governance.response';
import { Meeting } from './meeting.entity';

/** The condition for rows (of the table aliased `alias`) of the local area's own plans, not of a school's plan: lists asked for no plan show only these. */
export const LOCAL_AREA_PLANS = (alias: string) => `${alias}.plan_id IN (SELECT id FROM plan WHERE school_id IS NULL)`;

type MeetingRow = { id: string; body_id: string; title: string; meeting_date: string };

/** Governance bodies and their meetings. */
@Injectable()
export class MeetingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async findBodies(query: GovernanceBodyQueryDto): Promise<GovernanceBodyList> {
    // Without a plan, the local area's own bodies: a school's plan's governing board is the school's (its plan names it).
    const bodies = await this.dataSource.getRepository(GovernanceBody).find({
      where: query.planId ? { planId: query.planId } : { plan: { schoolId: IsNull() } },
      // Its plan says whether it is a school's governing board.
      relations: { plan: true },
    });
    bodies.sort((a, b) => GOVERNANCE_BODY_KINDS.indexOf(a.kind) - GOVERNANCE_BODY_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
    const ids = bodies.map((b) => b.id);
    if (ids.length === 0) return { items: [], total: 0 };
    const today = todayIso();
    const [areas, counts, last, next] = await Promise.all([
      this.dataSource.getRepository(PriorityArea).find({ where: { deliveryGroupId: In(ids) }, order: { number: 'ASC' } }),
      this.dataSource.query<{ body_id: string; n: number }[]>(`SELECT body_id, count(*)::int AS n FROM meeting WHERE body_id = ANY($1) GROUP BY body_id`, [ids]),
      this.dataSource.query<MeetingRow[]>(
        `SELECT DISTINCT ON (body_id) id, body_id, title, meeting_date::text FROM meeting WHERE body_id = ANY($1) AND meeting_date < $2 ORDER BY body_id, meeting_date DESC, cut_off_at DESC`,
        [ids, today],
      ),
      this.dataSource.query<MeetingRow[]>(
        `SELECT DISTINCT ON (body_id) id, body_id, title, meeting_date::text FROM meeting WHERE body_id = ANY($1) AND meeting_date >= $2 ORDER BY body_id, meeting_date ASC, cut_off_at ASC`,
        [ids, today],
      ),
    ]);
    const asMeeting = (r: MeetingRow | undefined) => (r ? ({ id: r.id, title: r.title, meetingDate: r.meeting_date } as Meeting) : null);
    const items = bodies.map((b) => toGovernanceBodyResponse(b, {
      schoolPlan: !!b.plan?.schoolId,
      priorityAreas: areas.filter((a) => a.deliveryGroupId === b.id),
      meetingCount: counts.find((c) => c.body_id === b.id)?.n ?? 0,
      lastMeeting: asMeeting(last.find((r) => r.body_id === b.id)),
      nextMeeting: asMeeting(next.find((r) => r.body_id === b.id)),
    }));
    return { items, total: items.length };
  }

  async createBody(dto: CreateGovernanceBodyDto, actor: Actor): Promise<GovernanceBodyResponse> {
    const id = await this.dataSource.transaction((em) => this.createBodyIn(em, dto, actor));
    const planId = dto.planId;
    return (await this.findBodies({ planId })).items.find((b) => b.id === id)!;
  }

  /** Creates a body in the caller's transaction (with its audit record); answers its id. */
  async createBodyIn(em: EntityManager, dto: CreateGovernanceBodyDto, actor: Actor): Promise<string> {
    if (!(await em.exists(Plan, { where: { id: dto.planId } }))) throw fieldError('planId', 'There is no plan with this id');
    const key = dto.key ?? slugOf(dto.name);
    if (await em.exists(GovernanceBody, { where: { planId: dto.planId, key } })) {
      throw fieldError(dto.key ? 'key' : 'name', 'Another governance body of this plan already has this key', 409);
    }
    const saved = await em.save(em.create(GovernanceBody, {
      planId: dto.planId, key, name: dto.name, kind: dto.kind, chair: dto.chair ?? '', cadence: dto.cadence ?? '',
    }));
    await this.audit.record(em, actor, {
      entityType: 'governance_body', entityId: saved.id, action: 'create', planId: dto.planId,
      after: { key, name: saved.name, kind: saved.kind, chair: saved.chair, cadence: saved.cadence },
    });
    return saved.id;
  }

  async findMeetings(query: MeetingQueryDto): Promise<Page<MeetingResponse>> {
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    const qb = this.dataSource.getRepository(Meeting).createQueryBuilder('m').innerJoinAndSelect('m.body', 'b');
    if (query.planId) qb.andWhere('m.plan_id = :planId', { planId: query.planId });
    else qb.andWhere(LOCAL_AREA_PLANS('m'));
    if (query.bodyId) qb.andWhere('m.body_id = :bodyId', { bodyId: query.bodyId });
    if (query.from) qb.andWhere('m.meeting_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('m.meeting_date <= :to', { to: query.to });
    qb.orderBy('m.meeting_date', direction).addOrderBy('m.cut_off_at', direction).addOrderBy('b.name', 'ASC')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    const [meetings, total] = await qb.getManyAndCount();
    const areas = await this.areasOfPlans([...new Set(meetings.map((m) => m.planId))]);
    return toPage(meetings.map((m) => toMeetingResponse(m, m.body as GovernanceBody, areas.get(m.planId) ?? [])), total, query);
  }

  /** A meeting with its body, the body's previous and next meetings, and its decisions counted. */
  async getMeeting(id: string): Promise<MeetingDetailResponse> {
    const meeting = await this.findMeetingOrFail(id);
    const [areas, previous, next, decisions, period] = await Promise.all([
      this.areasOfPlans([meeting.planId]),
      this.findPreviousMeeting(meeting),
      this.findNextMeeting(meeting),
      this.dataSource.getRepository(Decision).find({ where: { meetingId: id }, select: { id: true, status: true } }),
      this.dataSource.getRepository(ReportingPeriod).findOne({ where: { meetingId: id } }),
    ]);
    return {
      ...toMeetingResponse(meeting, meeting.body, areas.get(meeting.planId) ?? []),
      body: { id: meeting.body.id, name: meeting.body.name, kind: meeting.body.kind, chair: meeting.body.chair },
      previousMeeting: previous ? toMeetingRef(previous) : null,
      nextMeeting: next ? toMeetingRef(next) : null,
      decisions: { open: decisions.filter((d) => d.status === 'open').length, closed: decisions.filter((d) => d.status === 'closed').length },
      // The reporting period that ends in this meeting, when it is a board the plan reports to.
      reportingPeriod: period ? toPeriodSummary(period) : null,
    };
  }

  async createMeeting(dto: CreateMeetingDto, actor: Actor): Promise<MeetingDetailResponse> {
    const id = await this.dataSource.transaction(async (em) => {
      // A body of a plan whose calendar the user does not keep is as unknown as a missing one.
      const body = await em.findOne(GovernanceBody, { where: { id: dto.bodyId }, select: { id: true, planId: true } });
      if (body) await assertManagesPlanCalendar(em, actor, body.planId, 'readMeetings', () => fieldError('bodyId', 'There is no governance body with this id'));
      return this.createMeetingIn(em, dto, actor);
    });
    return this.getMeeting(id);
  }

  /** Creates a meeting in the caller's transaction (with its audit record); answers its id. */
  async createMeetingIn(em: EntityManager, dto: CreateMeetingDto, actor: Actor): Promise<string> {
    const body = await em.findOne(GovernanceBody, { where: { id: dto.bodyId } });
    if (!body) throw fieldError('bodyId', 'There is no governance body with this id');
    const cutOffAt = dto.cutOffAt ? parseCutOff(dto.cutOffAt) : defaultCutOff(dto.meetingDate);
    assertNoViolations(checkMeetingCutOff(dto.meetingDate, cutOffAt));
    const priorityAreaIds = await this.checkedScope(em, body.planId, dto.priorityAreaIds ?? []);
    const saved = await em.save(em.create(Meeting, {
      planId: body.planId, bodyId: body.id, title: dto.title ?? body.name, meetingDate: dto.meetingDate, cutOffAt,
      priorityAreaIds, location: dto.location ?? '',
    }));
    await this.audit.record(em, actor, { entityType: 'meeting', entityId: saved.id, action: 'create', planId: saved.planId, after: toMeetingAuditState(saved) });
    return saved.id;
  }

  async updateMeeting(id: string, dto: UpdateMeetingDto, actor: Actor): Promise<MeetingDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await em.findOne(Meeting, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw notFound(id);
      await assertManagesPlanCalendar(em, actor, meeting.planId, 'readMeetings', () => notFound(id));
      const body = await em.findOneOrFail(GovernanceBody, { where: { id: meeting.bodyId } });
      assertCurrentVersion(meeting, dto.version, () => toMeetingResponse(meeting, body, []));
      const before = toMeetingAuditState(meeting);
      if (dto.bodyId !== undefined && dto.bodyId !== meeting.bodyId) {
        const other = await em.findOne(GovernanceBody, { where: { id: dto.bodyId } });
        if (!other || other.planId !== meeting.planId) throw fieldError('bodyId', 'There is no governance body with this id in this plan');
        meeting.bodyId = other.id;
      }
      const was = { meetingDate: meeting.meetingDate, cutOffAt: meeting.cutOffAt };
      if (dto.meetingDate !== undefined && dto.meetingDate !== meeting.meetingDate) {
        // A cut-off that followed the meeting date (the default) keeps following it.
        if (dto.cutOffAt === undefined && meeting.cutOffAt.getTime() === defaultCutOff(meeting.meetingDate).getTime()) {
          meeting.cutOffAt = defaultCutOff(dto.meetingDate);
        }
        meeting.meetingDate = dto.meetingDate;
      }
      if (dto.cutOffAt !== undefined) meeting.cutOffAt = parseCutOff(dto.cutOffAt);
      if (dto.title !== undefined) meeting.title = dto.title;
      if (dto.location !== undefined) meeting.location = dto.location;
      if (dto.priorityAreaIds !== undefined) meeting.priorityAreaIds = await this.checkedScope(em, meeting.planId, dto.priorityAreaIds);
      assertNoViolations(checkMeetingCutOff(meeting.meetingDate, meeting.cutOffAt));
      const moving = await this.checkedPeriodMove(em, meeting, was);
      const { body: _b, ...columns } = meeting;
      const saved = await em.save(Meeting, columns as Meeting);
      await this.audit.record(em, actor, { entityType: 'meeting', entityId: id, action: 'update', planId: meeting.planId, before, after: toMeetingAuditState(saved) });
      if (moving) {
        // The database has moved the period's board date with the meeting (ON UPDATE CASCADE); its title and deadline follow here.
        const { period, before: periodBefore } = moving;
        await em.createQueryBuilder().update(ReportingPeriod)
          .set({ title: period.title, updateDeadline: period.updateDeadline })
          .where('id = :id', { id: period.id })
          .execute();
        const moved = await em.findOneOrFail(ReportingPeriod, { where: { id: period.id } });
        await this.audit.record(em, actor, {
          entityType: 'reporting_period', entityId: moved.id, action: 'follow_meeting', planId: meeting.planId,
          before: periodBefore, after: toPeriodAuditState(moved),
        });
      }
    });
    return this.getMeeting(id);
  }

  /**
   * The reporting period of a meeting that is changing, as it will be once it follows the meeting:
   * null when the meeting has none or its dates did not move. Refused (400, on the meeting's own
   * fields) when the period could not follow: another body, a board date taken by another period,
   * or an update deadline the new cut-off would leave after it.
   */
  private async checkedPeriodMove(em: EntityManager, meeting: Meeting, was: PeriodMeeting): Promise<{ period: ReportingPeriod; before: object } | null> {
    const period = await em.findOne(ReportingPeriod, { where: { meetingId: meeting.id }, lock: { mode: 'pessimistic_write' } });
    if (!period) return null;
    const body = await em.findOneOrFail(GovernanceBody, { where: { id: meeting.bodyId } });
    if (body.kind !== REPORTING_BODY_KIND) {
      throw fieldError('bodyId', `${period.title} reports to this meeting: it must stay a meeting of an Improvement Board`);
    }
    if (meeting.meetingDate === was.meetingDate && meeting.cutOffAt.getTime() === was.cutOffAt.getTime()) return null;
    if (meeting.meetingDate !== was.meetingDate && (await em.exists(ReportingPeriod, { where: { planId: meeting.planId, boardDate: meeting.meetingDate } }))) {
      throw fieldError('meetingDate', 'Another reporting period of this plan reports to a board on this date', 409);
    }
    const before = toPeriodAuditState(period);
    followMeeting(period, was, meeting);
    const [problem] = checkPeriodMeeting(period, meeting);
    if (problem) {
      const field = problem.field === 'boardDate' || meeting.meetingDate !== was.meetingDate ? 'meetingDate' : 'cutOffAt';
      throw new DomainRuleError(field, `${period.title} reports to this meeting, and would no longer fit it: ${problem.message} Change the period first.`);
    }
    return { period, before };
  }

  /** The meeting with its body, or 404. */
  async findMeetingOrFail(id: string, em: EntityManager = this.dataSource.manager): Promise<Meeting & { body: GovernanceBody }> {
    const meeting = await em.findOne(Meeting, { where: { id }, relations: { body: true } });
    if (!meeting) throw notFound(id);
    return meeting as Meeting & { body: GovernanceBody };
  }

  /** The same body's meeting before this one: "what changed since the last meeting" counts from its cut-off. */
  findPreviousMeeting(meeting: Meeting): Promise<Meeting | null> {
    return this.dataSource.getRepository(Meeting).createQueryBuilder('m')
      .where('m.body_id = :bodyId', { bodyId: meeting.bodyId })
      .andWhere('m.id <> :id', { id: meeting.id })
      .andWhere('(m.meeting_date < :date OR (m.meeting_date = :date AND m.cut_off_at < :cutOff))', { date: meeting.meetingDate, cutOff: meeting.cutOffAt })
      .orderBy('m.meeting_date', 'DESC').addOrderBy('m.cut_off_at', 'DESC')
      .getOne();
  }

  private findNextMeeting(meeting: Meeting): Promise<Meeting | null> {
    return this.dataSource.getRepository(Meeting).createQueryBuilder('m')
      .where('m.body_id = :bodyId', { bodyId: meeting.bodyId })
      .andWhere('m.id <> :id', { id: meeting.id })
      .andWhere('(m.meeting_date > :date OR (m.meeting_date = :date AND m.cut_off_at > :cutOff))', { date: meeting.meetingDate, cutOff: meeting.cutOffAt })
      .orderBy('m.meeting_date', 'ASC').addOrderBy('m.cut_off_at', 'ASC')
      .getOne();
  }

  private async areasOfPlans(planIds: string[]): Promise<Map<string, PriorityArea[]>> {
    const byPlan = new Map<string, PriorityArea[]>();
    if (planIds.length === 0) return byPlan;
    const areas = await this.dataSource.getRepository(PriorityArea).find({ where: { planId: In(planIds) }, order: { number: 'ASC' } });
    for (const a of areas) byPlan.set(a.planId, [...(byPlan.get(a.planId) ?? []), a]);
    return byPlan;
  }

  private async checkedScope(em: EntityManager, planId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await em.count(PriorityArea, { where: { planId, id: In(unique) } });
    if (found !== unique.length) throw fieldError('priorityAreaIds', 'Every priority area in scope must be one of this plan\'s priority areas');
    return unique;
  }
}

/** A cut-off with an offset is that instant; one without is England time. */
export function parseCutOff(text: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) throw fieldError('cutOffAt', 'cutOffAt is not a real date and time');
    return instant;
  }
  const [date, time] = text.split('T') as [string, string];
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (h > 23 || m > 59 || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime()) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw fieldError('cutOffAt', 'cutOffAt is not a real date and time');
  }
  return englandInstant(date, `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
}

const slugOf = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'body';

function notFound(id: string) {
  return new NotFoundException({ message: `There is no meeting with id ${id}`, errors: [] });
}
