import type { Issue, PathSegment } from 'cn-orgdata';
import { _getField } from './_fieldPath';
import { _maskCellText } from './_sheetIssue';
import type { ReadWorkbookResult } from './ReadWorkbookResult';
import type { SheetIssue } from './SheetIssue';
import type { SheetColumn } from './SheetTemplate';
import { _TEMPLATES } from './templates/_registry';

/** Options of `locateIssues`. */
export interface LocateIssuesOptions {
  /** Show full ID and phone numbers in `cellText`; default false (masked). */
  revealValues?: boolean;
}

interface _Cell {
  row?: number;
  field?: string;
  value?: unknown;
}

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** The longest dotted prefix of the path's keys that the read has a column for. */
function fieldOf(keys: readonly PathSegment[], columns: Readonly<Record<string, string>>): string | undefined {
  let key = '';
  let found: string | undefined;
  for (const segment of keys) {
    if (typeof segment !== 'string') continue;
    key = key === '' ? segment : `${key}.${segment}`;
    if (Object.hasOwn(columns, key)) found = key;
  }
  return found;
}

/** A path into a sectioned form's record: ['departments', 'rows', 3, 'count'], ['subunits', 'total'], ['total']. */
function sectionCell(value: unknown, path: readonly PathSegment[], blocks: readonly string[]): _Cell {
  const [head, second, index, key] = path;
  if (head === 'total') {
    // 合计 sits in the count column of the last block.
    const row = _getField(value, 'totalRow');
    return {
      ...(typeof row === 'number' ? { row } : {}),
      field: `${blocks.at(-1)}.count`,
      value: _getField(value, 'total'),
    };
  }
  if (typeof head !== 'string' || !blocks.includes(head)) return {};
  const section = _getField(value, head);
  if (second === 'total') {
    const row = _getField(section, 'totalRow');
    return { ...(typeof row === 'number' ? { row } : {}), field: `${head}.count`, value: _getField(section, 'total') };
  }
  const rows = _getField(section, 'rows');
  const entry = second === 'rows' && typeof index === 'number' && Array.isArray(rows) ? rows[index] : undefined;
  if (entry === undefined) return {};
  const row = _getField(entry, 'row');
  const field = typeof key === 'string' ? `${head}.${key}` : `${head}.name`;
  return { ...(typeof row === 'number' ? { row } : {}), field, value: _getField(entry, field.slice(head.length + 1)) };
}

/**
 * Places issues found over the records of a read — by `checkRoster`, `countHeadcount` (its `unresolved`
 * people's issues), `reconcileConfirmation` against a read 统计确认表, or any check of your own — at their
 * sheet, row and column, so that they can be listed with the read's own issues (`writeReport`). Paths start
 * with the record's index in `read.records` (`[5, 'unitPath']`); for a sectioned form, they point into its
 * one record (`['departments', 'rows', 3, 'count']`, `['subunits', 'total']`, `['total']`). The cell text
 * is the record's value, masked for ID and phone columns unless `revealValues`. An issue whose path names
 * no record keeps only the sheet.
 *
 * @example
 * const read = await readWorkbook(bytes, 'unit-users', { xlsx: XLSX });
 * const people = read.records.map((r) => r.value);
 * const count = countHeadcount(tree, people);
 * locateIssues(count.unresolved.flatMap((u) => u.issues), read)[0];
 * // { code: 'unknown_unit', row: 9, column: 'D', field: 'unitPath', header: '部门名称(全路径)', cellText: '示例县/示例县民正局', … }
 */
export function locateIssues(
  issues: readonly Issue[],
  read: ReadWorkbookResult<unknown>,
  options: LocateIssuesOptions = {},
): SheetIssue[] {
  const { stats } = read;
  const columns = stats.columns ?? {};
  const template = stats.template === undefined ? undefined : _TEMPLATES[stats.template];
  const blocks = template?.sections?.blocks.map((b) => b.field);
  const byField = new Map<string, SheetColumn>(template?.columns.map((c) => [c.field, c]) ?? []);
  return issues.map((issue) => {
    let cell: _Cell = {};
    const [head] = issue.path;
    if (typeof head === 'number') {
      const record = read.records[head];
      if (record) {
        const field = fieldOf(issue.path.slice(1), columns);
        cell =
          field === undefined ? { row: record.row } : { row: record.row, field, value: _getField(record.value, field) };
      }
    } else if (blocks && read.records.length === 1) {
      cell = sectionCell(read.records[0]!.value, issue.path, blocks);
    }
    const placed: SheetIssue = { ...issue };
    if (stats.sheet !== undefined) placed.sheet = stats.sheet;
    if (cell.row !== undefined) placed.row = cell.row;
    if (cell.field !== undefined && Object.hasOwn(columns, cell.field)) {
      const column = byField.get(cell.field);
      placed.column = columns[cell.field]!;
      placed.field = cell.field;
      if (column) placed.header = column.label;
      const text = textOf(cell.value);
      if (text !== undefined && text !== '') {
        placed.cellText = column?.sensitive && !options.revealValues ? _maskCellText(text) : text;
      }
    }
    return placed;
  });
}
