import { englandInstant } from './meeting';
import {
  boardPeriodTitle,
  checkPeriodDates,
  checkPeriodMeeting,
  lastDeadlineFor,
  periodDatesFor,
  comparePeriods,
  currentPeriod,
  daysToDeadline,
  isOpenPeriod,
  PERIOD_STATE_LABELS,
  PERIOD_STATES,
  periodState,
  trackedPeriodOn,
  type ReportingPeriodDates,
} from './reporting-period';

const period = (title: string, opensOn: string, updateDeadline: string, boardDate: string) => ({ title, opensOn, updateDeadline, boardDate });

// Six-weekly boards, each period opening the day after the previous board.
const DEC = period('Board 18 December 2024', '2024-11-21', '2024-12-04', '2024-12-18');
const FEB = period('Board 12 February 2025', '2024-12-19', '2025-01-29', '2025-02-12');
const MAR = period('Board 26 March 2025', '2025-02-13', '2025-03-12', '2025-03-26');
const SIX_WEEKLY = [MAR, DEC, FEB];

describe('periodState', () => {
  it('is upcoming before the period opens', () => {
    expect(periodState(FEB, '2024-12-18')).toBe('upcoming');
  });

  it('is open from the opening day to the board day inclusive', () => {
    expect(['2024-12-19', '2025-01-29', '2025-02-01', '2025-02-12'].map((d) => periodState(FEB, d))).toEqual(['open', 'open', 'open', 'open']);
    expect(isOpenPeriod(FEB, '2025-02-12')).toBe(true);
  });

  it('is closed after the board has met', () => {
    expect(periodState(FEB, '2025-02-13')).toBe('closed');
    expect(isOpenPeriod(FEB, '2025-02-13')).toBe(false);
  });

  it('labels every state', () => {
    expect(PERIOD_STATES.map((s) => PERIOD_STATE_LABELS[s])).toEqual(['Not open yet', 'Open for updates', 'Closed']);
  });
});

describe('currentPeriod', () => {
  it('is the open period when periods follow one another', () => {
    expect(currentPeriod(SIX_WEEKLY, '2025-01-10')).toBe(FEB);
    expect(currentPeriod(SIX_WEEKLY, '2024-12-18')).toBe(DEC);
    expect(currentPeriod(SIX_WEEKLY, '2024-12-19')).toBe(FEB);
  });

  it('keeps the period current on its deadline day and until its board meets', () => {
    expect(currentPeriod(SIX_WEEKLY, '2025-01-29')).toBe(FEB);
    expect(currentPeriod(SIX_WEEKLY, '2025-02-05')).toBe(FEB);
  });

  it('chooses the open period whose deadline is next when periods overlap', () => {
    const next = period('Next', '2025-01-15', '2025-03-12', '2025-03-26');
    // On 20 January both are open and both deadlines are ahead: FEB's comes first.
    expect(currentPeriod([next, FEB], '2025-01-20')).toBe(FEB);
    // On 5 February both are still open, but FEB's deadline has passed: updates go to the next one.
    expect(currentPeriod([FEB, next], '2025-02-05')).toBe(next);
  });

  it('sends late updates to the period whose board meets first when every open deadline has passed', () => {
    const late = period('Late', '2025-01-01', '2025-01-20', '2025-02-20');
    expect(currentPeriod([late, FEB], '2025-02-05')).toBe(FEB);
  });

  it('is null when no period is open', () => {
    expect(currentPeriod(SIX_WEEKLY, '2024-11-20')).toBeNull();
    expect(currentPeriod(SIX_WEEKLY, '2025-03-27')).toBeNull();
    expect(currentPeriod([], '2025-01-10')).toBeNull();
  });

  it('breaks a tie on the deadline by the earlier board, then by the order given', () => {
    const a = period('A', '2025-01-01', '2025-01-31', '2025-02-20');
    const b = period('B', '2025-01-01', '2025-01-31', '2025-02-10');
    const c = period('C', '2025-01-01', '2025-01-31', '2025-02-10');
    expect(currentPeriod([a, b, c], '2025-01-15')).toBe(b);
  });

  it('does not reorder the periods it is given', () => {
    const given = [MAR, DEC, FEB];
    currentPeriod(given, '2025-01-10');
    expect(given).toEqual([MAR, DEC, FEB]);
  });
});

describe('comparePeriods', () => {
  it('numbers periods by board date', () => {
    expect([...SIX_WEEKLY].sort(comparePeriods)).toEqual([DEC, FEB, MAR]);
  });
});

describe('checkPeriodDates', () => {
  it('accepts dates in the order open, deadline, board (the same day is allowed)', () => {
    expect(checkPeriodDates(FEB)).toEqual([]);
    expect(checkPeriodDates({ opensOn: '2025-01-01', updateDeadline: '2025-01-01', boardDate: '2025-01-01' })).toEqual([]);
  });

  it('refuses a deadline before the period opens and a board before the deadline', () => {
    const bad: ReportingPeriodDates = { opensOn: '2025-02-01', updateDeadline: '2025-01-29', boardDate: '2025-01-28' };
    expect(checkPeriodDates(bad).map((v) => v.field)).toEqual(['updateDeadline', 'boardDate']);
  });
});

describe('daysToDeadline', () => {
  it('counts days to the deadline, negative once it has passed', () => {
    expect(daysToDeadline(FEB, '2025-01-27')).toBe(2);
    expect(daysToDeadline(FEB, '2025-01-29')).toBe(0);
    expect(daysToDeadline(FEB, '2025-02-01')).toBe(-3);
  });
});

describe('boardPeriodTitle', () => {
  it('names a period after its board', () => {
    expect(boardPeriodTitle('2025-02-12')).toBe('Board 12 February 2025');
    expect(boardPeriodTitle('2023-09-27')).toBe('Board 27 September 2023');
  });

  it('refuses a date that does not exist', () => {
    expect(() => boardPeriodTitle('2025-02-30')).toThrow(RangeError);
  });
});

describe('a period and the meeting it reports to', () => {
  // The Improvement Board of 9 December 2026: its pack is cut at 17:00 on 2 December.
  const board = { meetingDate: '2026-12-09', cutOffAt: englandInstant('2026-12-02', '17:00') };

  it('takes updates until the day before the pack cut-off', () => {
    expect(lastDeadlineFor(board)).toBe('2026-12-01');
    expect(checkPeriodMeeting({ opensOn: '2026-10-29', updateDeadline: '2026-12-01' }, board)).toEqual([]);
  });

  it('refuses a deadline on or after the cut-off day, saying the last day it can be', () => {
    for (const updateDeadline of ['2026-12-02', '2026-12-05']) {
      expect(checkPeriodMeeting({ opensOn: '2026-10-29', updateDeadline }, board)).toEqual([
        { field: 'updateDeadline', message: "The update deadline must be before the meeting's pack cut-off (2 December 2026), so that updates can be moderated into the pack: 1 December 2026 at the latest." },
      ]);
    }
  });

  it('reads the cut-off day in England: 00:30 BST on 2 June is still 1 June in UTC', () => {
    const june = { meetingDate: '2027-06-09', cutOffAt: englandInstant('2027-06-02', '00:30') };
    expect(june.cutOffAt.toISOString()).toBe('2027-06-01T23:30:00.000Z');
    expect(lastDeadlineFor(june)).toBe('2027-06-01');
  });

  it("checks the period's own dates against the meeting's date", () => {
    // Opens after its deadline, which is after the board.
    expect(checkPeriodMeeting({ opensOn: '2026-12-20', updateDeadline: '2026-12-10' }, board).map((v) => v.field)).toEqual(['updateDeadline', 'boardDate']);
    const sameDay = { meetingDate: '2026-12-09', cutOffAt: englandInstant('2026-12-09', '09:00') };
    expect(checkPeriodMeeting({ opensOn: '2026-10-29', updateDeadline: '2026-12-08' }, sameDay)).toEqual([]);
    expect(checkPeriodMeeting({ opensOn: '2026-10-29', updateDeadline: '2026-12-10' }, sameDay).map((v) => v.field)).toEqual(['boardDate', 'updateDeadline']);
  });

  it('opens the usual period the day after the previous board, due the day before the cut-off', () => {
    expect(periodDatesFor(board, '2026-10-28')).toEqual({ opensOn: '2026-10-29', updateDeadline: '2026-12-01', boardDate: '2026-12-09' });
  });
});

describe('trackedPeriodOn', () => {
  it('is the current period, or after the last board the period of that board', () => {
    expect(trackedPeriodOn(SIX_WEEKLY, '2025-01-10')).toBe(FEB);
    expect(trackedPeriodOn(SIX_WEEKLY, '2025-03-26')).toBe(MAR);
    expect(trackedPeriodOn(SIX_WEEKLY, '2025-06-01')).toBe(MAR);
    expect(trackedPeriodOn(SIX_WEEKLY, '2024-11-01')).toBeNull();
  });
});
