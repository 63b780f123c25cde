import { attachmentDisposition, cleanFileName } from './content-disposition';

describe('attachmentDisposition', () => {
  it('gives an ASCII name as it is', () => {
    expect(attachmentDisposition('Audit report.pdf')).toBe(`attachment; filename="Audit report.pdf"; filename*=UTF-8''Audit%20report.pdf`);
  });

  it('keeps a non-ASCII name exactly in filename* and replaces it in the fallback', () => {
    const header = attachmentDisposition('Évaluation – été.pdf');
    expect(header).toContain('filename="_valuation _ _t_.pdf"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('Évaluation – été.pdf');
  });

  it('cannot be broken out of by quotes, backslashes or line breaks', () => {
    const header = attachmentDisposition('a"b\\c\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b_c__X-Evil: 1.pdf"');
  });

  it("escapes the characters RFC 8187 does not allow unencoded", () => {
    expect(attachmentDisposition("it's (final)*.pdf")).toContain("filename*=UTF-8''it%27s%20%28final%29%2A.pdf");
  });
});

describe('cleanFileName', () => {
  it('drops folders and control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(cleanFileName('re\u0000port\n.pdf')).toBe('report.pdf');
  });

  it('drops the direction controls that can hide a real extension', () => {
    // Shown as "minutesfdp.docx": a PDF posing as a Word document.
    expect(cleanFileName('minutes\u202excod.pdf')).toBe('minutesxcod.pdf');
    const every = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
    expect(cleanFileName(`a${every}b.csv`)).toBe('ab.csv');
    expect(cleanFileName('تقرير التأثير.pdf')).toBe('تقرير التأثير.pdf');
  });
});
