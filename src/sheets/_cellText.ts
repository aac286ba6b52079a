import { _restoreFormulaText } from './_formulaText';
import { _serialToDate } from './_serialDate';
import type { SheetsCell } from './SheetsXlsx';

/** A number as a person would read it: integers in full, others to Excel's 15 significant digits. */
export function _numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}

/**
 * True for a number format that shows a date or time (yyyy-mm-dd, m/d/yy, h:mm …): the letters y m d h s
 * outside quoted text, escapes and [colour] / [$-locale] brackets.
 */
export function _isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General' || format === '@') return false;
  return /[ymdhs]/i.test(format.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, ''));
}

const stripDecimals = (text: string): string =>
  text.includes('.') ? text.replace(/(?:\.0*|(\.\d*[1-9])0+)$/, '$1') : text;
const normalizeExponent = (text: string): string =>
  text.replace(/(?:\.0*|(\.\d*[1-9])0+)E/, '$1E').replace(/(E[+-])(\d)$/, '$10$2');

/**
 * A number as Excel's General format shows it in a cell: at most 11 characters, else 6 significant digits
 * in scientific notation — an 18-digit ID typed as a number shows as '1.10101E+17'. The rules are those
 * of SheetJS's SSF (Apache-2.0), so reports show what SheetJS's own formatting would.
 */
export function _generalText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const width = value < 0 ? 12 : 11;
  const exponent = Math.floor(Math.log(Math.abs(value)) * Math.LOG10E);
  let text: string;
  if (exponent >= -4 && exponent <= -1) text = value.toPrecision(10 + exponent);
  else if (Math.abs(exponent) <= 9) {
    text = stripDecimals(value.toFixed(12));
    if (text.length > width) text = value.toPrecision(10);
    if (text.length > width) text = value.toExponential(5);
  } else if (exponent === 10) text = value.toFixed(10).slice(0, 12);
  else {
    text = stripDecimals(value.toFixed(11));
    if (text.length > width || text === '0' || text === '-0') text = value.toPrecision(6);
  }
  return stripDecimals(normalizeExponent(text.toUpperCase()));
}

// SheetJS error codes → the text Excel shows.
const ERRORS: Readonly<Record<number, string>> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

/** A number cell's text as Excel shows it, from its format: a date, zero-padded digits ('000'), or General. */
function shownNumber(value: number, format: unknown): string {
  if (_isDateFormat(format)) return _serialToDate(value, false) ?? _generalText(value);
  if (typeof format === 'string' && /^0+$/.test(format) && Number.isInteger(value) && value >= 0) {
    return value.toFixed(0).padStart(format.length, '0');
  }
  return _generalText(value);
}

/**
 * The text a cell shows, for reports and text columns: the formatted text when the SheetJS build made one
 * (`w`), else computed from the value and its number format (the adapter reads without SheetJS's own
 * formatting, which costs more than the rest of a read); '' for an empty cell.
 */
export function _cellText(cell: SheetsCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell.w === 'string' && cell.t !== 's') return cell.w;
  const v = cell.v;
  if (typeof v === 'string') return _restoreFormulaText(v);
  if (typeof v === 'number') return cell.t === 'e' ? (ERRORS[v] ?? '#N/A') : shownNumber(v, cell.z);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return '';
}

/**
 * True for a cell that holds nothing a person typed: missing, a stub, blank text, or a formula whose
 * result is blank (templates often carry =IF(…,"") down every row).
 */
export function _isBlankCell(cell: SheetsCell | undefined): boolean {
  if (cell === undefined || cell.t === 'z') return true;
  if (cell.t === 'e') return false;
  return cell.v === undefined || (typeof cell.v === 'string' && cell.v.trim() === '');
}
