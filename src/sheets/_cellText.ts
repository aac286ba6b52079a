import { _restoreFormulaText } from './_formulaText';
import type { SheetsCell } from './SheetsXlsx';

/** A number as a person would read it: integers in full, others to Excel's 15 significant digits. */
export function _numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}

/**
 * The text a cell shows, for reports and text columns: the formatted text SheetJS made (`w`) when there is
 * one, else the value; '' for an empty cell.
 */
export function _cellText(cell: SheetsCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell.w === 'string' && cell.t !== 's') return cell.w;
  const v = cell.v;
  if (typeof v === 'string') return _restoreFormulaText(v);
  if (typeof v === 'number') return _numberText(v);
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
