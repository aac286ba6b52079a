import { type PathSegment, renderMessage } from 'cn-orgdata';
import { _cellText } from './_cellText';
import { _columnForLabel, type _HeaderColumn, _normalizeLabel } from './_headerMatch';
import { _isBlankRow, type _RowContext, _readCells } from './_readRow';
import { _columnLetters, type _SheetGrid } from './_sheetGrid';
import type { ReadWorkbookResult } from './ReadWorkbookResult';
import type { SheetBlock, SheetColumn, SheetTemplate } from './SheetTemplate';

/** A header row of a block: where its name and count columns are. */
export interface _BlockHeader {
  block: SheetBlock;
  /** 0-based row. */
  row: number;
  name: _HeaderColumn;
  count: _HeaderColumn;
}

/** Pacing of a long read: progress and abort between batches. */
export interface _Pace {
  every: number;
  tick: (done: number, total: number) => Promise<void>;
}

interface _Section {
  rows: { name: string; count: number; row: number }[];
  total?: number;
  totalRow?: number;
}

/**
 * Every block header row of a sectioned form in the sheet: a row holding a label of the block's name column
 * and one of its count column (部门名称 | 部门人数). A header repeated (after a page break) is listed again.
 */
export function _findBlockHeaders(grid: _SheetGrid, template: SheetTemplate<unknown>, width: number): _BlockHeader[] {
  const blocks = template.sections?.blocks ?? [];
  const headers: _BlockHeader[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const found = new Map<string, _HeaderColumn>();
    for (let c = 0; c < width; c++) {
      const text = _cellText(grid.cell(r, c)).trim();
      if (text === '' || text.length > 40) continue;
      const column = _columnForLabel(template, text);
      if (column && !found.has(column.field)) found.set(column.field, { column, index: c, header: text });
    }
    if (found.size < 2) continue;
    for (const block of blocks) {
      const name = found.get(`${block.field}.name`);
      const count = found.get(`${block.field}.count`);
      if (name && count) headers.push({ block, row: r, name, count });
    }
  }
  return headers;
}

/** Label keys of a total row. */
function totalKeys(label: string, aliases: readonly string[] = []): Set<string> {
  return new Set([label, ...aliases].map(_normalizeLabel));
}

/** True when a cell left of the count column (the label sits under 序号 or the name) holds one of the keys. */
function isTotalRow(grid: _SheetGrid, row: number, upTo: number, keys: ReadonlySet<string>): boolean {
  for (let c = 0; c < upTo; c++) {
    const text = _cellText(grid.cell(row, c));
    if (text !== '' && keys.has(_normalizeLabel(text))) return true;
  }
  return false;
}

/** 单位名称：示例县民政局 (in one cell, or the name in a cell to the right). */
function unitName(grid: _SheetGrid, row: number, width: number, label: string): string | undefined {
  const pattern = new RegExp(`^\\s*${[...label].join('\\s*')}\\s*[:：]?\\s*`);
  for (let c = 0; c < width; c++) {
    const text = _cellText(grid.cell(row, c));
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    if (rest !== '') return rest;
    for (let d = c + 1; d < width; d++) {
      const next = _cellText(grid.cell(row, d)).trim();
      if (next !== '') return next;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Reads a sectioned form (统计确认表) from its block headers: the unit name above the first block, each
 * block's data rows (name and count, typed and checked like any row) up to its total row (人数汇总), and
 * the grand total row (合计), after which nothing is read. Rows between a block's total row and the next
 * header (headings such as 二、下属机构) are no data. Fills `result` with one record.
 */
export async function _readSections(
  context: _RowContext,
  headers: readonly _BlockHeader[],
  result: ReadWorkbookResult<unknown>,
  width: number,
  pace: _Pace | undefined,
): Promise<void> {
  const { grid, template, locale } = context;
  const sections = template.sections!;
  const grandKeys = totalKeys(sections.totalLabel, sections.totalAliases);
  const byRow = new Map(headers.map((h) => [h.row, h]));
  const firstOf = new Map<string, _BlockHeader>();
  for (const h of headers) if (!firstOf.has(h.block.field)) firstOf.set(h.block.field, h);
  const first = headers[0]!.row;
  const record: Record<string, unknown> = {};
  for (let r = 0; r < first && record.unit === undefined; r++) {
    const unit = unitName(grid, r, width, sections.unitLabel);
    if (unit !== undefined) record.unit = unit;
  }
  const parts = new Map<string, _Section>();
  for (const block of sections.blocks) {
    const part: _Section = { rows: [] };
    parts.set(block.field, part);
    record[block.field] = part;
  }
  result.stats.headerRow = first + 1;
  result.stats.columns = _columnLetters([...firstOf.values()].flatMap((h) => [h.name, h.count]));
  let current: { header: _BlockHeader; context: _RowContext; keys: Set<string>; closed: boolean } | undefined;
  let pendingBlank = 0;
  const total = grid.rowCount - first - 1;
  /** A total cell: its number, or undefined after reporting why it is none. */
  const readTotal = (row: number, count: _HeaderColumn, label: string, labelEn: string, path: PathSegment[]) => {
    const column: SheetColumn = { ...count.column, required: false };
    const cells = _readCells(context, row, [{ ...count, column }]);
    for (const issue of cells.issues) {
      // The count column's validator names the column; the message should name the total.
      const params = { ...issue.params, label, labelEn };
      result.issues.push({ ...issue, path, params, message: renderMessage(issue.code, params, locale) });
    }
    const value = cells.values.get(column.field);
    return typeof value === 'number' ? value : undefined;
  };
  for (let r = first; r < grid.rowCount; r++) {
    if (pace && (r - first) % pace.every === 0 && r > first) await pace.tick(r - first, total);
    const header = byRow.get(r);
    if (header) {
      if (current?.header.block !== header.block) {
        const columns = [header.name, header.count];
        current = {
          header,
          context: { ...context, columns, byField: new Map(columns.map((h) => [h.column.field, h])) },
          keys: totalKeys(header.block.totalLabel, header.block.totalAliases),
          closed: false,
        };
      }
      pendingBlank = 0;
      continue;
    }
    if (!current) continue;
    const { block, count } = current.header;
    const labelEnd = Math.max(current.header.name.index, count.index);
    if (isTotalRow(grid, r, labelEnd, grandKeys)) {
      const value = readTotal(r, count, sections.totalLabel, 'grand total', ['total']);
      if (value !== undefined) record.total = value;
      record.totalRow = r + 1;
      break;
    }
    if (current.closed) continue;
    const part = parts.get(block.field)!;
    if (isTotalRow(grid, r, labelEnd, current.keys)) {
      const label = `${block.title.replace(/^.*、/, '')}${block.totalLabel}`;
      const value = readTotal(r, count, label, `${block.field} total`, [block.field, 'total']);
      if (value !== undefined) part.total = value;
      part.totalRow = r + 1;
      current.closed = true;
      result.stats.blank += pendingBlank;
      result.stats.rows += pendingBlank;
      pendingBlank = 0;
      continue;
    }
    if (_isBlankRow(current.context, r)) {
      pendingBlank++;
      continue;
    }
    result.stats.blank += pendingBlank;
    result.stats.rows += pendingBlank + 1;
    pendingBlank = 0;
    const cells = _readCells(current.context, r);
    for (const issue of cells.issues) result.issues.push(issue);
    const name = cells.values.get(`${block.field}.name`);
    const value = cells.values.get(`${block.field}.count`);
    if (cells.issues.some((i) => i.severity === 'error') || typeof name !== 'string' || typeof value !== 'number') {
      const texts: Record<string, string> = {};
      for (const h of current.context.columns) texts[h.column.field] = _cellText(grid.cell(r, h.index));
      result.rejected.push({ row: r + 1, issues: cells.issues, cells: texts });
      result.stats.rejected++;
    } else {
      part.rows.push({ name, count: value, row: r + 1 });
      result.stats.accepted++;
    }
  }
  const validated = template.validate ? template.validate(record, context.options) : undefined;
  const value = validated ? (validated.ok ? validated.value : undefined) : record;
  if (value !== undefined) result.records.push({ row: first + 1, value });
}
