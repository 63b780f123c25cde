import {
  checkEvidenceFile,
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
