import { isOverdue, todayIso } from './overdue';

describe('isOverdue', () => {
  const today = '2025-06-15';

  it('marks an open action past its due date as overdue', () => {
    expect(isOverdue({ dueDate: '2025-06-14', deliveryStatus: 'on_track' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2024-12-31', deliveryStatus: 'not_started' }, today)).toBe(true);
  });

  it('does not count an action due today as overdue', () => {
    expect(isOverdue({ dueDate: '2025-06-15', deliveryStatus: 'off_track' }, today)).toBe(false);
  });

  it('does not count an action due in the future as overdue', () => {
    expect(isOverdue({ dueDate: '2025-06-16', deliveryStatus: 'at_risk' }, today)).toBe(false);
  });

  it('never counts a complete action as overdue', () => {
    expect(isOverdue({ dueDate: '2020-01-01', deliveryStatus: 'complete' }, today)).toBe(false);
  });

  it('never counts an action without a due date as overdue', () => {
    expect(isOverdue({ dueDate: null, deliveryStatus: 'off_track' }, today)).toBe(false);
  });

  it('compares dates across month and year ends', () => {
    expect(isOverdue({ dueDate: '2024-12-31', deliveryStatus: 'on_track' }, '2025-01-01')).toBe(true);
    expect(isOverdue({ dueDate: '2025-02-28', deliveryStatus: 'on_track' }, '2025-03-01')).toBe(true);
  });

  it('throws on a malformed date rather than guessing', () => {
    expect(() => isOverdue({ dueDate: '15/06/2025', deliveryStatus: 'on_track' }, today)).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it('gives the date in London during British Summer Time', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(todayIso(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T22:59:59Z'))).toBe('2025-06-30');
  });

  it('gives the date in London in winter, when London is on UTC', () => {
    expect(todayIso(new Date('2025-12-31T23:59:59Z'))).toBe('2025-12-31');
    expect(todayIso(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
  });

  it('follows the clock change at the end of March', () => {
    // Clocks go forward at 01:00 UTC on 30 March 2025.
    expect(todayIso(new Date('2025-03-29T23:30:00Z'))).toBe('2025-03-29');
    expect(todayIso(new Date('2025-03-30T23:30:00Z'))).toBe('2025-03-31');
  });

  it('answers each instant for itself when asked within the same minute and across midnight', () => {
    // London midnight in summer is 23:00 UTC: the minute before and the minute after give different days.
    expect(todayIso(new Date('2025-06-30T22:59:01Z'))).toBe('2025-06-30');
    expect(todayIso(new Date('2025-06-30T22:59:58Z'))).toBe('2025-06-30');
    expect(todayIso(new Date('2025-06-30T23:00:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T22:59:30Z'))).toBe('2025-06-30');
  });

  it('defaults to now, as YYYY-MM-DD', () => {
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
