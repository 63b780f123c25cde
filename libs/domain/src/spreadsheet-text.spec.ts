import { fromSpreadsheetSafeText, isSpreadsheetFormulaLike, spreadsheetSafeText } from './spreadsheet-text';

describe('spreadsheetSafeText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['=1+1', "'=1+1"],
    ['+44 1752 000000', "'+44 1752 000000"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
  ])('makes %p plain text', (text, expected) => {
    expect(spreadsheetSafeText(text)).toBe(expected);
  });

  it.each(['Train SENCOs', '', '1.2', 'Reduce waits to 18 weeks', ' =not first', "'already quoted", 'A = B', 'Email a@b.c'])(
    'leaves %p as it is',
    (text) => {
      expect(spreadsheetSafeText(text)).toBe(text);
    },
  );

  it.each(['=HYPERLINK("http://x","y")', '+44 1752 000000', '\t=1+1', '＠SUM(A1)', "'=already quoted", 'Train SENCOs', "'not a formula", ''])(
    'reads %p back from its exported text',
    (text) => {
      expect(fromSpreadsheetSafeText(spreadsheetSafeText(text))).toBe(text);
    },
  );

  it('takes off only an apostrophe the export would have added', () => {
    expect(fromSpreadsheetSafeText("'=1+1")).toBe('=1+1');
    expect(fromSpreadsheetSafeText("'quoted'")).toBe("'quoted'");
    expect(fromSpreadsheetSafeText("''=1")).toBe("'=1");
    expect(spreadsheetSafeText("'=1")).toBe("''=1");
  });

  it('says which text a spreadsheet could read as a formula', () => {
    expect(isSpreadsheetFormulaLike('=A1')).toBe(true);
    expect(isSpreadsheetFormulaLike('A1')).toBe(false);
    expect(isSpreadsheetFormulaLike('')).toBe(false);
  });
});
