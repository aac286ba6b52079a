import type { Issue, PathSegment } from 'cn-orgdata';
import { _isBlankCell } from './_cellText';
import { _setField } from './_fieldPath';
import type { _HeaderColumn } from './_headerMatch';
import { _cellPlace, type _RowCells, type _RowContext } from './_readRow';
import { _placeIssue } from './_sheetIssue';
import type { SheetIssue } from './SheetIssue';

/** A record read from one row, or from the rows of a group: the value (undefined when rejected) and its issues. */
export interface _RecordResult {
  value: unknown;
  issues: SheetIssue[];
  rejected: boolean;
}

/** Where an issue of the record's validator sits: the row, the column, and the key its cell failed under. */
interface _Location {
  row: number;
  header: _HeaderColumn | undefined;
  failedKey: string;
}

/** Orders issues by row, then column (A < Z < AA); issues without a column come first in their row. */
function byCell(a: SheetIssue, b: SheetIssue): number {
  const row = (a.row ?? 0) - (b.row ?? 0);
  if (row !== 0) return row;
  const x = a.column ?? '';
  const y = b.column ?? '';
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}

function isItemField(field: string, group: string | undefined): boolean {
  return group !== undefined && field.startsWith(`${group}.`);
}

/** True when the row fills any entry column of the group. */
function hasItem(context: _RowContext, cells: _RowCells, items: readonly _HeaderColumn[]): boolean {
  return items.some((h) => !h.column.autoNumber && !_isBlankCell(context.grid.cell(cells.row - 1, h.index)));
}

/** The column a validator path points to: the longest dotted prefix of its keys that is a column field. */
function locate(context: _RowContext, path: readonly PathSegment[], rows: readonly _RowCells[], itemRows: number[]) {
  const group = context.template.rowGroup?.field;
  const first = rows[0]!.row;
  if (group !== undefined && path[0] === group) {
    const index = typeof path[1] === 'number' ? path[1] : undefined;
    const key = path[index === undefined ? 1 : 2];
    const field = typeof key === 'string' ? `${group}.${key}` : undefined;
    const header =
      (field && context.byField.get(field)) || context.columns.find((h) => isItemField(h.column.field, group));
    const itemRow = index === undefined ? undefined : itemRows[index];
    return {
      row: itemRow === undefined ? first : rows[itemRow]!.row,
      header,
      failedKey: index !== undefined && field ? `${field}#${index}` : group,
    } satisfies _Location;
  }
  let header: _HeaderColumn | undefined;
  let key = '';
  for (const segment of path) {
    if (typeof segment !== 'string') break;
    key = key === '' ? segment : `${key}.${segment}`;
    header = context.byField.get(key) ?? header;
  }
  return { row: first, header, failedKey: header?.column.field ?? '' } satisfies _Location;
}

/**
 * Builds the record of one row (or of a `rowGroup`'s rows: the record's fields from the first, one entry
 * per row that fills an entry column), runs the template's validator, and places its issues at the cells
 * they concern. A field that failed at its cell is reported once: the validator's issues on it are dropped.
 */
export function _readRecord(context: _RowContext, rows: readonly _RowCells[]): _RecordResult {
  const { template } = context;
  const group = template.rowGroup?.field;
  const record: Record<string, unknown> = {};
  const issues: SheetIssue[] = [];
  const failed = new Set<string>();
  const itemRows: number[] = [];
  const head = rows[0]!;
  for (const [field, value] of head.values) if (!isItemField(field, group)) _setField(record, field, value);
  for (const field of head.failed) if (!isItemField(field, group)) failed.add(field);
  if (group === undefined) {
    issues.push(...head.issues);
  } else {
    const itemColumns = context.columns.filter((h) => isItemField(h.column.field, group));
    const items: Record<string, unknown>[] = [];
    rows.forEach((cells, r) => {
      const index = hasItem(context, cells, itemColumns) ? items.length : undefined;
      for (const issue of cells.issues) {
        const inItem = issue.path[0] === group && index !== undefined;
        issues.push(inItem ? { ...issue, path: [group, index, ...issue.path.slice(1)] } : issue);
      }
      if (index === undefined) return;
      const item: Record<string, unknown> = {};
      for (const [field, value] of cells.values) {
        if (isItemField(field, group)) _setField(item, field.slice(group.length + 1), value);
      }
      for (const field of cells.failed) if (isItemField(field, group)) failed.add(`${field}#${index}`);
      items.push(item);
      itemRows.push(r);
    });
    record[group] = items;
  }
  let value: unknown = record;
  if (template.validate) {
    const result = template.validate(record, context.options);
    const found: readonly Issue[] = result.ok ? result.warnings : result.issues;
    for (const issue of found) {
      const at = locate(context, issue.path, rows, itemRows);
      if (failed.has(at.failedKey)) continue;
      issues.push(_placeIssue(issue, _cellPlace(context, at.row, at.header)));
    }
    value = result.ok ? result.value : undefined;
  }
  // Cell order, as a clerk reads the sheet: the validator's issues join their cells' (stable for one cell).
  if (issues.length > 1) issues.sort(byCell);
  const rejected = value === undefined || issues.some((issue) => issue.severity === 'error');
  return { value: rejected ? undefined : value, issues, rejected };
}
