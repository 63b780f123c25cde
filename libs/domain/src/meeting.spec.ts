import { canReadDraftPacks, checkMeetingCutOff, defaultCutOff, englandInstant, isPackEditable, snapshotInstant } from './meeting';

describe('englandInstant', () => {
  it('reads a winter time as GMT and a summer time as BST', () => {
    expect(englandInstant('2025-01-15', '17:00').toISOString()).toBe('2025-01-15T17:00:00.000Z');
    expect(englandInstant('2025-07-15', '17:00').toISOString()).toBe('2025-07-15T16:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(englandInstant('2025-03-30', '17:00').toISOString()).toBe('2025-03-30T16:00:00.000Z');
    expect(englandInstant('2025-10-26', '17:00').toISOString()).toBe('2025-10-26T17:00:00.000Z');
  });
});

describe('defaultCutOff', () => {
  it('is 17:00 in England a week before the meeting', () => {
    expect(defaultCutOff('2025-02-12').toISOString()).toBe('2025-02-05T17:00:00.000Z');
    expect(defaultCutOff('2024-09-18').toISOString()).toBe('2024-09-11T16:00:00.000Z');
  });
});

describe('checkMeetingCutOff', () => {
  it('accepts a cut-off before or on the meeting day and refuses one after it', () => {
    expect(checkMeetingCutOff('2025-02-12', new Date('2025-02-12T09:00:00Z'))).toEqual([]);
    expect(checkMeetingCutOff('2025-02-12', new Date('2025-02-05T17:00:00Z'))).toEqual([]);
    expect(checkMeetingCutOff('2025-02-12', new Date('2025-02-13T00:30:00Z'))[0]?.field).toBe('cutOffAt');
  });

  it('judges the day in England: 23:30 UTC in summer is already the next day', () => {
    expect(checkMeetingCutOff('2025-07-10', new Date('2025-07-10T23:30:00Z'))[0]?.field).toBe('cutOffAt');
  });
});

describe('snapshotInstant', () => {
  it('takes the cut-off once it has passed, and now before it', () => {
    const cutOff = new Date('2025-02-05T17:00:00Z');
    expect(snapshotInstant(cutOff, new Date('2025-03-01T00:00:00Z'))).toBe(cutOff);
    const early = new Date('2025-02-01T10:00:00Z');
    expect(snapshotInstant(cutOff, early)).toBe(early);
  });
});

describe('isPackEditable', () => {
  it('lets a draft change and never a published pack', () => {
    expect(isPackEditable('draft')).toBe(true);
    expect(isPackEditable('published')).toBe(false);
    expect(isPackEditable('publishing')).toBe(false);
  });
});

describe('canReadDraftPacks', () => {
  it('lets plan readers see drafts but not action owners or scrutiny members', () => {
    expect(canReadDraftPacks(['plan_manager'])).toBe(true);
    expect(canReadDraftPacks(['board_member'])).toBe(true);
    expect(canReadDraftPacks(['action_owner'])).toBe(false);
    expect(canReadDraftPacks(['scrutiny'])).toBe(false);
    expect(canReadDraftPacks(['action_owner', 'viewer'])).toBe(true);
    expect(canReadDraftPacks([])).toBe(false);
  });
});
