import { checkDecisionClosure, isDecisionOpenOn, isDecisionOverdue } from './decision';

describe('checkDecisionClosure', () => {
  const meetingDate = '2025-02-12';
  const today = '2025-03-01';

  it('accepts an open decision with no closing note or date', () => {
    expect(checkDecisionClosure({ status: 'open', closingNote: null, closedOn: null, meetingDate }, today)).toEqual([]);
  });

  it('accepts a closed decision with a note and a date between the meeting and today', () => {
    expect(checkDecisionClosure({ status: 'closed', closingNote: 'Report received', closedOn: '2025-02-12', meetingDate }, today)).toEqual([]);
    expect(checkDecisionClosure({ status: 'closed', closingNote: 'Report received', closedOn: today, meetingDate }, today)).toEqual([]);
  });

  it('asks a closed decision for its note and date', () => {
    const violations = checkDecisionClosure({ status: 'closed', closingNote: '  ', closedOn: null, meetingDate }, today);
    expect(violations.map((v) => v.field)).toEqual(['closingNote', 'closedOn']);
  });

  it('refuses a closing date before the meeting or after today', () => {
    expect(checkDecisionClosure({ status: 'closed', closingNote: 'x', closedOn: '2025-02-11', meetingDate }, today)[0]?.message)
      .toMatch(/before the meeting/);
    expect(checkDecisionClosure({ status: 'closed', closingNote: 'x', closedOn: '2025-03-02', meetingDate }, today)[0]?.message)
      .toMatch(/future/);
  });

  it('refuses a closing note or date on an open decision', () => {
    const violations = checkDecisionClosure({ status: 'open', closingNote: 'done', closedOn: '2025-02-20', meetingDate }, today);
    expect(violations.map((v) => v.field)).toEqual(['closingNote', 'closedOn']);
  });
});

describe('isDecisionOpenOn', () => {
  it('counts a decision closed after the day as open on that day', () => {
    expect(isDecisionOpenOn({ status: 'closed', closedOn: '2025-03-10' }, '2025-03-09')).toBe(true);
    expect(isDecisionOpenOn({ status: 'closed', closedOn: '2025-03-10' }, '2025-03-10')).toBe(false);
    expect(isDecisionOpenOn({ status: 'open', closedOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('isDecisionOverdue', () => {
  it('is overdue when open past its due date, not on the due day or once closed', () => {
    expect(isDecisionOverdue({ status: 'open', closedOn: null, dueDate: '2025-03-01' }, '2025-03-02')).toBe(true);
    expect(isDecisionOverdue({ status: 'open', closedOn: null, dueDate: '2025-03-02' }, '2025-03-02')).toBe(false);
    expect(isDecisionOverdue({ status: 'closed', closedOn: '2025-03-01', dueDate: '2025-02-01' }, '2025-03-02')).toBe(false);
    expect(isDecisionOverdue({ status: 'open', closedOn: null, dueDate: null }, '2025-03-02')).toBe(false);
  });
});
