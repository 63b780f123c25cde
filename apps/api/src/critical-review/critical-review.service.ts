import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertReviewReturnNote,
  assertReviewSubmittable,
  canReadDraftCriticalReviews,
  compareReviews,
  countJudgements,
  criticalReviewModerationRefusal,
  DomainRuleError,
  nextCriticalReviewStatus,
  SELF_REVIEW_MODERATION_MESSAGE,
  type CriticalReviewJudgement,
  type CriticalReviewParties,
  type JudgementCounts,
} from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Page, PaginationQueryDto, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { Plan } from '../plan/plan.entity';
import { CriticalReview, CriticalReviewJudgementRow } from './critical-review.entity';
import type { CriticalReviewDetailResponse, CriticalReviewResponse } from './critical-review.response';
import { CreateCriticalReviewDto, ModerateCriticalReviewDto, PutJudgementsDto, ReviewVersionDto, UpdateCriticalReviewDto } from './dto/critical-review.dto';

/** Plan critical reviews: recorded and submitted by a plan manager, approved or returned by a second person. */
@Injectable()
export class CriticalReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async findReviews(planId: string, query: PaginationQueryDto, reader: Actor): Promise<Page<CriticalReviewResponse>> {
    await this.assertPlan(this.dataSource.manager, planId);
    const qb = this.dataSource.getRepository(CriticalReview).createQueryBuilder('r').where('r.plan_id = :planId', { planId });
    if (!canReadDraftCriticalReviews(reader.roles)) qb.andWhere("r.status = 'approved'");
    const [rows, total] = await qb
      .orderBy('r.review_date', 'DESC').addOrderBy('r.created_at', 'DESC')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize)
      .getManyAndCount();
    const counts = await this.countsOf(this.dataSource.manager, rows.map((r) => r.id));
    return toPage(rows.map((r) => toReviewResponse(r, counts.get(r.id) ?? emptyCounts())), total, query);
  }

  /** One review with its judgements and how they compare with the previous approved review. */
  async getReview(id: string, reader: Actor | null, em: EntityManager = this.dataSource.manager): Promise<CriticalReviewDetailResponse> {
    const review = await em.findOne(CriticalReview, { where: { id } });
    if (!review || (reader && review.status !== 'approved' && !canReadDraftCriticalReviews(reader.roles))) throw notFound(id);
    const judgements = await this.judgementsOf(em, id);
    const previous = await this.previousApproved(em, review);
    const previousJudgements = previous ? await this.judgementsOf(em, previous.id) : null;
    const comparison = compareReviews(judgements, previousJudgements);
    const byAction = new Map(comparison.actions.map((c) => [c.actionId, c]));
    const notJudgedAgain = new Set(comparison.notJudgedAgain);
    return {
      ...toReviewResponse(review, countJudgements(judgements)),
      judgements: judgements.map((j) => ({
        action: j.action, judgement: j.judgement, reason: j.reason,
        previousJudgement: byAction.get(j.actionId)?.previous ?? null, change: byAction.get(j.actionId)?.change ?? 'new',
      })),
      comparison: {
        previousReview: previous ? { id: previous.id, reviewDate: previous.reviewDate, title: previous.title } : null,
        counts: comparison.counts,
        movedForward: comparison.actions.filter((c) => c.change === 'moved_forward').map((c) => c.actionId),
        slippedBack: comparison.actions.filter((c) => c.change === 'slipped_back').map((c) => c.actionId),
        notJudgedAgain: (previousJudgements ?? []).filter((j) => notJudgedAgain.has(j.actionId)).map((j) => ({ action: j.action, judgement: j.judgement })),
      },
    };
  }

  async createReview(planId: string, dto: CreateCriticalReviewDto, actor: Actor): Promise<CriticalReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.assertPlan(em, planId);
      const saved = await em.save(em.create(CriticalReview, {
        planId, reviewDate: dto.reviewDate, title: dto.title, facilitators: dto.facilitators ?? '', sourceNote: dto.sourceNote ?? '', status: 'draft',
        recordedByUserId: actor.id, recordedByPersonId: actor.personId, recordedByLabel: actor.label,
        submittedAt: null, submittedByUserId: null, submittedByPersonId: null, submittedByLabel: null,
        moderatedAt: null, moderatedByUserId: null, moderatedByPersonId: null, moderatedByLabel: null, moderationNote: null,
      }));
      await this.audit.record(em, actor, { entityType: 'critical_review', entityId: saved.id, action: 'create', planId, after: auditState(saved, []) });
      return this.getReview(saved.id, null, em);
    });
  }

  async updateReview(id: string, dto: UpdateCriticalReviewDto, actor: Actor): Promise<CriticalReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.lockForWrite(em, id, dto.version, actor);
      const judgements = await this.judgementsOf(em, id);
      const before = auditState(review, judgements);
      review.status = nextCriticalReviewStatus(review.status, 'edit');
      if (dto.reviewDate !== undefined) review.reviewDate = dto.reviewDate;
      if (dto.title !== undefined) review.title = dto.title;
      if (dto.facilitators !== undefined) review.facilitators = dto.facilitators;
      if (dto.sourceNote !== undefined) review.sourceNote = dto.sourceNote;
      const saved = await this.write(em, review);
      await this.audit.record(em, actor, { entityType: 'critical_review', entityId: id, action: 'update', planId: review.planId, before, after: auditState(saved, judgements) });
      return this.getReview(id, null, em);
    });
  }

  /** Replaces the review's judgements; every action named must be one of the plan's (400 on the field otherwise). */
  async putJudgements(id: string, dto: PutJudgementsDto, actor: Actor): Promise<CriticalReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.lockForWrite(em, id, dto.version, actor);
      review.status = nextCriticalReviewStatus(review.status, 'edit');
      const previous = await this.judgementsOf(em, id);
      const before = auditState(review, previous);
      const ids = [...new Set(dto.judgements.map((j) => j.actionId))];
      const inPlan = new Set(
        ids.length === 0 ? [] : (await em.createQueryBuilder(Action, 'a').select('a.id', 'id')
          .where('a.plan_id = :planId', { planId: review.planId }).andWhere('a.id IN (:...ids)', { ids }).getRawMany<{ id: string }>()).map((r) => r.id),
      );
      const seen = new Set<string>();
      dto.judgements.forEach((j, i) => {
        if (!inPlan.has(j.actionId)) throw new DomainRuleError(`judgements.${i}.actionId`, 'There is no action with this id in the review\'s plan');
        if (seen.has(j.actionId)) throw new DomainRuleError(`judgements.${i}.actionId`, 'This action is judged twice: give each action one judgement');
        seen.add(j.actionId);
      });
      await em.delete(CriticalReviewJudgementRow, { reviewId: id });
      if (dto.judgements.length) {
        await em.insert(CriticalReviewJudgementRow, dto.judgements.map((j) => ({ reviewId: id, actionId: j.actionId, judgement: j.judgement, reason: j.reason ?? '' })));
      }
      const saved = await this.write(em, review);
      const after = await this.judgementsOf(em, id);
      await this.audit.record(em, actor, { entityType: 'critical_review', entityId: id, action: 'judge', planId: review.planId, before, after: auditState(saved, after) });
      return this.getReview(id, null, em);
    });
  }

  async submitReview(id: string, dto: ReviewVersionDto, actor: Actor): Promise<CriticalReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.lockForWrite(em, id, dto.version, actor);
      const judgements = await this.judgementsOf(em, id);
      const before = auditState(review, judgements);
      review.status = nextCriticalReviewStatus(review.status, 'submit');
      assertReviewSubmittable(judgements.length);
      Object.assign(review, {
        submittedAt: await transactionTime(em), submittedByUserId: actor.id, submittedByPersonId: actor.personId, submittedByLabel: actor.label,
        moderatedAt: null, moderatedByUserId: null, moderatedByPersonId: null, moderatedByLabel: null, moderationNote: null,
      });
      const saved = await this.write(em, review);
      await this.audit.record(em, actor, { entityType: 'critical_review', entityId: id, action: 'submit', planId: review.planId, before, after: auditState(saved, judgements) });
      return this.getReview(id, null, em);
    });
  }

  /** Approves or returns a submitted review: a moderator who neither recorded nor submitted it. */
  async moderateReview(id: string, event: 'approve' | 'return', dto: ModerateCriticalReviewDto, actor: Actor): Promise<CriticalReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.lockForWrite(em, id, dto.version, actor);
      const refusal = criticalReviewModerationRefusal(actor, partiesOf(review));
      if (refusal === 'role') throw new ForbiddenException({ message: 'Only a moderator or a plan manager can approve or return a critical review', errors: [] });
      const judgements = await this.judgementsOf(em, id);
      const before = auditState(review, judgements);
      review.status = nextCriticalReviewStatus(review.status, event);
      if (refusal === 'self') throw new DomainRuleError('moderatorId', SELF_REVIEW_MODERATION_MESSAGE);
      if (event === 'return') assertReviewReturnNote(dto.note);
      Object.assign(review, {
        moderatedAt: await transactionTime(em), moderatedByUserId: actor.id, moderatedByPersonId: actor.personId, moderatedByLabel: actor.label,
        moderationNote: dto.note?.trim() || null,
      });
      const saved = await this.write(em, review);
      await this.audit.record(em, actor, { entityType: 'critical_review', entityId: id, action: event, planId: review.planId, before, after: auditState(saved, judgements) });
      return this.getReview(id, null, em);
    });
  }

  /** The review locked for a write: 404 when unseen (a draft the writer may not read counts as unseen), 409 when stale. */
  private async lockForWrite(em: EntityManager, id: string, version: number, actor: Actor): Promise<CriticalReview> {
    const review = await em.findOne(CriticalReview, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!review || (review.status !== 'approved' && !canReadDraftCriticalReviews(actor.roles))) throw notFound(id);
    assertCurrentVersion(review, version, () => toReviewResponse(review, emptyCounts()));
    return review;
  }

  /** Saves the review's own columns; every write moves its version on, a change of judgements too. */
  private async write(em: EntityManager, review: CriticalReview): Promise<CriticalReview> {
    const { id, version: _v, createdAt: _c, updatedAt: _u, localAreaId: _l, plan: _p, ...columns } = review;
    await em.update(CriticalReview, { id }, columns);
    return em.findOneOrFail(CriticalReview, { where: { id } });
  }

  private async assertPlan(em: EntityManager, planId: string) {
    if (!(await em.exists(Plan, { where: { id: planId } }))) {
      throw new NotFoundException({ message: `There is no plan with id ${planId}`, errors: [] });
    }
  }

  /** The approved review before this one: an earlier day, or the same day and approved earlier. */
  private async previousApproved(em: EntityManager, review: CriticalReview): Promise<CriticalReview | null> {
    return em.getRepository(CriticalReview).createQueryBuilder('r')
      .where('r.plan_id = :planId', { planId: review.planId })
      .andWhere("r.status = 'approved'")
      .andWhere('r.id <> :id', { id: review.id })
      .andWhere(review.status === 'approved' && review.moderatedAt
        ? '(r.review_date < :day OR (r.review_date = :day AND r.moderated_at < :at))'
        : 'r.review_date <= :day', { day: review.reviewDate, at: review.moderatedAt })
      .orderBy('r.review_date', 'DESC').addOrderBy('r.moderated_at', 'DESC')
      .getOne();
  }

  /** A review's judgements, in the plan's order (priority area, then reference). */
  private async judgementsOf(em: EntityManager, reviewId: string) {
    const rows = await em.query<{
      action_id: string; judgement: CriticalReviewJudgement; reason: string; reference: string; title: string; priority_number: number;
    }[]>(
      `SELECT j.action_id, j.judgement, j.reason, a.reference, a.title, pa.number AS priority_number
         FROM critical_review_judgement j
         JOIN action a ON a.id = j.action_id
         JOIN priority_area pa ON pa.id = a.priority_area_id
        WHERE j.review_id = $1
        ORDER BY pa.number, length(a.reference), a.reference`,
      [reviewId],
    );
    return rows.map((r) => ({
      actionId: r.action_id, judgement: r.judgement, reason: r.reason,
      action: { id: r.action_id, reference: r.reference, title: r.title, priorityNumber: Number(r.priority_number) },
    }));
  }

  private async countsOf(em: EntityManager, reviewIds: string[]): Promise<Map<string, JudgementCounts>> {
    const counts = new Map<string, JudgementCounts>();
    if (reviewIds.length === 0) return counts;
    const rows = await em.query<{ review_id: string; judgement: CriticalReviewJudgement; n: number }[]>(
      `SELECT review_id, judgement, count(*)::int AS n FROM critical_review_judgement WHERE review_id = ANY($1::uuid[]) GROUP BY review_id, judgement`,
      [reviewIds],
    );
    for (const r of rows) {
      const c = counts.get(r.review_id) ?? emptyCounts();
      c[r.judgement] = Number(r.n);
      counts.set(r.review_id, c);
    }
    return counts;
  }
}

function emptyCounts(): JudgementCounts {
  return countJudgements([]);
}

function partiesOf(review: CriticalReview): CriticalReviewParties {
  return {
    recordedBy: { userId: review.recordedByUserId, personId: review.recordedByPersonId },
    submittedBy: review.submittedByLabel !== null ? { userId: review.submittedByUserId, personId: review.submittedByPersonId } : null,
  };
}

export function toReviewResponse(review: CriticalReview, byJudgement: JudgementCounts): CriticalReviewResponse {
  return {
    id: review.id,
    planId: review.planId,
    reviewDate: review.reviewDate,
    title: review.title,
    facilitators: review.facilitators,
    sourceNote: review.sourceNote,
    status: review.status,
    recordedBy: { id: review.recordedByUserId, label: review.recordedByLabel },
    submittedAt: review.submittedAt?.toISOString() ?? null,
    submittedBy: review.submittedByLabel !== null ? { id: review.submittedByUserId, label: review.submittedByLabel } : null,
    moderatedAt: review.moderatedAt?.toISOString() ?? null,
    moderatedBy: review.moderatedByLabel !== null ? { id: review.moderatedByUserId, label: review.moderatedByLabel } : null,
    moderationNote: review.moderationNote,
    actions: Object.values(byJudgement).reduce((a, b) => a + b, 0),
    byJudgement,
    version: review.version,
  };
}

function auditState(review: CriticalReview, judgements: { actionId: string; judgement: string; reason: string }[]) {
  return {
    reviewDate: review.reviewDate, title: review.title, facilitators: review.facilitators, sourceNote: review.sourceNote, status: review.status,
    moderationNote: review.moderationNote,
    judgements: judgements.map((j) => ({ actionId: j.actionId, judgement: j.judgement, reason: j.reason })),
  };
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no critical review with id ${id}`, errors: [] });
}

async function transactionTime(em: EntityManager): Promise<Date> {
  const [row] = await em.query<{ now: Date }[]>('SELECT now() AS now');
  return row?.now ?? new Date();
}
