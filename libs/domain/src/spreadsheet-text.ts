/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula when they
 * start it (OWASP "CSV injection"): `=`, `+`, `-`, `@`, and the tab and carriage return that
 * some of them skip before looking for one.
 */
export const SPREADSHEET_FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Text made safe to put in a spreadsheet cell or a CSV field: a value that would start a formula
 * gets a leading apostrophe, which spreadsheets show as text and never evaluate. Everything else
 * is returned unchanged. Apply it to every text cell written from user content (titles,
 * narratives, names), never to numbers or dates, which are written as real numbers and dates.
 */
export function spreadsheetSafeText(value: string): string {
  return value.length > 0 && SPREADSHEET_FORMULA_TRIGGERS.includes(value.charAt(0)) ? `'${value}` : value;
}
