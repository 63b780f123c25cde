/*
 * Formula injection ("CSV injection"): a spreadsheet program treats a cell whose text starts
 * with =, +, -, @ (or a tab or line break followed by one) as a formula, so a title such as
 * =HYPERLINK("http://x","Click") in an exported tracker could run or leak data when the file is
 * opened. The product stores such text verbatim; every export writes it through
 * spreadsheetSafeText, which makes the cell plain text again by putting an apostrophe first,
 * the character Excel itself uses to mark "this is text". Numbers and dates are exported as
 * numbers and dates, never through this function.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first: the four
 * formula starters, their full-width forms (Excel for East Asian locales reads those too), and
 * tab and line breaks, which some programs skip before looking for a formula.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\t', '\r', '\n']);

/** True when a spreadsheet program could read this text as a formula. */
export function isSpreadsheetFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]);
}

/**
 * Text for one exported spreadsheet cell (.xlsx or .csv): unchanged unless it could be read as a
 * formula, in which case it gets a leading apostrophe. Apply it to every text cell of an export,
 * whatever the text's source.
 */
export function spreadsheetSafeText(text: string): string {
  // Text that already starts with apostrophes before a formula starter gets one more, so that
  // fromSpreadsheetSafeText can always tell the added apostrophe from the text's own.
  return isSpreadsheetFormulaLike(text.replace(/^'+/, '')) ? `'${text}` : text;
}

/**
 * The text an exported cell stood for: spreadsheetSafeText undone, so that a tracker exported by
 * the product reads back as it was. Only an apostrophe that spreadsheetSafeText would have added
 * is taken off; any other text is left as it is.
 */
export function fromSpreadsheetSafeText(text: string): string {
  return text.startsWith("'") && isSpreadsheetFormulaLike(text.replace(/^'+/, '')) ? text.slice(1) : text;
}
