import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertNoViolations, checkDecisionClosure, isDecisionOpenOn, todayIso } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { Page, PaginationQueryDto, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { Person } from '../person/person.entity';
import { Decision } from './decision.entity';
import { CreateDecisionDto, DecisionQueryDto, UpdateDecisionDto } from './dto/decision.dto';
import { DecisionResponse, toDecisionAuditState, toDecisionResponse } from './governance.response';
import { Meeting } from './meeting.entity';
import { LOCAL_AREA_PLANS, MeetingService } from './meeting.service';

/** Board decisions and challenges, recorded at a meeting and tracked to closure. */
@Injectable()
export class DecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingService,
  ) {}

  async findDecisions(query: DecisionQueryDto): Promise<Page<DecisionResponse>> {
    const qb = this.baseQuery();
    if (query.planId) qb.andWhere('d.plan_id = :planId', { planId: query.planId });
    else qb.andWhere(LOCAL_AREA_PLANS('d'));
    const { asAt } = query;
    if (asAt) {
      // As at a day: what had been recorded by then, open or closed as it was that day.
      qb.andWhere('m.meeting_date <= :asAt', { asAt });
      if (query.status === 'open') qb.andWhere("(d.status = 'open' OR d.closed_on > :asAt)", { asAt });
      if (query.status === 'closed') qb.andWhere("d.status = 'closed' AND d.closed_on <= :asAt", { asAt });
    } else if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.bodyId) qb.andWhere('m.body_id = :bodyId', { bodyId: query.bodyId });
    if (query.actionId) qb.andWhere('d.action_id = :actionId', { actionId: query.actionId });
    if (query.ownerId) qb.andWhere('d.owner_person_id = :ownerId', { ownerId: query.ownerId });
    // Open ones first, soonest due first; then the most recently recorded.
    qb.orderBy(asAt ? "CASE WHEN d.status = 'open' OR d.closed_on > :asAt THEN 0 ELSE 1 END" : "CASE WHEN d.status = 'open' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy('d.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('m.meeting_date', 'DESC')
      .addOrderBy('d.created_at', 'ASC')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    if (asAt) return toPage(rows.map((d) => toDecisionResponse(asItStoodOn(d, asAt), asAt)), total, query);
    const today = todayIso();
    return toPage(rows.map((d) => toDecisionResponse(d, today)), total, query);
  }

  async findMeetingDecisions(meetingId: string, query: PaginationQueryDto): Promise<Page<DecisionResponse>> {
    await this.meetings.findMeetingOrFail(meetingId);
    const [rows, total] = await this.baseQuery()
      .where('d.meeting_id = :meetingId', { meetingId })
      .orderBy('d.created_at', 'ASC')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize)
      .getManyAndCount();
    const today = todayIso();
    return toPage(rows.map((d) => toDecisionResponse(d, today)), total, query);
  }

  async getDecision(id: string, em: EntityManager = this.dataSource.manager): Promise<DecisionResponse> {
    const decision = await this.baseQuery(em).where('d.id = :id', { id }).getOne();
    if (!decision) throw notFound(id);
    return toDecisionResponse(decision, todayIso());
  }

  async recordDecision(meetingId: string, dto: CreateDecisionDto, actor: Actor): Promise<DecisionResponse> {
    return this.dataSource.transaction(async (em) => {
      const meeting = await this.meetings.findMeetingOrFail(meetingId, em);
      await this.assertActionAndOwner(em, meeting.planId, dto);
      const saved = await em.save(em.create(Decision, {
        planId: meeting.planId, meetingId, actionId: dto.actionId ?? null, kind: dto.kind, text: dto.text,
        ownerPersonId: dto.ownerPersonId ?? null, dueDate: dto.dueDate ?? null, status: 'open', closingNote: null, closedOn: null,
      }));
      await this.audit.record(em, actor, { entityType: 'decision', entityId: saved.id, action: 'create', planId: meeting.planId, after: toDecisionAuditState(saved) });
      return this.getDecision(saved.id, em);
    });
  }

  /** Edits a decision; `status: 'closed'` with a closing note closes it, `status: 'open'` reopens it. */
  async updateDecision(id: string, dto: UpdateDecisionDto, actor: Actor): Promise<DecisionResponse> {
    return this.dataSource.transaction(async (em) => {
      const decision = await em.findOne(Decision, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!decision) throw notFound(id);
      assertCurrentVersion(decision, dto.version, () => toDecisionAuditState(decision));
      const before = toDecisionAuditState(decision);
      const meeting = await em.findOneOrFail(Meeting, { where: { id: decision.meetingId } });
      await this.assertActionAndOwner(em, decision.planId, dto);
      if (dto.kind !== undefined) decision.kind = dto.kind;
      if (dto.text !== undefined) decision.text = dto.text;
      if (dto.actionId !== undefined) decision.actionId = dto.actionId;
      if (dto.ownerPersonId !== undefined) decision.ownerPersonId = dto.ownerPersonId;
      if (dto.dueDate !== undefined) decision.dueDate = dto.dueDate;

      const today = todayIso();
      const status = dto.status ?? decision.status;
      if (status === 'closed') {
        decision.closingNote = dto.closingNote ?? decision.closingNote;
        decision.closedOn = dto.closedOn ?? decision.closedOn ?? today;
      } else if (dto.status === 'open') {
        // Reopening clears how it had been resolved; the audit trail keeps it.
        decision.closingNote = dto.closingNote ?? null;
        decision.closedOn = dto.closedOn ?? null;
      } else {
        if (dto.closingNote !== undefined) decision.closingNote = dto.closingNote;
        if (dto.closedOn !== undefined) decision.closedOn = dto.closedOn;
      }
      decision.status = status;
      assertNoViolations(checkDecisionClosure({ ...decision, meetingDate: meeting.meetingDate }, today));
      const { action: _a, ownerPerson: _p, meeting: _m, ...columns } = decision;
      const saved = await em.save(Decision, columns as Decision);
      const closing = before.status !== saved.status ? (saved.status === 'closed' ? 'close' : 'reopen') : 'update';
      await this.audit.record(em, actor, { entityType: 'decision', entityId: id, action: closing, planId: decision.planId, before, after: toDecisionAuditState(saved) });
      return this.getDecision(id, em);
    });
  }

  /**
   * The decisions a body's pack carries forward: recorded at that body's meetings before `meetingDate`
   * and still open on `asAtDate`, soonest due first.
   */
  async findOpenForBody(bodyId: string, meetingDate: string, asAtDate: string): Promise<DecisionResponse[]> {
    const rows = await this.baseQuery()
      .where('m.body_id = :bodyId', { bodyId })
      .andWhere('m.meeting_date < :meetingDate', { meetingDate })
      .andWhere('(d.status = :open OR d.closed_on > :asAtDate)', { open: 'open', asAtDate })
      .orderBy('d.due_date', 'ASC', 'NULLS LAST').addOrderBy('m.meeting_date', 'ASC').addOrderBy('d.created_at', 'ASC')
      .getMany();
    // As the pack's readers saw it on the day: still open, whatever happened since.
    return rows.map((d) => toDecisionResponse(asItStoodOn(d, asAtDate), asAtDate));
  }

  /** Decisions of the body closed after `fromDate` and on or before `toDate`: "closed since the last meeting". */
  async findClosedForBodyBetween(bodyId: string, fromDate: string | null, toDate: string): Promise<DecisionResponse[]> {
    const qb = this.baseQuery()
      .where('m.body_id = :bodyId', { bodyId })
      .andWhere("d.status = 'closed'")
      .andWhere('d.closed_on <= :toDate', { toDate });
    if (fromDate) qb.andWhere('d.closed_on > :fromDate', { fromDate });
    const rows = await qb.orderBy('d.closed_on', 'ASC').addOrderBy('d.created_at', 'ASC').getMany();
    return rows.map((d) => toDecisionResponse(d, toDate));
  }

  private baseQuery(em: EntityManager = this.dataSource.manager) {
    return em.getRepository(Decision).createQueryBuilder('d')
      .innerJoinAndSelect('d.meeting', 'm')
      .innerJoinAndSelect('m.body', 'b')
      .leftJoinAndSelect('d.action', 'a')
      .leftJoinAndSelect('d.ownerPerson', 'p');
  }

  private async assertActionAndOwner(em: EntityManager, planId: string, dto: { actionId?: string | null; ownerPersonId?: string | null }) {
    if (dto.actionId) {
      const action = await em.findOne(Action, { where: { id: dto.actionId }, select: { id: true, planId: true } });
      if (!action || action.planId !== planId) throw fieldError('actionId', 'There is no action with this id in this plan');
    }
    if (dto.ownerPersonId && !(await em.exists(Person, { where: { id: dto.ownerPersonId } }))) {
      throw fieldError('ownerPersonId', 'There is no person with this id');
    }
  }
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no decision with id ${id}`, errors: [] });
}

/** A decision as it stood at the end of `date`: one closed later was still open then. */
function asItStoodOn<D extends Parameters<typeof isDecisionOpenOn>[0] & { closingNote: string | null }>(d: D, date: string): D {
  return isDecisionOpenOn(d, date) ? { ...d, status: 'open' as const, closingNote: null, closedOn: null } : d;
}
