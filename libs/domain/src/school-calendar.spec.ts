import { termlyMeetings, termlyMeetingsOpenOn } from './school-calendar';

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

describe("a school plan's termly governing board meetings", () => {
  it('falls late in each term of the academic year today is in, on a Wednesday, with a three-week period due a week before', () => {
    const meetings = termlyMeetings('2026-12-06');
    expect(meetings.map((m) => [m.term, m.title, m.meetingDate])).toEqual([
      ['autumn', 'Autumn term 2026', '2026-12-09'],
      ['spring', 'Spring term 2027', '2027-03-17'],
      ['summer', 'Summer term 2027', '2027-07-14'],
    ]);
    for (const m of meetings) expect(weekday(m.meetingDate)).toBe(3);
    expect(meetings[0]).toMatchObject({ opensOn: '2026-11-18', updateDeadline: '2026-12-02', cutOffDay: '2026-12-03' });
  });

  it('starts the academic year on 1 September, and moves to the next once the summer meeting has passed', () => {
    expect(termlyMeetings('2026-08-31')[0].meetingDate).toBe('2026-12-09');
    expect(termlyMeetings('2026-07-08')[2].meetingDate).toBe('2026-07-08');
    expect(termlyMeetings('2026-07-09')[0].meetingDate).toBe('2026-12-09');
    expect(termlyMeetings('2026-09-01')[0].meetingDate).toBe('2026-12-09');
    expect(termlyMeetings('2027-01-05')[0].meetingDate).toBe('2026-12-09');
    expect(() => termlyMeetings('2026-13-01')).toThrow(RangeError);
  });

  it('opens the next period on the day an illustrative plan is seeded, when none is open then', () => {
    // 6 December: the autumn period is open already (18 November to the meeting on 9 December).
    expect(termlyMeetingsOpenOn('2026-12-06')).toEqual(termlyMeetings('2026-12-06'));
    // 5 January: the autumn meeting has passed and the spring period opens on 24 February: it opens today instead.
    const january = termlyMeetingsOpenOn('2027-01-05');
    expect(january.map((m) => m.opensOn)).toEqual(['2026-11-18', '2027-01-05', '2027-06-23']);
    expect(january[1].updateDeadline).toBe('2027-03-10');
    // Mid-August: next year's autumn period opens today.
    expect(termlyMeetingsOpenOn('2027-08-16')[0]).toMatchObject({ meetingDate: '2027-12-08', opensOn: '2027-08-16' });
  });
});
