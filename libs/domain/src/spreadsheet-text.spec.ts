import { spreadsheetSafeText } from './spreadsheet-text';

describe('spreadsheetSafeText', () => {
  it.each(['=HYPERLINK("http://x","click")', '+44 1752 000000', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'])(
    'puts an apostrophe before text a spreadsheet would read as a formula: %j',
    (text) => {
      expect(spreadsheetSafeText(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone, including formula characters after the first', () => {
    expect(spreadsheetSafeText('Reduce suspensions by 20% (= 273 fewer)')).toBe('Reduce suspensions by 20% (= 273 fewer)');
    expect(spreadsheetSafeText('3.4')).toBe('3.4');
    expect(spreadsheetSafeText('')).toBe('');
  });

  it('does not double an apostrophe already written as text', () => {
    expect(spreadsheetSafeText("'=1+1")).toBe("'=1+1");
  });
});
