import { parseExpectationsText } from './expectations';

const SAMPLE = [
  ' COUNCIL ', '', ' preamble bullet ', '',
  '1. Identifying the particular SEN of children and young ', '', 'people ', '', ' ', '',
  'Schools and settings will: ', '',
  ' Listen to the child/young person ', '',
  ' Identify barriers to learning using the four primary areas ', '', 'of need; the areas of need are:   ', '',
  ' Communication and interaction ', '', ' Cognition and learning ', '', ' Social, emotional  and mental health difficulties ', '', ' Sensory and/or physical ', '',
  ' Gather evidence around a child’s needs, including the ', '', 'Educational Psychology Service, Local Authority ', ' support services etc. ', '',
  '2. Consulting with parents ', '', ' ', '', 'Parents know their child best. ', '', 'Schools and settings will: ', '',
  ' Hold regular parent meetings ', '',
  'The Local Authority will, through quality assurance, ensure ', '', 'this.  ', '', ' ', '', 'This will include: ', '',
  ' Supporting schools ', '', ' Offering training ', '',
].join('\n');

describe('parseExpectationsText', () => {
  const areas = parseExpectationsText(SAMPLE);

  it('finds each numbered area with its title joined across lines', () => {
    expect(areas.map((a) => [a.number, a.title])).toEqual([[1, 'Identifying the particular SEN of children and young people'], [2, 'Consulting with parents']]);
    expect(areas[1].introduction).toBe('Parents know their child best.');
  });

  it('reads a bulleted statement and the lines that continue it, and keeps a sub-list with the statement it completes', () => {
    expect(areas[0].statements).toEqual([
      'Listen to the child/young person',
      'Identify barriers to learning using the four primary areas of need; the areas of need are: Communication and interaction; Cognition and learning; Social, emotional and mental health difficulties; Sensory and/or physical',
      'Gather evidence around a child’s needs, including the Educational Psychology Service, Local Authority support services etc.',
    ]);
  });

  it("keeps the local authority's own commitments apart from the schools' statements", () => {
    expect(areas[1].statements).toEqual(['Hold regular parent meetings']);
    expect(areas[1].localAuthority).toEqual({ introduction: 'The Local Authority will, through quality assurance, ensure this. This will include:', commitments: ['Supporting schools', 'Offering training'] });
  });
});
