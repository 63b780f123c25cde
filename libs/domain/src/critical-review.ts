import { DomainRuleError } from './errors';
import { IMPACT_STATUS_LABELS, IMPACT_STATUSES, type ImpactStatus } from './impact-status';
import { COMMENT_MAX } from './limits';
import { can } from './permissions';
import type { Role } from './roles';
import { canApprove } from './status-update';

/**
 * A critical review: partners judge every action of the plan, as the January 2025 workshop did
 * (facilitated by the DfE adviser and another area's Head of SEND, then moderated by the Service
 * Director and Head of SEND). Each judgement is one of the three impact categories.
 */
export const CRITICAL_REVIEW_JUDGEMENTS = IMPACT_STATUSES;
export type CriticalReviewJudgement = ImpactStatus;

export function isCriticalReviewJudgement(x: unknown): x is CriticalReviewJudgement {
  return typeof x === 'string' && (CRITICAL_REVIEW_JUDGEMENTS as readonly string[]).includes(x);
}

export const CRITICAL_REVIEW_JUDGEMENT_LABELS: Readonly<Record<CriticalReviewJudgement, string>> = IMPACT_STATUS_LABELS;

/** A judgement's rank: a later category is further on (delivered, then impact evidenced). */
export function judgementRank(judgement: CriticalReviewJudgement): number {
  return CRITICAL_REVIEW_JUDGEMENTS.indexOf(judgement);
}

/** Lifecycle, as a status update's: draft -> submitted -> approved | returned; returned -> submitted again. */
export const CRITICAL_REVIEW_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type CriticalReviewStatus = (typeof CRITICAL_REVIEW_STATUSES)[number];

export const CRITICAL_REVIEW_EVENTS = ['edit', 'submit', 'approve', 'return'] as const;
export type CriticalReviewEvent = (typeof CRITICAL_REVIEW_EVENTS)[number];

export function isCriticalReviewStatus(x: unknown): x is CriticalReviewStatus {
  return typeof x === 'string' && (CRITICAL_REVIEW_STATUSES as readonly string[]).includes(x);
}

export const CRITICAL_REVIEW_STATUS_LABELS: Readonly<Record<CriticalReviewStatus, string>> = {
  draft: 'Draft',
  submitted: 'Awaiting moderation',
  approved: 'Approved',
  returned: 'Returned for changes',
};

const REVIEW_TRANSITIONS: Readonly<Record<CriticalReviewStatus, Partial<Record<CriticalReviewEvent, CriticalReviewStatus>>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  approved: {},
  returned: { edit: 'returned', submit: 'submitted' },
};

export function allowedCriticalReviewEvents(status: CriticalReviewStatus): CriticalReviewEvent[] {
  return CRITICAL_REVIEW_EVENTS.filter((event) => REVIEW_TRANSITIONS[status][event] !== undefined);
}

/** The status after `event`, or a DomainRuleError('status', reason) when the event is not allowed. */
export function nextCriticalReviewStatus(status: CriticalReviewStatus, event: CriticalReviewEvent): CriticalReviewStatus {
  const next = REVIEW_TRANSITIONS[status][event];
  if (next !== undefined) return next;
  if (status === 'approved') throw new DomainRuleError('status', 'This review has been approved and is final. Record any change in a new review.');
  const reasons: Record<CriticalReviewEvent, string> = {
    edit: 'This review has been submitted and is waiting for moderation, so it cannot be changed. Ask the moderator to return it if it needs changes.',
    submit: 'This review has already been submitted and is waiting for moderation.',
    approve: 'Only a submitted review can be approved. This review has not been submitted yet.',
    return: 'Only a submitted review can be returned. This review has not been submitted yet.',
  };
  throw new DomainRuleError('status', reasons[event]);
}

/** Only an approved review is read by everyone and counts as "the latest review". */
export const SHARED_CRITICAL_REVIEW_STATUSES: readonly CriticalReviewStatus[] = ['approved'];

/** Whether someone reads the review's drafts: those who record or moderate reviews. Others read approved reviews only. */
export function canReadDraftCriticalReviews(roles: readonly Role[]): boolean {
  return can(roles, 'recordCriticalReview') || can(roles, 'moderate');
}

/** Who recorded and who submitted a review (null until it is submitted). */
export interface CriticalReviewParties {
  recordedBy: { userId: string | null; personId: string | null };
  submittedBy: { userId: string | null; personId: string | null } | null;
}

export const SELF_REVIEW_MODERATION_MESSAGE =
  'You cannot approve or return a critical review you recorded or submitted: a second person must moderate it.';

/**
 * Why a user may not approve or return a review, or null when they may: `role` when they are no
 * moderator, `self` when they recorded or submitted it (the second-person rule of status updates).
 */
export function criticalReviewModerationRefusal(
  subject: { id: string | null; personId: string | null; roles: readonly Role[] },
  review: CriticalReviewParties,
): 'role' | 'self' | null {
  if (!can(subject.roles, 'moderate')) return 'role';
  const parties = review.submittedBy ? [review.recordedBy, review.submittedBy] : [review.recordedBy];
  const self = parties.some(
    (p) => !canApprove({ authorId: p.userId, moderatorId: subject.id, authorPersonId: p.personId, moderatorPersonId: subject.personId }),
  );
  return self ? 'self' : null;
}

export const REVIEW_NOTE_MAX = COMMENT_MAX;

/** A returned review must say why. Throws DomainRuleError('note', ...). */
export function assertReviewReturnNote(note: string | null | undefined): void {
  if (note == null || note.trim() === '') throw new DomainRuleError('note', 'Say why the review is being returned, so the recorder knows what to change.');
  if (note.length > REVIEW_NOTE_MAX) throw new DomainRuleError('note', `The note must be ${REVIEW_NOTE_MAX} characters or fewer.`);
}

/** A review goes to moderation with at least one judgement. Throws DomainRuleError('judgements', ...). */
export function assertReviewSubmittable(judgementCount: number): void {
  if (judgementCount === 0) throw new DomainRuleError('judgements', 'Record a judgement for at least one action before submitting the review.');
}

export type JudgementCounts = Record<CriticalReviewJudgement, number>;

/** How many actions the review put in each category. */
export function countJudgements(judgements: readonly { judgement: CriticalReviewJudgement }[]): JudgementCounts {
  const counts = Object.fromEntries(CRITICAL_REVIEW_JUDGEMENTS.map((j) => [j, 0])) as JudgementCounts;
  for (const j of judgements) counts[j.judgement] += 1;
  return counts;
}

/** How an action's judgement changed since the previous approved review. */
export const JUDGEMENT_CHANGES = ['moved_forward', 'slipped_back', 'unchanged', 'new'] as const;
export type JudgementChange = (typeof JUDGEMENT_CHANGES)[number];

export const JUDGEMENT_CHANGE_LABELS: Readonly<Record<JudgementChange, string>> = {
  moved_forward: 'Moved forward',
  slipped_back: 'Slipped back',
  unchanged: 'Unchanged',
  new: 'Not judged in the previous review',
};

export interface JudgementComparison {
  actionId: string;
  judgement: CriticalReviewJudgement;
  previous: CriticalReviewJudgement | null;
  change: JudgementChange;
}

export interface ReviewComparison {
  actions: JudgementComparison[];
  counts: Record<JudgementChange, number>;
  /** Actions judged in the previous review and not in this one. */
  notJudgedAgain: string[];
}

/** One action's change: forward or back along the three categories, or new when the previous review did not judge it. */
export function judgementChange(previous: CriticalReviewJudgement | null | undefined, current: CriticalReviewJudgement): JudgementChange {
  if (previous == null) return 'new';
  const delta = judgementRank(current) - judgementRank(previous);
  return delta > 0 ? 'moved_forward' : delta < 0 ? 'slipped_back' : 'unchanged';
}

/**
 * Compares a review's judgements with the previous approved review's (none: every action is new).
 * Keeps the order of `current`.
 */
export function compareReviews(
  current: readonly { actionId: string; judgement: CriticalReviewJudgement }[],
  previous: readonly { actionId: string; judgement: CriticalReviewJudgement }[] | null,
): ReviewComparison {
  const before = new Map((previous ?? []).map((j) => [j.actionId, j.judgement]));
  const actions = current.map((j) => {
    const was = before.get(j.actionId) ?? null;
    return { actionId: j.actionId, judgement: j.judgement, previous: was, change: judgementChange(was, j.judgement) };
  });
  const counts = Object.fromEntries(JUDGEMENT_CHANGES.map((c) => [c, 0])) as Record<JudgementChange, number>;
  for (const a of actions) counts[a.change] += 1;
  const judged = new Set(current.map((j) => j.actionId));
  return { actions, counts, notJudgedAgain: [...before.keys()].filter((id) => !judged.has(id)) };
}
