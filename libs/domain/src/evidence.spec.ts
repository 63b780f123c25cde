import {
  checkEvidenceContent,
  checkEvidenceFile,
  checkImpactEvidenceRemoval,
  EVIDENCE_SNIFF_BYTES,
  LAST_IMPACT_EVIDENCE_MESSAGE,
  EVIDENCE_ALLOWED_EXTENSIONS,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  fileExtension,
  isAllowedEvidenceFile,
  isEvidenceType,
} from './evidence';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('evidence types', () => {
  it('recognises each evidence type and nothing else', () => {
    expect(EVIDENCE_TYPES.every(isEvidenceType)).toBe(true);
    expect(isEvidenceType('photo')).toBe(false);
  });

  it('labels every type', () => {
    expect(EVIDENCE_TYPES.map((t) => EVIDENCE_TYPE_LABELS[t])).toEqual([
      'Document',
      'Link',
      'Data extract',
      'Case study',
      'Audit',
      'Training record',
      'Minutes',
      'Voice of children and young people',
      'Voice of parent carers',
    ]);
  });
});

describe('isAllowedEvidenceFile', () => {
  it.each([
    [PDF, 'Audit report.pdf'],
    ['application/msword', 'minutes.doc'],
    [DOCX, 'Case study.DOCX'],
    ['application/vnd.ms-excel', 'data.xls'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data.xlsx'],
    ['application/vnd.ms-powerpoint', 'deck.ppt'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'deck.pptx'],
    ['application/vnd.oasis.opendocument.text', 'notes.odt'],
    ['application/vnd.oasis.opendocument.spreadsheet', 'sheet.ods'],
    ['application/vnd.oasis.opendocument.presentation', 'slides.odp'],
    ['image/png', 'chart.png'],
    ['image/jpeg', 'photo.jpg'],
    ['image/jpeg', 'photo.jpeg'],
    ['image/gif', 'poster.gif'],
    ['image/webp', 'poster.webp'],
    ['text/csv', 'extract.csv'],
    ['application/vnd.ms-excel', 'extract.csv'],
    ['text/plain', 'notes.txt'],
  ])('allows %s named %s', (mimeType, fileName) => {
    expect(isAllowedEvidenceFile(mimeType, fileName)).toBe(true);
  });

  it('ignores MIME parameters and case', () => {
    expect(isAllowedEvidenceFile('Text/CSV; charset=utf-8', 'extract.csv')).toBe(true);
  });

  it('refuses a type we do not store', () => {
    expect(isAllowedEvidenceFile('application/x-msdownload', 'setup.exe')).toBe(false);
    expect(isAllowedEvidenceFile('text/html', 'page.html')).toBe(false);
    expect(isAllowedEvidenceFile('image/svg+xml', 'logo.svg')).toBe(false);
  });

  it('refuses an extension that does not match the MIME type', () => {
    expect(isAllowedEvidenceFile(PDF, 'report.exe')).toBe(false);
    expect(isAllowedEvidenceFile('image/png', 'report.pdf')).toBe(false);
    expect(isAllowedEvidenceFile('text/plain', 'script.js')).toBe(false);
  });

  it('refuses a name without an extension', () => {
    expect(isAllowedEvidenceFile(PDF, 'report')).toBe(false);
    expect(isAllowedEvidenceFile(PDF, '.pdf')).toBe(false);
    expect(isAllowedEvidenceFile(PDF, 'report.')).toBe(false);
  });

  it('is not fooled by inherited object keys', () => {
    expect(isAllowedEvidenceFile('constructor', 'x.pdf')).toBe(false);
    expect(isAllowedEvidenceFile('__proto__', 'x.pdf')).toBe(false);
  });
});

describe('fileExtension', () => {
  it('takes the last extension of the file name only', () => {
    expect(fileExtension('report.final.PDF')).toBe('pdf');
    expect(fileExtension('C:\\Users\\me\\report.pdf')).toBe('pdf');
    expect(fileExtension('folder.v2/report')).toBeNull();
  });
});

describe('EVIDENCE_ALLOWED_EXTENSIONS', () => {
  it('lists each allowed extension once, with its dot', () => {
    expect(EVIDENCE_ALLOWED_EXTENSIONS).toContain('.pdf');
    expect(EVIDENCE_ALLOWED_EXTENSIONS).toContain('.jpeg');
    expect(new Set(EVIDENCE_ALLOWED_EXTENSIONS).size).toBe(EVIDENCE_ALLOWED_EXTENSIONS.length);
  });
});

describe('checkEvidenceFile', () => {
  it('accepts an allowed file up to 25MB', () => {
    expect(checkEvidenceFile({ fileName: 'a.pdf', mimeType: PDF, sizeBytes: EVIDENCE_MAX_BYTES })).toEqual([]);
  });

  it('refuses a file over 25MB', () => {
    expect(checkEvidenceFile({ fileName: 'a.pdf', mimeType: PDF, sizeBytes: EVIDENCE_MAX_BYTES + 1 })).toEqual([
      { field: 'file', message: 'The file must be smaller than 25MB.' },
    ]);
  });

  it('refuses an empty file', () => {
    expect(checkEvidenceFile({ fileName: 'a.pdf', mimeType: PDF, sizeBytes: 0 })[0]?.message).toBe('The selected file is empty.');
  });

  it('refuses a file type we do not store', () => {
    expect(checkEvidenceFile({ fileName: 'a.exe', mimeType: 'application/octet-stream', sizeBytes: 10 })).toHaveLength(1);
  });
});

describe('checkEvidenceContent', () => {
  const bytes = (...values: (number | string)[]) =>
    new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
  const EXE = bytes('MZ', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00);

  it.each([
    ['report.pdf', bytes('%PDF-1.7\n')],
    ['chart.png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ['photo.jpg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['photo.JPEG', bytes(0xff, 0xd8, 0xff, 0xdb)],
    ['poster.gif', bytes('GIF89a')],
    ['old.gif', bytes('GIF87a')],
    ['poster.webp', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ')],
    ['case study.docx', bytes('PK', 3, 4, 20, 0)],
    ['data.xlsx', bytes('PK', 3, 4)],
    ['deck.pptx', bytes('PK', 3, 4)],
    ['notes.odt', bytes('PK', 3, 4)],
    ['minutes.doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['data.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['extract.csv', bytes('school,suspensions\nA,3\n')],
    ['notes.txt', bytes('Visits: 89% — seen alone')],
    ['unicode.csv', bytes(0xff, 0xfe, 'a', 0, ',', 0)],
  ])('accepts %s whose content matches', (name, head) => {
    expect(checkEvidenceContent(name, head)).toEqual([]);
  });

  it('refuses an executable renamed .pdf', () => {
    expect(checkEvidenceContent('report.pdf', EXE)).toEqual([
      { field: 'file', message: expect.stringContaining('not a .pdf file') },
    ]);
  });

  it.each([
    ['chart.png', bytes('%PDF-1.4')],
    ['photo.jpg', bytes('GIF89a')],
    ['poster.webp', bytes('RIFF', 0, 0, 0, 0, 'WAVE')],
    ['data.xlsx', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['minutes.doc', bytes('PK', 3, 4)],
    ['extract.csv', EXE],
    ['notes.txt', bytes('abc', 0, 'def')],
    ['report.pdf', bytes('%PD')],
  ])('refuses %s whose content does not match', (name, head) => {
    expect(checkEvidenceContent(name, head)).toHaveLength(1);
  });

  it('leaves an empty file to checkEvidenceFile', () => {
    expect(checkEvidenceContent('report.pdf', new Uint8Array())).toEqual([]);
  });

  it('refuses a file whose extension it cannot vouch for', () => {
    expect(checkEvidenceContent('setup.exe', EXE)).toHaveLength(1);
    expect(checkEvidenceContent('report', bytes('%PDF-'))).toHaveLength(1);
  });

  it('looks at enough bytes to tell text from binary', () => {
    expect(EVIDENCE_SNIFF_BYTES).toBeGreaterThanOrEqual(512);
  });
});

describe('checkImpactEvidenceRemoval', () => {
  it('refuses to remove the last impact evidence of an impact-evidenced action', () => {
    expect(checkImpactEvidenceRemoval('evidence', 'complete_impact_evidenced', 1)).toEqual([
      { field: 'evidence', message: LAST_IMPACT_EVIDENCE_MESSAGE },
    ]);
  });

  it('allows it when other impact evidence remains', () => {
    expect(checkImpactEvidenceRemoval('evidence', 'complete_impact_evidenced', 2)).toEqual([]);
  });

  it('allows it for any other impact status', () => {
    expect(checkImpactEvidenceRemoval('demonstratesImpact', 'complete_monitoring_impact', 1)).toEqual([]);
    expect(checkImpactEvidenceRemoval('demonstratesImpact', 'not_yet_complete', 0)).toEqual([]);
  });

  it('says why, naming the way out', () => {
    expect(LAST_IMPACT_EVIDENCE_MESSAGE).toMatch(/only evidence of impact/);
    expect(LAST_IMPACT_EVIDENCE_MESSAGE).toMatch(/monitoring impact/);
  });
});
