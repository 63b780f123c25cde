import { countOf, countStatusMoves, dayInWords, headlineSentences, priorityAreaSentence, sinceLastBoardSentences, type PublicProgressCounts } from './public-summary';

const counts = (c: Partial<PublicProgressCounts>): PublicProgressCounts => ({
  actions: 0, complete: 0, onTrack: 0, needsWork: 0, notStarted: 0, impactEvidenced: 0, overdue: 0, ...c,
});

describe('the public summary in words', () => {
  it('counts in words with singular and plural', () => {
    expect(countOf(1, 'task')).toBe('1 task');
    expect(countOf(3, 'task')).toBe('3 tasks');
  });

  it('gives the headline progress as short sentences', () => {
    expect(headlineSentences(counts({}))).toEqual(['The plan has no tasks in it yet.']);
    expect(headlineSentences(counts({ actions: 55, complete: 38, onTrack: 10, needsWork: 4, notStarted: 3, impactEvidenced: 7 }))).toEqual([
      'Our plan has 55 tasks.',
      '38 of them are done.',
      '10 are going to plan.',
      '4 are behind, and we are working to catch up.',
      '3 have not started yet.',
      'For 7 of the tasks that are done, we can show they made things better for children and families.',
    ]);
    expect(headlineSentences(counts({ actions: 1, onTrack: 1 }))).toEqual(['Our plan has 1 task.', 'None of them are done yet.', '1 is going to plan.']);
  });

  it('says each part of the plan in one or two sentences', () => {
    expect(priorityAreaSentence(counts({}))).toBe('There are no tasks in this part of the plan yet.');
    expect(priorityAreaSentence(counts({ actions: 3, complete: 3 }))).toBe('There are 3 tasks in this part. All of them are done.');
    expect(priorityAreaSentence(counts({ actions: 6, complete: 2, onTrack: 3, needsWork: 1 }))).toBe('There are 6 tasks in this part. 2 are done, 3 are going to plan and 1 is behind.');
    expect(priorityAreaSentence(counts({ actions: 1, notStarted: 1 }))).toBe('There is 1 task in this part. 1 has not started.');
  });

  it('says what changed since the last board in counts', () => {
    expect(sinceLastBoardSentences({ boardDate: null, completed: 0, newActions: 0, movedForward: 0, slippedBack: 0, missedDeadlines: 0 }))
      .toEqual(['Our board has not met yet, so there is nothing to compare with.']);
    expect(sinceLastBoardSentences({ boardDate: '2025-01-22', completed: 0, newActions: 0, movedForward: 0, slippedBack: 0, missedDeadlines: 0 }, dayInWords))
      .toEqual(['Our board last met on 22 January 2025. Nothing has changed since then.']);
    expect(sinceLastBoardSentences({ boardDate: '2025-01-22', completed: 2, newActions: 1, movedForward: 3, slippedBack: 1, missedDeadlines: 2 }, dayInWords)).toEqual([
      'Our board last met on 22 January 2025. Since then:',
      '2 tasks were finished.',
      '3 tasks moved on.',
      'We added 1 new task.',
      '1 task fell behind.',
      '2 tasks missed the date we set.',
    ]);
  });

  it('writes a day in words', () => {
    expect(dayInWords('2025-01-22')).toBe('22 January 2025');
    expect(dayInWords('nonsense')).toBe('nonsense');
  });
});

describe('status moves counted for the public', () => {
  it('counts finished, moved on and fell behind', () => {
    expect(countStatusMoves([
      { delivery: { from: 'on_track', to: 'complete' }, impact: null },
      { delivery: { from: 'off_track', to: 'on_track' }, impact: null },
      { delivery: null, impact: { from: 'complete_monitoring_impact', to: 'complete_impact_evidenced' } },
      { delivery: { from: 'on_track', to: 'at_risk' }, impact: null },
      { delivery: null, impact: { from: 'complete_impact_evidenced', to: 'complete_monitoring_impact' } },
    ])).toEqual({ completed: 1, movedForward: 2, slippedBack: 2 });
  });
});
