import { countExceptions, exceptionOf, exceptionsOf, needsUpdate, type ExceptionCandidate } from './exceptions';

const action = (over: Partial<ExceptionCandidate> = {}): ExceptionCandidate => ({
  deliveryStatus: 'on_track',
  impactStatus: 'not_yet_complete',
  dueDate: '2025-06-30',
  openMilestones: 0,
  impactEvidenceCount: 0,
  stale: false,
  ...over,
});

describe('exceptionOf', () => {
  it('finds nothing in an action on track, in date, updated and consistent', () => {
    expect(exceptionOf(action(), '2025-06-30')).toEqual({ reasons: [], issues: [] });
  });

  it('lists an off-track action, and one past its due date as overdue too', () => {
    expect(exceptionOf(action({ deliveryStatus: 'off_track' }), '2025-06-30').reasons).toEqual(['off_track']);
    expect(exceptionOf(action({ deliveryStatus: 'off_track' }), '2025-07-01').reasons).toEqual(['off_track', 'overdue']);
  });

  it('lists an on-track action past its due date as overdue and inconsistent, with the reason in words', () => {
    const found = exceptionOf(action(), '2025-07-01');
    expect(found.reasons).toEqual(['overdue', 'inconsistent']);
    expect(found.issues.map((i) => i.code)).toEqual(['past_due_not_complete']);
  });

  it('chases a stale action, but not a complete one without recent updates', () => {
    expect(exceptionOf(action({ stale: true }), '2025-06-01').reasons).toEqual(['stale']);
    expect(exceptionOf(action({ stale: true, deliveryStatus: 'complete' }), '2025-06-01').reasons).toEqual([]);
    expect(needsUpdate({ stale: true, deliveryStatus: 'at_risk' })).toBe(true);
    expect(needsUpdate({ stale: true, deliveryStatus: 'complete' })).toBe(false);
    expect(needsUpdate({ stale: false, deliveryStatus: 'at_risk' })).toBe(false);
  });

  it('lists a complete action with open milestones as inconsistent, never as overdue', () => {
    const found = exceptionOf(action({ deliveryStatus: 'complete', openMilestones: 2, dueDate: '2024-01-01' }), '2025-06-01');
    expect(found.reasons).toEqual(['inconsistent']);
    expect(found.issues[0].message).toMatch(/2 milestones are not done/);
  });
});

describe('exceptionsOf', () => {
  it('keeps the exceptions in the order given, with the action itself, and counts them by reason', () => {
    const list = [
      { id: 'a', ...action() },
      { id: 'b', ...action({ deliveryStatus: 'off_track', dueDate: '2025-01-01' }) },
      { id: 'c', ...action({ stale: true }) },
    ];
    const found = exceptionsOf(list, '2025-03-01');
    expect(found.map((f) => f.action.id)).toEqual(['b', 'c']);
    expect(countExceptions(found)).toEqual({ actions: 2, off_track: 1, overdue: 1, stale: 1, inconsistent: 0 });
  });
});
