import {
  compareIsoDates,
  dayNumberToIsoDate,
  formatIsoDate,
  isCalendarDate,
  isIsoDate,
  isoDateToDayNumber,
} from './iso-date';

describe('isIsoDate', () => {
  it('accepts a real calendar date written YYYY-MM-DD', () => {
    expect(isIsoDate('2025-03-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('refuses days that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-02-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-04-00')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('refuses other spellings, timestamps and non-strings', () => {
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(isIsoDate('01/03/2025')).toBe(false);
    expect(isIsoDate('2025-03-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2025-03-01')).toBe(false);
    expect(isIsoDate(20250301)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years, including the century rule', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2100, 2, 29)).toBe(false);
    expect(isCalendarDate(2028, 2, 29)).toBe(true);
  });

  it('refuses fractional parts', () => {
    expect(isCalendarDate(2025, 1.5, 1)).toBe(false);
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(isoDateToDayNumber('1970-01-01')).toBe(0);
    expect(isoDateToDayNumber('1970-01-02')).toBe(1);
    expect(isoDateToDayNumber('1969-12-31')).toBe(-1);
  });

  it('ignores British Summer Time: the clocks change inside these ranges', () => {
    expect(isoDateToDayNumber('2025-03-31') - isoDateToDayNumber('2025-03-29')).toBe(2);
    expect(isoDateToDayNumber('2025-10-27') - isoDateToDayNumber('2025-10-25')).toBe(2);
  });

  it('round-trips through dayNumberToIsoDate', () => {
    for (const d of ['2024-02-29', '1900-03-01', '2025-12-31', '0050-06-15']) {
      expect(dayNumberToIsoDate(isoDateToDayNumber(d))).toBe(d);
    }
  });

  it('throws a RangeError for a malformed date, which is a caller bug', () => {
    expect(() => isoDateToDayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => isoDateToDayNumber('tomorrow')).toThrow(RangeError);
  });
});

describe('compareIsoDates', () => {
  it('orders dates as days', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
  });
});

describe('formatIsoDate', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(formatIsoDate(2025, 3, 7)).toBe('2025-03-07');
  });
});
