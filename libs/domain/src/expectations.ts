/*
 * The local authority's expectations of every school's SEND provision: numbered areas, each with
 * the statements a school is held to ("Schools and settings will: ..."). The text is kept as the
 * local authority wrote it; only line breaks and runs of spaces left by the document's layout are
 * folded into single spaces.
 */

export interface ExpectationAreaText {
  number: number;
  title: string;
  /** Paragraphs before "Schools and settings will:", where the area has them. */
  introduction: string | null;
  statements: string[];
  /** What the local authority itself undertakes in the area ("The Local Authority will ..."), if anything. */
  localAuthority: { introduction: string; commitments: string[] } | null;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads the expectations document as text (one line of the layout per line): an area starts at
 * "N. Title", its statements are the bulleted lines after "Schools and settings will:", a bulleted
 * line begins with spaces then a capital letter and a line that does not is the one before it
 * continued. A statement ending "the areas of need are:" keeps the four areas listed under it.
 */
export function parseExpectationsText(text: string): ExpectationAreaText[] {
  const areas: ExpectationAreaText[] = [];
  type Mode = 'title' | 'introduction' | 'statements' | 'la-introduction' | 'la-commitments';
  let mode: Mode = 'title';
  let area: ExpectationAreaText | null = null;
  let title: string[] = [];
  let paragraphs: string[][] = [];
  let laIntro: string[] = [];
  let current: string[] | null = null;
  let absorb = 0;

  const closeStatement = () => {
    if (area && current) {
      const statement = tidy(current.join(' ')).replace(/ ; /g, '; ');
      if (mode === 'la-commitments') area.localAuthority!.commitments.push(statement);
      else area.statements.push(statement);
    }
    current = null;
  };
  const closeArea = () => {
    closeStatement();
    if (area) {
      const intro = paragraphs.map((p) => tidy(p.join(' '))).filter(Boolean);
      area.introduction = intro.length ? intro.join('\n\n') : null;
      areas.push(area);
    }
  };

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const heading = /^\s*(\d{1,2})\.\s+(\S.*)$/.exec(line);
    if (heading && Number(heading[1]) === areas.length + (area ? 2 : 1)) {
      closeArea();
      area = { number: Number(heading[1]), title: '', introduction: null, statements: [], localAuthority: null };
      title = [heading[2]];
      paragraphs = [];
      mode = 'title';
      continue;
    }
    if (!area) continue;
    if (line.trim() === '') {
      // A line of spaces only (not an empty one) ends a paragraph of the layout.
      if (raw.length > 0 && mode === 'title' && title.length) {
        area.title = tidy(title.join(' '));
        mode = 'introduction';
        paragraphs = [];
      } else if (raw.length > 0 && mode === 'introduction' && paragraphs.at(-1)?.length) paragraphs.push([]);
      else if (raw.length > 0 && mode === 'la-introduction' && laIntro.length && !laIntro.at(-1)!.endsWith('\n')) laIntro.push('\n');
      continue;
    }
    if (mode === 'title') {
      title.push(line);
      continue;
    }
    if (/^Schools and settings will:/.test(line.trim())) {
      closeStatement();
      mode = 'statements';
      continue;
    }
    if (/^The Local Authority will\b/.test(line.trim())) {
      closeStatement();
      mode = 'la-introduction';
      laIntro = [line];
      continue;
    }
    if (mode === 'introduction') {
      if (!paragraphs.length) paragraphs.push([]);
      paragraphs.at(-1)!.push(line);
      continue;
    }
    const bullet = /^\s+[A-Z]/.test(line);
    if (mode === 'la-introduction') {
      if (bullet) {
        area.localAuthority = { introduction: tidy(laIntro.filter((l) => l !== '\n').join(' ')), commitments: [] };
        mode = 'la-commitments';
      } else {
        laIntro.push(line);
        continue;
      }
    }
    if (bullet && absorb > 0 && current) {
      (current).push(absorb === 4 ? line : `; ${line.trim()}`);
      absorb -= 1;
      continue;
    }
    if (bullet || !current) {
      closeStatement();
      current = [line];
    } else (current).push(line);
    if (/the areas of need are:$/.test(tidy((current).join(' ')))) absorb = 4;
  }
  closeArea();
  return areas;
}
