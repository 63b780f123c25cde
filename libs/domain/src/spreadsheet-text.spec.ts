import { isSpreadsheetFormulaLike, spreadsheetSafeText } from './spreadsheet-text';

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

  it('says which text a spreadsheet could read as a formula', () => {
    expect(isSpreadsheetFormulaLike('=A1')).toBe(true);
    expect(isSpreadsheetFormulaLike('A1')).toBe(false);
    expect(isSpreadsheetFormulaLike('')).toBe(false);
  });
});
