import {
  columnLetter,
  countImportHeaderFields,
  guessImportMapping,
  matchImportHeader,
  nameKey,
  normaliseHeader,
  isPriorityHeading,
  parsePriorityLabel,
  priorityNumberFromReference,
  splitNameList,
} from './plan-import';

describe('matchImportHeader', () => {
  it.each([
    ['Ref', 'reference'],
    ['Ref No.', 'reference'],
    ['Action Ref', 'reference'],
    ['#', null],
    ['Priority', 'priorityArea'],
    ['Priority Area', 'priorityArea'],
    ['Area for priority action', 'priorityArea'],
    ['Action', 'title'],
    ['What we will do', 'title'],
    ['Description', 'description'],
    ['Lead officer', 'ownerPerson'],
    ['Action owner(s)', 'ownerPerson'],
    ['Lead organisation', 'ownerOrganisation'],
    ['Organization', 'ownerOrganisation'],
    ['Partners', 'partners'],
    ['Start date', 'startDate'],
    ['Due date (dd/mm/yyyy)', 'dueDate'],
    ['Target completion date', 'dueDate'],
    ['RAG', 'deliveryStatus'],
    ['RAG status (B/R/A/G)', 'deliveryStatus'],
    ['BRAG', 'deliveryStatus'],
    ['Impact', 'impactStatus'],
    ['Critical review category', 'impactStatus'],
    ['Latest update', 'latestUpdate'],
    ['Progress to date', 'latestUpdate'],
    ['Notes', null],
    ['Evidence', null],
    ['', null],
  ])('reads %p as %p', (header, field) => {
    expect(matchImportHeader(header)).toBe(field);
  });

  it('ignores case, spacing and punctuation', () => {
    expect(matchImportHeader('  DUE-DATE ')).toBe('dueDate');
    expect(matchImportHeader('lead_officer')).toBe('ownerPerson');
    expect(matchImportHeader('RAG\nstatus')).toBe('deliveryStatus');
  });

  it('normalises headers without their bracketed hints', () => {
    expect(normaliseHeader('Due Date (dd/mm/yyyy) [required]')).toBe('due date');
  });
});

describe('guessImportMapping', () => {
  it('maps each field to the first column that names it, and leaves the rest unmapped', () => {
    const mapping = guessImportMapping(['Ref', 'Action', 'Notes', 'Lead officer', 'Due date', 'RAG', 'Impact', 'Action title']);
    expect(mapping).toMatchObject({
      reference: 0, title: 1, ownerPerson: 3, dueDate: 4, deliveryStatus: 5, impactStatus: 6,
      priorityArea: null, description: null, ownerOrganisation: null, latestUpdate: null,
    });
  });

  it('falls back to words that cannot mean anything else', () => {
    const mapping = guessImportMapping(['Reference code', 'Action', 'Current RAG rating for delivery', 'Impact RAG', 'Revised due', 'Partner bodies involved']);
    expect(mapping).toMatchObject({ reference: 0, title: 1, deliveryStatus: 2, impactStatus: 3, dueDate: 4, partners: 5 });
  });

  it('prefers an exact name to a loose one, wherever it is', () => {
    const mapping = guessImportMapping(['Action', 'Revised RAG', 'RAG status']);
    expect(mapping.deliveryStatus).toBe(2);
  });

  it('counts the fields a row names, for finding the header row', () => {
    expect(countImportHeaderFields(['SEND Improvement Plan tracker', '', ''])).toBe(0);
    expect(countImportHeaderFields(['Ref', 'Action', 'RAG', 'RAG'])).toBe(3);
    expect(countImportHeaderFields([null, undefined, 'Due'])).toBe(1);
  });
});

describe('columnLetter', () => {
  it.each([[0, 'A'], [1, 'B'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']])(
    'names column %i %s',
    (index, letter) => {
      expect(columnLetter(index)).toBe(letter);
    },
  );

  it('refuses what is not a column', () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});

describe('parsePriorityLabel', () => {
  it.each([
    [1, { number: 1, title: null }],
    ['1', { number: 1, title: null }],
    [' 12 ', { number: 12, title: null }],
    ['Priority 1', { number: 1, title: null }],
    ['priority 3', { number: 3, title: null }],
    ['Priority area 2', { number: 2, title: null }],
    ['Priority Action Area 4: Preparing for adulthood', { number: 4, title: 'Preparing for adulthood' }],
    ['PAA 5 – Health', { number: 5, title: 'Health' }],
    ['Priority 1: Leadership and Governance', { number: 1, title: 'Leadership and Governance' }],
    ['1. Leadership and Governance', { number: 1, title: 'Leadership and Governance' }],
    ['1 - Leadership and Governance', { number: 1, title: 'Leadership and Governance' }],
    ['1) Leadership', { number: 1, title: 'Leadership' }],
    ['2 Identification of need', { number: 2, title: 'Identification of need' }],
    ['Priority 6 -', { number: 6, title: null }],
  ])('reads %p', (value, expected) => {
    expect(parsePriorityLabel(value)).toEqual(expected);
  });

  it.each(['', 'Leadership and Governance', '1.2', '0', 'Priority 0', '100', 1.5, 0, 'TBC', 'Priority'])(
    'cannot tell the priority area of %p',
    (value) => {
      expect(parsePriorityLabel(value)).toBeNull();
    },
  );
});

describe('isPriorityHeading', () => {
  it('tells a heading that names a priority area from other text', () => {
    expect(isPriorityHeading('Priority 2: Inclusion')).toBe(true);
    expect(isPriorityHeading('PAA 3')).toBe(true);
    expect(isPriorityHeading('2 week turnaround for plans')).toBe(false);
    expect(isPriorityHeading('Priorities for next year')).toBe(false);
  });
});

describe('priorityNumberFromReference', () => {
  it.each([['3.4', 3], ['1.10', 1], ['12.1', 12], ['P3.4', 3], ['PAA2.1', 2], ['1.2a', 1], [' 4.1 ', 4]])('reads %p as %i', (ref, n) => {
    expect(priorityNumberFromReference(ref)).toBe(n);
  });

  it.each(['3', 'A', 'A.1', '', '0.1', 'x3.4'])('finds no priority in %p', (ref) => {
    expect(priorityNumberFromReference(ref)).toBeNull();
  });
});

describe('splitNameList', () => {
  it('splits on semicolons, commas and line breaks, tidies spacing and drops repeats', () => {
    expect(splitNameList('NHS Devon ICB; Livewell Southwest,\nPlymouth  City Council ; nhs devon icb;;')).toEqual([
      'NHS Devon ICB', 'Livewell Southwest', 'Plymouth City Council',
    ]);
    expect(splitNameList('  ')).toEqual([]);
  });

  it('keeps a known name that holds commas whole, wherever it comes in the cell', () => {
    const known = new Set(['plymouth city council – education, participation and skills', 'a, b, c']);
    const isKnown = (name: string) => known.has(nameKey(name));
    expect(splitNameList('Plymouth City Council – Education, Participation and Skills', isKnown)).toEqual([
      'Plymouth City Council – Education, Participation and Skills',
    ]);
    expect(splitNameList('NHS Devon ICB, Plymouth City Council – Education,  Participation and Skills, Livewell Southwest; A, B, C', isKnown)).toEqual([
      'NHS Devon ICB', 'Plymouth City Council – Education, Participation and Skills', 'Livewell Southwest', 'A, B, C',
    ]);
    expect(splitNameList('A, B', isKnown)).toEqual(['A', 'B']);
  });

  it('compares names in any case and spacing', () => {
    expect(nameKey('  Head of  SEND ')).toBe(nameKey('head of send'));
  });
});
