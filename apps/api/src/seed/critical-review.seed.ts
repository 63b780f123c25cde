import { countJudgements, type CriticalReviewJudgement, type JudgementCounts } from '@send/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { CriticalReview, CriticalReviewJudgementRow } from '../critical-review/critical-review.entity';
import type { PlanDataset } from './plymouth-dataset';

/** An approved critical review as a dataset gives it (plymouth/critical-reviews.json). */
export interface CriticalReviewSeed {
  reviewDate: string;
  title: string;
  facilitators: string;
  recordedByLabel: string;
  submittedByLabel: string;
  submittedAt: string;
  moderatedByLabel: string;
  moderatedAt: string;
  moderationNote: string;
  sourceNote: string;
  /** The split the source reports: the seed refuses judgements that do not add up to it. */
  expected: JudgementCounts;
  /** The reason written beside each judgement. */
  reasons: Record<CriticalReviewJudgement, string>;
}

/**
 * The dataset's approved critical reviews, each judging every action as its impact status in the
 * dataset (the statuses are those the review set), checked against the split the source reports.
 */
export async function seedCriticalReviews(em: EntityManager, audit: AuditService, planId: string, data: PlanDataset): Promise<void> {
  if (!data.criticalReviews?.length) return;
  const actions = await em.find(Action, { where: { planId }, select: { id: true, reference: true } });
  const idOf = new Map(actions.map((a) => [a.reference, a.id]));
  for (const r of data.criticalReviews) {
    const judgements = data.actions.map((a) => ({ actionId: idOf.get(a.reference) as string, judgement: a.impactStatus, reason: r.reasons[a.impactStatus] }));
    const counts = countJudgements(judgements);
    if (JSON.stringify(counts) !== JSON.stringify(r.expected)) {
      throw new Error(`The critical review of ${r.reviewDate} should split the actions ${JSON.stringify(r.expected)}, the dataset gives ${JSON.stringify(counts)}`);
    }
    const review = await em.save(em.create(CriticalReview, {
      planId, reviewDate: r.reviewDate, title: r.title, facilitators: r.facilitators, sourceNote: r.sourceNote, status: 'approved',
      recordedByUserId: null, recordedByPersonId: null, recordedByLabel: r.recordedByLabel,
      submittedAt: new Date(r.submittedAt), submittedByUserId: null, submittedByPersonId: null, submittedByLabel: r.submittedByLabel,
      moderatedAt: new Date(r.moderatedAt), moderatedByUserId: null, moderatedByPersonId: null, moderatedByLabel: r.moderatedByLabel,
      moderationNote: r.moderationNote,
    }));
    await em.insert(CriticalReviewJudgementRow, judgements.map((j) => ({ ...j, reviewId: review.id })));
    await audit.record(em, SYSTEM_ACTOR, {
      entityType: 'critical_review', entityId: review.id, action: 'import', planId,
      after: { reviewDate: r.reviewDate, title: r.title, status: 'approved', counts },
    });
  }
}
