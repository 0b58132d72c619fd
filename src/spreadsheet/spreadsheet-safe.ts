/**
 * Spreadsheet exports must not carry formulas from the data (CSV/formula injection, OWASP): a cell that
 * starts with = + - @ (or a tab/CR that some programs skip) gets a leading apostrophe, so a name like
 * "=HYPERLINK(…)" is shown as text and never evaluated. Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
