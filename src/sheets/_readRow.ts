import type { Issue, Locale } from 'cn-orgdata';
import { _cellText, _isBlankCell } from './_cellText';
import { _typeCell } from './_cellTyping';
import { _restoreFormulaText } from './_formulaText';
import type { _HeaderColumn } from './_headerMatch';
import type { _SheetGrid } from './_sheetGrid';
import { type _Place, _placeIssue, _sheetIssue } from './_sheetIssue';
import type { SheetIssue } from './SheetIssue';
import type { SheetTemplate, SheetValidateOptions } from './SheetTemplate';

/** Column types whose text cells are read as their text. */
const TEXT_TYPES: ReadonlySet<string> = new Set(['text', 'identifier', 'code']);

/** What the row reader needs to know about the sheet and the read. */
export interface _RowContext {
  grid: _SheetGrid;
  sheet: string;
  columns: readonly _HeaderColumn[];
  /** The matched columns by field. */
  byField: ReadonlyMap<string, _HeaderColumn>;
  template: SheetTemplate<unknown>;
  date1904: boolean;
  options: SheetValidateOptions;
  locale: Locale;
}

/** One non-blank row read cell by cell: the typed values by column field, and the cells' issues. */
export interface _RowCells {
  /** The row as Excel shows it (1-based). */
  row: number;
  /** Typed, field-validated values keyed by column field (dotted keys kept as written). */
  values: Map<string, unknown>;
  issues: SheetIssue[];
  /** Fields whose cell failed (a number where text belongs, #N/A, blank but required): reported once. */
  failed: Set<string>;
}

/** True when no column that a person fills holds anything (序号 printed down the form does not count). */
export function _isBlankRow(context: _RowContext, row: number): boolean {
  for (const { column, index } of context.columns) {
    if (!column.autoNumber && !_isBlankCell(context.grid.cell(row, index))) return false;
  }
  return true;
}

/** Where an issue of a cell sits, for `_placeIssue`. */
export function _cellPlace(context: _RowContext, excelRow: number, header: _HeaderColumn | undefined): _Place {
  const place: _Place = { sheet: context.sheet, row: excelRow };
  if (header) {
    place.column = header;
    place.cellText = _cellText(context.grid.cell(excelRow - 1, header.index));
  }
  if (context.options.revealValues !== undefined) place.revealValues = context.options.revealValues;
  return place;
}

/**
 * Reads the cells of one data row (0-based `row`) for `columns`: types each cell for its column and runs
 * the column's validator. Row-level validation is `_readRecord`'s.
 */
export function _readCells(
  context: _RowContext,
  row: number,
  columns: readonly _HeaderColumn[] = context.columns,
): _RowCells {
  const { grid, options, locale } = context;
  const excelRow = row + 1;
  const cells: _RowCells = { row: excelRow, values: new Map(), issues: [], failed: new Set() };
  const { values, issues, failed } = cells;
  for (const header of columns) {
    const { column } = header;
    const cell = grid.cell(row, header.index);
    if (cell?.f !== undefined && !column.autoNumber) {
      const params = { label: column.label, labelEn: column.labelEn, formula: cell.f };
      issues.push(_sheetIssue('formula_cell', 'warning', params, locale, _cellPlace(context, excelRow, header)));
    }
    let value: unknown;
    const raw = cell?.v;
    if (typeof raw === 'string' && cell?.t === 's' && TEXT_TYPES.has(column.type)) {
      // The common case, a text cell in a text-like column, without the typing's allocations.
      value = raw.trim() === '' ? undefined : _restoreFormulaText(raw);
    } else {
      const typed = _typeCell(cell, column, context.date1904);
      if (!typed.ok) {
        const params = { label: column.label, labelEn: column.labelEn, ...typed.params };
        issues.push(_sheetIssue(typed.code, 'error', params, locale, _cellPlace(context, excelRow, header)));
        failed.add(column.field);
        continue;
      }
      value = typed.value;
    }
    if (value === undefined) {
      if (column.required) {
        const params = { label: column.label, labelEn: column.labelEn };
        issues.push(_sheetIssue('required', 'error', params, locale, _cellPlace(context, excelRow, header)));
        failed.add(column.field);
      }
      continue;
    }
    if (!column.validate) {
      values.set(column.field, typeof value === 'string' ? value.trim() : value);
      continue;
    }
    const result = column.validate(value, options);
    const found: readonly Issue[] = result.ok ? result.warnings : result.issues;
    for (const issue of found) {
      const path = [...column.field.split('.'), ...issue.path];
      issues.push(_placeIssue({ ...issue, path }, _cellPlace(context, excelRow, header)));
    }
    if (result.ok) values.set(column.field, result.value);
    else failed.add(column.field);
  }
  return cells;
}
