import { DomainRuleError } from './errors';
import {
  allowedCriticalReviewEvents,
  assertReviewReturnNote,
  assertReviewSubmittable,
  canReadDraftCriticalReviews,
  compareReviews,
  countJudgements,
  criticalReviewModerationRefusal,
  isCriticalReviewJudgement,
  judgementChange,
  nextCriticalReviewStatus,
  type CriticalReviewJudgement,
} from './critical-review';

const j = (actionId: string, judgement: CriticalReviewJudgement) => ({ actionId, judgement });

describe('critical review judgements', () => {
  it('are the three categories of the January 2025 review', () => {
    expect(isCriticalReviewJudgement('complete_impact_evidenced')).toBe(true);
    expect(isCriticalReviewJudgement('complete')).toBe(false);
  });

  it('count the actions in each category', () => {
    const judgements = [
      ...Array.from({ length: 17 }, (_, i) => j(`a${i}`, 'not_yet_complete')),
      ...Array.from({ length: 31 }, (_, i) => j(`b${i}`, 'complete_monitoring_impact')),
      ...Array.from({ length: 7 }, (_, i) => j(`c${i}`, 'complete_impact_evidenced')),
    ];
    expect(countJudgements(judgements)).toEqual({ not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 });
    expect(countJudgements([])).toEqual({ not_yet_complete: 0, complete_monitoring_impact: 0, complete_impact_evidenced: 0 });
  });
});

describe('judgementChange', () => {
  it('moves forward along the categories, slips back, stays, or is new', () => {
    expect(judgementChange('not_yet_complete', 'complete_monitoring_impact')).toBe('moved_forward');
    expect(judgementChange('not_yet_complete', 'complete_impact_evidenced')).toBe('moved_forward');
    expect(judgementChange('complete_impact_evidenced', 'complete_monitoring_impact')).toBe('slipped_back');
    expect(judgementChange('complete_monitoring_impact', 'complete_monitoring_impact')).toBe('unchanged');
    expect(judgementChange(null, 'not_yet_complete')).toBe('new');
  });
});

describe('compareReviews', () => {
  it('says per action what moved forward, slipped back, stayed or is new, with counts, in the order given', () => {
    const previous = [j('a', 'not_yet_complete'), j('b', 'complete_impact_evidenced'), j('c', 'complete_monitoring_impact'), j('gone', 'not_yet_complete')];
    const current = [j('b', 'complete_monitoring_impact'), j('a', 'complete_monitoring_impact'), j('c', 'complete_monitoring_impact'), j('new', 'not_yet_complete')];
    const result = compareReviews(current, previous);
    expect(result.actions).toEqual([
      { actionId: 'b', judgement: 'complete_monitoring_impact', previous: 'complete_impact_evidenced', change: 'slipped_back' },
      { actionId: 'a', judgement: 'complete_monitoring_impact', previous: 'not_yet_complete', change: 'moved_forward' },
      { actionId: 'c', judgement: 'complete_monitoring_impact', previous: 'complete_monitoring_impact', change: 'unchanged' },
      { actionId: 'new', judgement: 'not_yet_complete', previous: null, change: 'new' },
    ]);
    expect(result.counts).toEqual({ moved_forward: 1, slipped_back: 1, unchanged: 1, new: 1 });
    expect(result.notJudgedAgain).toEqual(['gone']);
  });

  it('counts every action as new when there is no previous approved review', () => {
    const result = compareReviews([j('a', 'not_yet_complete'), j('b', 'complete_impact_evidenced')], null);
    expect(result.counts).toEqual({ moved_forward: 0, slipped_back: 0, unchanged: 0, new: 2 });
    expect(result.notJudgedAgain).toEqual([]);
  });
});

describe('the review lifecycle', () => {
  it('goes draft -> submitted -> approved or returned, and returned -> submitted again', () => {
    expect(nextCriticalReviewStatus('draft', 'submit')).toBe('submitted');
    expect(nextCriticalReviewStatus('submitted', 'approve')).toBe('approved');
    expect(nextCriticalReviewStatus('submitted', 'return')).toBe('returned');
    expect(nextCriticalReviewStatus('returned', 'edit')).toBe('returned');
    expect(nextCriticalReviewStatus('returned', 'submit')).toBe('submitted');
    expect(allowedCriticalReviewEvents('approved')).toEqual([]);
    expect(allowedCriticalReviewEvents('draft')).toEqual(['edit', 'submit']);
  });

  it('refuses what the state does not allow, on the status field', () => {
    expect(() => nextCriticalReviewStatus('approved', 'edit')).toThrow(/approved and is final/);
    expect(() => nextCriticalReviewStatus('submitted', 'edit')).toThrow(DomainRuleError);
    expect(() => nextCriticalReviewStatus('draft', 'approve')).toThrow(/Only a submitted review/);
  });

  it('needs a judgement before it is submitted, and a reason to be returned', () => {
    expect(() => assertReviewSubmittable(0)).toThrow(/at least one action/);
    expect(() => assertReviewSubmittable(1)).not.toThrow();
    expect(() => assertReviewReturnNote('  ')).toThrow(/Say why/);
    expect(() => assertReviewReturnNote('x'.repeat(2001))).toThrow(/2000 characters/);
    expect(() => assertReviewReturnNote('Check 3.2 again')).not.toThrow();
  });
});

describe('moderating a review', () => {
  const recorder = { userId: 'u1', personId: 'p1' };
  it('needs a moderator who neither recorded nor submitted it', () => {
    const moderator = { id: 'u2', personId: null, roles: ['moderator' as const] };
    expect(criticalReviewModerationRefusal(moderator, { recordedBy: recorder, submittedBy: recorder })).toBeNull();
    expect(criticalReviewModerationRefusal({ id: 'u1', personId: 'p1', roles: ['plan_manager'] }, { recordedBy: recorder, submittedBy: recorder })).toBe('self');
    expect(criticalReviewModerationRefusal({ id: 'u3', personId: null, roles: ['plan_manager'] }, { recordedBy: recorder, submittedBy: { userId: 'u3', personId: null } })).toBe('self');
    // The same person under another account.
    expect(criticalReviewModerationRefusal({ id: 'u4', personId: 'p1', roles: ['moderator'] }, { recordedBy: recorder, submittedBy: null })).toBe('self');
    expect(criticalReviewModerationRefusal({ id: 'u5', personId: null, roles: ['viewer'] }, { recordedBy: recorder, submittedBy: null })).toBe('role');
  });

  it('shows drafts only to those who record or moderate reviews', () => {
    expect(canReadDraftCriticalReviews(['plan_manager'])).toBe(true);
    expect(canReadDraftCriticalReviews(['moderator'])).toBe(true);
    expect(canReadDraftCriticalReviews(['admin'])).toBe(true);
    expect(canReadDraftCriticalReviews(['adviser'])).toBe(false);
    expect(canReadDraftCriticalReviews(['board_member', 'viewer'])).toBe(false);
  });
});
