// OWASP CSV injection: text starting with these is a formula once the sheet is saved as CSV or opened by
// some viewers. The written cell gets a leading apostrophe; reading removes it again.
const TRIGGER = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

/**
 * Text as written to a cell: untrusted text that a spreadsheet could take for a formula gets a leading
 * apostrophe (the record's value is never changed; `_restoreFormulaText` undoes it on reading).
 */
export function _neutralizeFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** Text as read from a cell: the apostrophe `_neutralizeFormula` added is removed. */
export function _restoreFormulaText(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
