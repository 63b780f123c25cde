import { findExceptions } from '../exceptions';
import { makeAction } from './fixtures';

describe('board exceptions', () => {
  it('lists off-track, overdue, stale and inconsistent actions with every reason, by reference', () => {
    const actions = [
      makeAction({ id: 'ok', reference: '1.1' }),
      makeAction({ id: 'red', reference: '2.10', deliveryStatus: 'off_track' }),
      makeAction({ id: 'late', reference: '2.9', deliveryStatus: 'at_risk', dueDate: '2025-01-31', overdue: true }),
      makeAction({ id: 'stale', reference: '3.1' }),
    ];
    const found = findExceptions(actions, '2025-03-01', { staleIds: new Set(['stale']) });
    expect(found.map((e) => [e.action.id, e.reasons])).toEqual([
      ['late', ['overdue', 'inconsistent']],
      ['red', ['off_track']],
      ['stale', ['stale']],
    ]);
    expect(found[0].notes[0].code).toBe('past_due_not_complete');
  });

  it('does not list a completed action for going without updates', () => {
    const done = makeAction({ id: 'done', deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
    expect(findExceptions([done], '2025-03-01', { staleIds: new Set(['done']) })).toEqual([]);
  });

  it('checks milestones and evidence when their counts are known', () => {
    const done = makeAction({ id: 'done', deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced' });
    expect(findExceptions([done], '2025-03-01')).toEqual([]);
    const found = findExceptions([done], '2025-03-01', { counts: new Map([['done', { openMilestones: 2, impactEvidenceCount: 0 }]]) });
    expect(found[0].notes.map((n) => n.code)).toEqual(['complete_with_open_milestones', 'impact_evidenced_without_evidence']);
  });

  it('uses the inconsistencies the action list carries when no reporting cycle judged them', () => {
    const note = { code: 'impact_evidenced_without_evidence' as const, message: 'Impact is judged evidenced but no evidence item shows impact.' };
    const imported = makeAction({ id: 'imported', deliveryStatus: 'complete', impactStatus: 'complete_impact_evidenced', inconsistencies: [note] });
    expect(findExceptions([imported], '2025-03-01').map((e) => [e.action.id, e.reasons, e.notes])).toEqual([['imported', ['inconsistent'], [note]]]);
    // Once the evidence is attached, the API says so.
    expect(findExceptions([{ ...imported, inconsistencies: [] }], '2025-03-01')).toEqual([]);
  });
});
