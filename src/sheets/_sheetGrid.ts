import type { SheetsCell, SheetsRange, SheetsWorkSheet } from './SheetsXlsx';

/** Read access to a sheet's cells, whichever way SheetJS stored them. */
export interface _SheetGrid {
  cell(row: number, column: number): SheetsCell | undefined;
  /** One past the last row that may hold cells. */
  rowCount: number;
  /** Drops a row that has been read (its cells are garbage then: memory stays flat while records grow). */
  release(row: number): void;
}

/** 'A', 'Z', 'AA' … for a zero-based column index. */
export function _columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The column letter of each matched field. Keys are template fields, never file text. */
export function _columnLetters(
  columns: readonly { column: { field: string }; index: number }[],
): Record<string, string> {
  const letters: Record<string, string> = {};
  for (const { column, index } of columns) letters[column.field] = _columnLetter(index);
  return letters;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function decodeCell(text: string): { r: number; c: number } | undefined {
  const m = REF.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** A range such as 'A1:Z1048576' (or a single cell) as zero-based bounds; undefined when unreadable. */
export function _decodeRange(text: unknown): SheetsRange | undefined {
  if (typeof text !== 'string') return undefined;
  const [start, end = start] = text.split(':');
  const s = decodeCell(start ?? '');
  const e = decodeCell(end ?? '');
  return s && e ? { s, e } : undefined;
}

function isCell(value: unknown): value is SheetsCell {
  return typeof value === 'object' && value !== null && typeof (value as { t?: unknown }).t === 'string';
}

/**
 * A grid over a dense sheet (0.18: the sheet is the row array; 0.19+: `!data`) or, for a build that
 * ignored `dense`, a sparse one (cells keyed 'A1', read with own-property checks only).
 */
export function _sheetGrid(sheet: SheetsWorkSheet, rowLimit: number): _SheetGrid {
  const data = Object.hasOwn(sheet, '!data') ? sheet['!data'] : Array.isArray(sheet) ? sheet : undefined;
  if (Array.isArray(data)) {
    const rows = data as unknown[];
    return {
      rowCount: Math.min(rows.length, rowLimit),
      cell(row, column) {
        const cells = rows[row];
        const cell = Array.isArray(cells) ? cells[column] : undefined;
        return isCell(cell) ? cell : undefined;
      },
      release(row) {
        if (row < rows.length) rows[row] = undefined;
      },
    };
  }
  const range = _decodeRange(sheet['!ref']);
  return {
    rowCount: range ? Math.min(range.e.r + 1, rowLimit) : 0,
    cell(row, column) {
      const key = _columnLetter(column) + String(row + 1);
      const cell = Object.hasOwn(sheet, key) ? sheet[key] : undefined;
      return isCell(cell) ? cell : undefined;
    },
    release() {},
  };
}
