import { DomainRuleError } from './errors';
import { daysLeftPhrase, isEmailKind, dayAndDate, normaliseReminderDays, reminderDue, weekdayOf } from './notification';

describe('weekdayOf', () => {
  it('names the day of the week of a date', () => {
    expect(weekdayOf('1970-01-01')).toBe('thursday');
    expect(weekdayOf('2025-03-14')).toBe('friday');
    expect(weekdayOf('2026-12-07')).toBe('monday');
    expect(weekdayOf('1969-12-28')).toBe('sunday');
  });
});

describe('reminderDue', () => {
  const days = [7, 2];
  it('is due on each reminder day before the deadline', () => {
    expect(reminderDue('2025-03-14', days, '2025-03-07')).toBe(7);
    expect(reminderDue('2025-03-14', days, '2025-03-12')).toBe(2);
  });
  it('is nothing further out than the first reminder day, and nothing after the deadline', () => {
    expect(reminderDue('2025-03-14', days, '2025-03-06')).toBeNull();
    expect(reminderDue('2025-03-14', days, '2025-03-15')).toBeNull();
  });
  it('still answers a reminder day that passed while the deadline has not, the nearest only', () => {
    expect(reminderDue('2025-03-14', days, '2025-03-09')).toBe(7);
    expect(reminderDue('2025-03-14', days, '2025-03-14')).toBe(2);
  });
  it('is nothing for a plan with no reminder days', () => {
    expect(reminderDue('2025-03-14', [], '2025-03-14')).toBeNull();
  });
});

describe('normaliseReminderDays', () => {
  it('orders the days furthest from the deadline first', () => {
    expect(normaliseReminderDays([2, 14, 7])).toEqual([14, 7, 2]);
  });
  it.each([[[1, 1]], [[-1]], [[1.5]], [[61]], [[1, 2, 3, 4, 5, 6]]])('refuses %j', (value) => {
    expect(() => normaliseReminderDays(value)).toThrow(DomainRuleError);
  });
});

describe('wording', () => {
  it('writes dates and days left the way the emails say them', () => {
    expect(dayAndDate('2025-03-14')).toBe('Friday 14 March 2025');
    expect(daysLeftPhrase(0)).toBe('today');
    expect(daysLeftPhrase(1)).toBe('tomorrow');
    expect(daysLeftPhrase(7)).toBe('in 7 days');
  });
  it('knows the kinds of email', () => {
    expect(isEmailKind('weekly_digest')).toBe(true);
    expect(isEmailKind('spam')).toBe(false);
  });
});
