import type { IssueCode, Locale } from 'cn-orgdata';
import { _cellText, _isBlankCell } from './_cellText';
import { type _ChosenSheet, _chooseSheet, _HEADER_SCAN_ROWS } from './_chooseSheet';
import { _getField } from './_fieldPath';
import { type _HeaderColumn, _matchHeader } from './_headerMatch';
import { _readRecord } from './_readRecord';
import { _cellPlace, _isBlankRow, type _RowCells, type _RowContext, _readCells } from './_readRow';
import { _findBlockHeaders, type _Pace, _readSections } from './_readSections';
import { _repackWorkbook } from './_repackWorkbook';
import { _columnLetter, _columnLetters, _decodeRange } from './_sheetGrid';
import { _placeIssue, _sheetIssue } from './_sheetIssue';
import type { ReadWorkbookResult, RejectedRow } from './ReadWorkbookResult';
import type { SheetIssue } from './SheetIssue';
import type { SheetsWorkBook, SheetsXlsx } from './SheetsXlsx';
import type { SheetColumn, SheetTemplate } from './SheetTemplate';
import { isTemplateId, TEMPLATE_IDS, type TemplateId } from './TemplateId';
import type { TemplateRecords } from './TemplateRecords';
import { _TEMPLATES } from './templates/_registry';

/** Options of `readWorkbook`. Every cap has a safe default; raise one only for a file you trust. */
export interface ReadWorkbookOptions {
  /** The SheetJS module (`import * as XLSX from 'xlsx'`) or a patched build. */
  xlsx: SheetsXlsx;
  /** "Today" for date rules: a Date or 'YYYY-MM-DD'; default the current date in China. */
  asOf?: Date | string;
  /** Language of the messages; default 'zh-CN'. */
  locale?: Locale;
  /** Show full ID and phone numbers in `cellText` and messages; default false (masked). */
  revealValues?: boolean;
  /** Read this sheet instead of the best-matching visible one. */
  sheet?: string;
  /** Most data rows; default 100,000. */
  maxRows?: number;
  /** Most columns; default 200. */
  maxColumns?: number;
  /** Most parts in the zip; default 1,000. */
  maxEntries?: number;
  /** Most bytes once decompressed, all parts together; default 256 MiB. */
  maxUncompressedBytes?: number;
  /** Highest compression ratio of a part over 1 MiB; default 200 (real sheets stay under 50). */
  maxCompressionRatio?: number;
  /** Called after each batch of rows (and once at the end) with rows done and the total. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Stops the read between row batches; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

const BATCH = 2000;
const MiB = 1 << 20;

function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The best other template for this header, when it matches clearly better (for `wrong_template`). */
function suggest(chosen: _ChosenSheet, own: TemplateId, maxColumns: number) {
  let best: { id: TemplateId; score: number } | undefined;
  for (const id of TEMPLATE_IDS) {
    if (id === own) continue;
    const score = _matchHeader(chosen.grid, chosen.merges, _TEMPLATES[id], _HEADER_SCAN_ROWS, maxColumns).score;
    if (score > chosen.header.score && score >= 2 && score > (best?.score ?? 0)) best = { id, score };
  }
  return best && { suggestion: _TEMPLATES[best.id].title, suggestionEn: _TEMPLATES[best.id].titleEn };
}

/** Another sectioned form whose blocks are all in the sheet (a township table read as a county one). */
function suggestSections(chosen: _ChosenSheet, own: TemplateId, width: number) {
  for (const id of TEMPLATE_IDS) {
    const template = _TEMPLATES[id] as SheetTemplate<unknown>;
    if (id === own || !template.sections) continue;
    const found = new Set(_findBlockHeaders(chosen.grid, template, width).map((h) => h.block.field));
    if (found.size === template.sections.blocks.length) {
      return { suggestion: template.title, suggestionEn: template.titleEn };
    }
  }
  return undefined;
}

/** Warnings about the header: a second column for a field (ignored), columns that feed no field (ignored). */
function headerWarnings({ name: sheet, header }: _ChosenSheet, locale: Locale): SheetIssue[] {
  const row = header.headerRow + 1;
  const warnings: SheetIssue[] = [];
  for (const d of header.duplicates) {
    const kept = header.matched.find((m) => m.column === d.column)!;
    const params = { ...labelOf(d.column), column: _columnLetter(d.index), otherColumn: _columnLetter(kept.index) };
    warnings.push(_sheetIssue('duplicate_column', 'warning', params, locale, { sheet, row, column: d }));
  }
  for (const u of header.unknown) {
    const params = { header: u.header, column: _columnLetter(u.index) };
    warnings.push(_sheetIssue('unknown_column', 'warning', params, locale, { sheet, row }));
  }
  return warnings;
}

const labelOf = (column: SheetColumn) => ({ label: column.label, labelEn: column.labelEn });

type _Opened =
  | { ok: true; chosen: _ChosenSheet; date1904: boolean }
  | { ok: false; code: IssueCode; params: Record<string, unknown> };

/**
 * Parses the checked bytes with SheetJS (dense, no cell formatting) and picks the sheet. Kept out of the
 * async read so that the workbook (its shared strings, styles, other sheets) is garbage once the sheet is
 * chosen, rather than living in the suspended frame for the whole validation.
 */
function openSheet(
  bytes: Uint8Array,
  xlsx: SheetsXlsx,
  template: SheetTemplate<unknown>,
  rowLimit: number,
  maxColumns: number,
  wanted: string | undefined,
): _Opened {
  let workbook: SheetsWorkBook;
  try {
    workbook = xlsx.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: false,
      cellHTML: false,
      // The number format (for dates) instead of SheetJS's formatted text: formatting every cell costs more
      // than the rest of the read; `_cellText` shows numbers as Excel does.
      cellNF: true,
      cellStyles: false,
      cellText: false,
      bookVBA: false,
      sheetRows: rowLimit + 1,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    return { ok: false, code: 'workbook_corrupt', params: { detail } };
  }
  const chosen = _chooseSheet(workbook, template, rowLimit, maxColumns, wanted);
  if (!chosen) return { ok: false, code: 'empty_workbook', params: wanted === undefined ? {} : { sheet: wanted } };
  const date1904 = workbook.Workbook?.WBProps?.date1904;
  return { ok: true, chosen, date1904: date1904 === true || String(date1904) === '1' };
}

function rowContext(
  chosen: _ChosenSheet,
  columns: readonly _HeaderColumn[],
  template: SheetTemplate<unknown>,
  date1904: boolean,
  options: ReadWorkbookOptions,
  locale: Locale,
): _RowContext {
  return {
    grid: chosen.grid,
    sheet: chosen.name,
    columns,
    byField: new Map(columns.map((h) => [h.column.field, h])),
    template,
    date1904,
    options: {
      locale,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.revealValues === undefined ? {} : { revealValues: options.revealValues }),
    },
    locale,
  };
}

/**
 * The text of each matched cell of a row, by field (for a rejected row). A row already released (a record
 * rejected by `checkRecords` after the read) is shown from its record's values.
 */
function cellsOf(context: _RowContext, row: number, value?: unknown): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const { column, index } of context.columns) {
    const cell = context.grid.cell(row - 1, index);
    const field = cell === undefined && value !== undefined ? _getField(value, column.field) : undefined;
    cells[column.field] =
      cell !== undefined
        ? _cellText(cell)
        : typeof field === 'string' || typeof field === 'number'
          ? String(field)
          : '';
  }
  return cells;
}

/** Validates the record of one row (or one group of rows) and files it as accepted or rejected. */
function settle(
  result: ReadWorkbookResult<unknown>,
  context: _RowContext,
  rows: readonly _RowCells[],
  grouped: boolean,
): void {
  const read = _readRecord(context, rows);
  for (const issue of read.issues) result.issues.push(issue);
  const first = rows[0]!.row;
  const numbers = grouped ? rows.map((r) => r.row) : undefined;
  if (read.rejected) {
    for (const { row } of rows) {
      const rejected: RejectedRow = { row, issues: read.issues, cells: cellsOf(context, row) };
      if (numbers) rejected.rows = numbers;
      result.rejected.push(rejected);
    }
    result.stats.rejected += rows.length;
  } else {
    result.records.push(numbers ? { row: first, value: read.value, rows: numbers } : { row: first, value: read.value });
    result.stats.accepted += rows.length;
  }
}

/** Runs the template's check over all records; a record with an error moves to the rejected rows. */
function checkAll(
  result: ReadWorkbookResult<unknown>,
  context: _RowContext,
  check: NonNullable<SheetTemplate<unknown>['checkRecords']>,
): void {
  const found = check(result.records, context.options);
  if (found.length === 0) return;
  const failed = new Set<number>();
  for (const issue of found) {
    const index = issue.path[0];
    const record = typeof index === 'number' ? result.records[index] : undefined;
    if (!record) continue;
    const field = issue.path
      .slice(1)
      .filter((s) => typeof s === 'string')
      .join('.');
    const header = context.byField.get(field);
    const place = _cellPlace(context, record.row, header);
    // The row's cells are released by now: its text is the record's value.
    const value = header ? _getField(record.value, header.column.field) : undefined;
    if (!place.cellText && (typeof value === 'string' || typeof value === 'number')) place.cellText = String(value);
    const placed = _placeIssue({ ...issue, path: issue.path.slice(1) }, place);
    result.issues.push(placed);
    if (issue.severity === 'error') {
      failed.add(index as number);
      result.rejected.push({ row: record.row, issues: [placed], cells: cellsOf(context, record.row, record.value) });
    }
  }
  if (failed.size === 0) {
    sortByRow(result.issues);
    return;
  }
  result.records = result.records.filter((_, i) => !failed.has(i));
  result.stats.accepted -= failed.size;
  result.stats.rejected += failed.size;
  sortByRow(result.issues);
  result.rejected.sort((a, b) => a.row - b.row);
}

/** Row issues in row order (a stable sort: the workbook's and the header's issues stay first). */
function sortByRow(issues: SheetIssue[]): void {
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/**
 * Reads a filled-in form (.xlsx bytes) with its template: every data row becomes a record, a rejected row
 * with its issues, or a counted blank row; every issue names the sheet, Excel row, column letter, field,
 * the header as written and the cell's text. Hardened for files from anyone: the zip is checked and
 * decompressed under caps before SheetJS sees it (not a workbook, encrypted, zip bomb, hostile XML,
 * `__proto__` comments, oversized ranges each give one clear issue), SheetJS reads in dense mode, and
 * a missing column or a wrong template is one issue, not one per row. Dates come from serial numbers in
 * the workbook's 1900 or 1904 system, independent of the time zone. A 联合支部 (`party-org-summary`) is
 * one record over several rows (`rows`); a 统计确认表 (`confirmation-county` / `-township`) is read block by
 * block into one `ConfirmationSheet`, ready for `reconcileConfirmation`. Roster forms are also checked as a
 * whole (the same ID number on two rows rejects the later one). Never throws on any bytes; rejects only when
 * `signal` aborts.
 *
 * @example
 * import * as XLSX from 'xlsx';
 * const { records, rejected, issues, stats } = await readWorkbook(bytes, 'unit-info', { xlsx: XLSX });
 * records[0]; // { row: 3, value: { path: '示例县/示例县民政局', kind: 'unit', uscc: '11430600MB1234567X' } }
 * issues[0];  // { code: 'invalid_checksum', sheet: '单位基本情况表', row: 7, column: 'D', header: '统一社会信用代码', … }
 * stats;      // { sheet: '单位基本情况表', headerRow: 2, rows: 120, accepted: 118, rejected: 1, blank: 1 }
 */
export async function readWorkbook<I extends TemplateId>(
  data: Uint8Array | ArrayBuffer,
  templateId: I,
  options: ReadWorkbookOptions,
): Promise<ReadWorkbookResult<TemplateRecords[I]>> {
  if (!isTemplateId(templateId)) throw new TypeError(`Unknown template id: ${String(templateId)}`);
  const template = _TEMPLATES[templateId];
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const maxRows = options.maxRows ?? 100_000;
  const maxColumns = options.maxColumns ?? 200;
  const { signal, onProgress } = options;
  const result: ReadWorkbookResult<TemplateRecords[I]> = {
    records: [],
    rejected: [],
    issues: [],
    stats: { template: templateId, headerRow: 0, rows: 0, accepted: 0, rejected: 0, blank: 0 },
  };
  const fail = (code: IssueCode, params: Record<string, unknown> = {}, sheet?: string) => {
    result.issues.push(_sheetIssue(code, 'error', params, locale, sheet === undefined ? {} : { sheet }));
    return result;
  };
  signal?.throwIfAborted();
  const bytes = toBytes(data);
  if (!bytes) return fail('not_a_workbook', { detected: 'unknown' });
  let packed: Awaited<ReturnType<typeof _repackWorkbook>> | undefined = await _repackWorkbook(
    bytes,
    {
      maxEntries: options.maxEntries ?? 1000,
      maxUncompressedBytes: options.maxUncompressedBytes ?? 256 * MiB,
      maxCompressionRatio: options.maxCompressionRatio ?? 200,
    },
    signal,
  );
  if (!packed.ok) return fail(packed.code, packed.params);
  const rowLimit = maxRows + _HEADER_SCAN_ROWS + 1;
  const opened = openSheet(packed.bytes, options.xlsx, template, rowLimit, maxColumns, options.sheet);
  packed = undefined; // tens of MB for a large sheet: not kept alive while the rows are validated
  if (!opened.ok) return fail(opened.code, opened.params);
  signal?.throwIfAborted();
  const { chosen, date1904 } = opened;
  const { name: sheet, header, grid } = chosen;
  result.stats.sheet = sheet;
  const declared = _decodeRange(chosen.sheet['!fullref'] ?? chosen.sheet['!ref']);
  const tooLarge = { sheet, ref: chosen.sheet['!fullref'] ?? chosen.sheet['!ref'], maxRows, maxColumns };
  if (declared && (declared.e.r >= rowLimit || declared.e.c >= maxColumns))
    return fail('sheet_too_large', tooLarge, sheet);
  // Yielding between batches also lets the runtime free the zip buffers and the rows already read: a
  // 100k-row read peaks about a third lower than one run in a single task, for ~1 ms per batch.
  const pace: _Pace = {
    every: BATCH,
    tick: async (done, total) => {
      onProgress?.({ done, total });
      await nextTask();
      signal?.throwIfAborted();
    },
  };
  if (template.sections) {
    const width = Math.min(maxColumns, declared ? declared.e.c + 1 : maxColumns);
    const headers = _findBlockHeaders(grid, template, width);
    const found = new Set(headers.map((h) => h.block.field)).size;
    const other = found < template.sections.blocks.length ? suggestSections(chosen, template.id, width) : undefined;
    if (found === 0 || other) {
      const params = { sheet, title: template.title, titleEn: template.titleEn, found: found * 2, ...other };
      return fail('wrong_template', params, sheet);
    }
    await _readSections(rowContext(chosen, [], template, date1904, options, locale), headers, result, width, pace);
    onProgress?.({ done: result.stats.rows, total: result.stats.rows });
    return result;
  }
  // A wrong template is one issue: no label matched, most are missing, or another form fits clearly better.
  const other = header.unknown.length > header.score ? suggest(chosen, template.id, maxColumns) : undefined;
  const fewMatch = header.missing.length > 0 && header.score < Math.ceil(template.columns.length / 2);
  if (header.score === 0 || fewMatch || other) {
    const params = { sheet, title: template.title, titleEn: template.titleEn, found: header.score, ...other };
    return fail('wrong_template', params, sheet);
  }
  for (const column of header.missing) {
    result.issues.push(_sheetIssue('missing_column', 'error', labelOf(column), locale, { sheet }));
  }
  if (header.missing.length > 0) return result;
  const context = rowContext(chosen, header.matched, template, date1904, options, locale);
  const first = header.headerRow + 1;
  let last = grid.rowCount - 1;
  while (last >= first && _isBlankRow(context, last)) last--;
  const total = last - first + 1;
  if (total > maxRows) return fail('sheet_too_large', tooLarge, sheet);
  result.stats.headerRow = header.headerRow + 1;
  result.stats.columns = _columnLetters(header.matched);
  result.issues.push(...headerWarnings(chosen, locale));
  result.stats.rows = Math.max(total, 0);
  const grouped = template.rowGroup !== undefined;
  const isItem = (h: _HeaderColumn) => grouped && h.column.field.startsWith(`${template.rowGroup?.field}.`);
  const leadColumns = header.matched.filter((h) => !isItem(h));
  const itemColumns = header.matched.filter(isItem);
  const startsRecord = (row: number) =>
    leadColumns.some((h) => !h.column.autoNumber && !_isBlankCell(grid.cell(row, h.index)));
  let pending: _RowCells[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    settle(result, context, pending, grouped);
    for (const { row } of pending) grid.release(row - 1);
    pending = [];
  };
  for (let row = first; row <= last; row++) {
    if ((row - first) % BATCH === 0 && row > first) await pace.tick(row - first, total);
    if (_isBlankRow(context, row)) {
      flush();
      result.stats.blank++;
      continue;
    }
    // A row that continues a record is read for its entry columns only: the record's own are on its first row.
    const starts = !grouped || pending.length === 0 || startsRecord(row);
    if (starts) flush();
    pending.push(_readCells(context, row, starts ? header.matched : itemColumns));
  }
  flush();
  if (template.checkRecords) checkAll(result, context, template.checkRecords);
  onProgress?.({ done: result.stats.rows, total: result.stats.rows });
  return result;
}
