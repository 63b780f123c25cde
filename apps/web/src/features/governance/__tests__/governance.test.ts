import { decisionState, filterDecisions, formatFileSize, meetingWindows, packStatus, packToPreview, parseAsAt, reportHref } from '../governance';
import { DECISION, DRAFT, PUBLISHED } from './fixtures';

describe('a meeting’s pack status', () => {
  it('is said in words: none, draft, published, or published with a newer draft', () => {
    expect(packStatus([])).toEqual({ label: 'No pack yet', rag: 'grey', exists: false });
    expect(packStatus([DRAFT]).label).toBe('Draft');
    expect(packStatus([PUBLISHED])).toEqual({ label: 'Published', rag: 'blue', exists: true });
    expect(packStatus([DRAFT, PUBLISHED]).label).toBe('Published, new draft');
  });

  it('previews the pack asked for, else the draft, else the latest', () => {
    expect(packToPreview([PUBLISHED, DRAFT], null)?.id).toBe(DRAFT.id);
    expect(packToPreview([PUBLISHED, DRAFT], PUBLISHED.id)?.id).toBe(PUBLISHED.id);
    expect(packToPreview([PUBLISHED], 'gone')?.id).toBe(PUBLISHED.id);
    expect(packToPreview([], null)).toBeUndefined();
  });
});

describe('the meetings windows', () => {
  it('looks forward from today and back from yesterday, across a month and a year', () => {
    expect(meetingWindows('2025-03-01')).toEqual({ upcoming: { from: '2025-03-01', order: 'asc' }, recent: { to: '2025-02-28', order: 'desc' } });
    expect(meetingWindows('2025-01-01').recent.to).toBe('2024-12-31');
  });
});

describe('decisions', () => {
  const onTime = { ...DECISION, id: 'd2', overdue: false };
  const closed = { ...DECISION, id: 'd3', status: 'closed' as const, overdue: false };

  it('are filtered to open, overdue (open and past due) or closed', () => {
    const all = [DECISION, onTime, closed];
    expect(filterDecisions(all, 'open').map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(filterDecisions(all, 'overdue').map((d) => d.id)).toEqual(['d1']);
    expect(filterDecisions(all, 'closed').map((d) => d.id)).toEqual(['d3']);
    expect(filterDecisions(all, 'all')).toHaveLength(3);
  });

  it('say overdue before open, and closed whatever the due date', () => {
    expect(decisionState(DECISION)).toEqual({ label: 'Overdue', rag: 'red' });
    expect(decisionState(onTime).label).toBe('Open');
    expect(decisionState({ status: 'closed', overdue: true }).label).toBe('Closed');
  });
});

describe('the reports date', () => {
  const today = '2025-03-10';
  it('is optional: empty means today', () => {
    expect(parseAsAt({ day: '', month: '', year: ' ' }, today)).toEqual({});
  });
  it('must be a whole, real date that is not in the future', () => {
    expect(parseAsAt({ day: '31', month: '1', year: '2025' }, today)).toEqual({ asAt: '2025-01-31' });
    expect(parseAsAt({ day: '10', month: '3', year: '2025' }, today)).toEqual({ asAt: '2025-03-10' });
    expect(parseAsAt({ day: '31', month: '', year: '2025' }, today).error).toMatch(/full date/);
    expect(parseAsAt({ day: '29', month: '2', year: '2025' }, today).error).toMatch(/real date/);
    expect(parseAsAt({ day: '1', month: '1', year: '25' }, today).error).toMatch(/real date/);
    expect(parseAsAt({ day: '11', month: '3', year: '2025' }, today).error).toMatch(/today or in the past/);
  });
  it('goes into the download address', () => {
    expect(reportHref('p', 'tracker.csv')).toBe('/api/plans/p/reports/tracker.csv');
    expect(reportHref('p', 'progress.pdf', '2025-01-31')).toBe('/api/plans/p/reports/progress.pdf?asAt=2025-01-31');
  });
});

describe('file sizes', () => {
  it('read as KB or MB', () => {
    expect(formatFileSize(null)).toBeNull();
    expect(formatFileSize(200)).toBe('1 KB');
    expect(formatFileSize(52_000)).toBe('51 KB');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
