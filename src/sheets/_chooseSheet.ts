import { type _HeaderMatch, _matchHeader, _normalizeLabel } from './_headerMatch';
import { type _SheetGrid, _sheetGrid } from './_sheetGrid';
import type { SheetsRange, SheetsWorkBook, SheetsWorkSheet } from './SheetsXlsx';
import type { SheetTemplate } from './SheetTemplate';

/** Rows searched for the header (title rows, notes above the table). */
export const _HEADER_SCAN_ROWS = 10;

/** The sheet chosen for a template, with its grid and header. */
export interface _ChosenSheet {
  name: string;
  sheet: SheetsWorkSheet;
  grid: _SheetGrid;
  merges: readonly SheetsRange[];
  header: _HeaderMatch;
}

function mergesOf(sheet: SheetsWorkSheet): readonly SheetsRange[] {
  const merges = Object.hasOwn(sheet, '!merges') ? sheet['!merges'] : undefined;
  return Array.isArray(merges) ? merges : [];
}

/**
 * The sheet to read: `wanted` when given; else, among visible sheets, the one whose header matches the
 * template best (a sheet named like the form wins ties). Undefined when the workbook has no sheet with cells.
 */
export function _chooseSheet(
  workbook: SheetsWorkBook,
  template: SheetTemplate<unknown>,
  rowLimit: number,
  maxColumns: number,
  wanted: string | undefined,
): _ChosenSheet | undefined {
  if (typeof workbook?.Sheets !== 'object' || workbook.Sheets === null) return undefined;
  const names = Array.isArray(workbook.SheetNames) ? workbook.SheetNames : [];
  const props = workbook.Workbook?.Sheets ?? [];
  const formName = _normalizeLabel(template.sheetName);
  let chosen: _ChosenSheet | undefined;
  names.forEach((name, i) => {
    if (typeof name !== 'string' || !Object.hasOwn(workbook.Sheets, name)) return;
    if (wanted !== undefined ? name !== wanted : (props[i]?.Hidden ?? 0) !== 0) return;
    const sheet = workbook.Sheets[name]!;
    const grid = _sheetGrid(sheet, rowLimit);
    if (grid.rowCount === 0) return;
    const merges = mergesOf(sheet);
    const header = _matchHeader(grid, merges, template, _HEADER_SCAN_ROWS, maxColumns);
    const better =
      !chosen ||
      header.score > chosen.header.score ||
      (header.score === chosen.header.score && _normalizeLabel(name) === formName);
    if (better) chosen = { name, sheet, grid, merges, header };
  });
  return chosen;
}
