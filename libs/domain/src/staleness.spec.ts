import { inconsistencies, isStale, periodsSinceApprovedUpdate, type ActionSnapshot } from './staleness';

describe('isStale', () => {
  it('is fresh in the period of the last approved update', () => {
    expect(isStale(3, 3)).toBe(false);
  });

  it('is fresh one and two periods after the last approved update', () => {
    expect(isStale(3, 4)).toBe(false);
    expect(isStale(3, 5)).toBe(false);
  });

  it('goes stale three periods after the last approved update', () => {
    expect(isStale(3, 6)).toBe(true);
    expect(isStale(3, 10)).toBe(true);
  });

  it('gives a never-approved action until period 2 before it goes stale', () => {
    expect(isStale(null, 0)).toBe(false);
    expect(isStale(null, 1)).toBe(false);
    expect(isStale(null, 2)).toBe(true);
  });

  it('is not stale when the approval is from a later period than the one asked about', () => {
    expect(isStale(5, 3)).toBe(false);
  });
});

describe('periodsSinceApprovedUpdate', () => {
  it('counts periods from the last approved update', () => {
    expect(periodsSinceApprovedUpdate(3, 5)).toBe(2);
    expect(periodsSinceApprovedUpdate(null, 0)).toBe(1);
    expect(periodsSinceApprovedUpdate(5, 3)).toBe(0);
  });
});

describe('inconsistencies', () => {
  const today = '2025-06-15';
  const consistent: ActionSnapshot = {
    deliveryStatus: 'on_track',
    impactStatus: 'not_yet_complete',
    dueDate: '2025-09-30',
    openMilestones: 2,
    impactEvidenceCount: 0,
  };
  const codes = (a: Partial<ActionSnapshot>) => inconsistencies({ ...consistent, ...a }, today).map((i) => i.code);

  it('finds nothing wrong with a consistent action', () => {
    expect(inconsistencies(consistent, today)).toEqual([]);
  });

  it('flags green or amber past the due date', () => {
    expect(codes({ deliveryStatus: 'on_track', dueDate: '2025-06-14' })).toEqual(['past_due_not_complete']);
    expect(codes({ deliveryStatus: 'at_risk', dueDate: '2025-06-14' })).toEqual(['past_due_not_complete']);
  });

  it('does not flag green due today', () => {
    expect(codes({ dueDate: today })).toEqual([]);
  });

  it('does not flag red, grey or blue past the due date', () => {
    expect(codes({ deliveryStatus: 'off_track', dueDate: '2025-01-01' })).toEqual([]);
    expect(codes({ deliveryStatus: 'not_started', dueDate: '2025-01-01' })).toEqual([]);
    expect(codes({ deliveryStatus: 'complete', dueDate: '2025-01-01', openMilestones: 0 })).toEqual([]);
  });

  it('flags blue with open milestones', () => {
    const found = inconsistencies({ ...consistent, deliveryStatus: 'complete', openMilestones: 1 }, today);
    expect(found).toEqual([{ code: 'complete_with_open_milestones', message: 'The action is marked complete but 1 milestone is not done.' }]);
    expect(inconsistencies({ ...consistent, deliveryStatus: 'complete', openMilestones: 3 }, today)[0]?.message).toMatch(
      /3 milestones are not done/,
    );
  });

  it('flags impact evidenced without impact evidence', () => {
    expect(codes({ deliveryStatus: 'complete', openMilestones: 0, impactStatus: 'complete_impact_evidenced' })).toEqual([
      'impact_evidenced_without_evidence',
    ]);
    expect(
      codes({ deliveryStatus: 'complete', openMilestones: 0, impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 1 }),
    ).toEqual([]);
  });

  it('reports every problem it finds', () => {
    expect(
      codes({ deliveryStatus: 'complete', openMilestones: 1, impactStatus: 'complete_impact_evidenced', impactEvidenceCount: 0 }),
    ).toEqual(['complete_with_open_milestones', 'impact_evidenced_without_evidence']);
  });
});
