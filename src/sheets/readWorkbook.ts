import type { IssueCode, Locale } from 'cn-orgdata';
import { _cellText } from './_cellText';
import { type _ChosenSheet, _chooseSheet, _HEADER_SCAN_ROWS } from './_chooseSheet';
import { _matchHeader } from './_headerMatch';
import { _isBlankRow, type _RowContext, _readRow } from './_readRow';
import { _repackWorkbook } from './_repackWorkbook';
import { _columnLetter, _decodeRange } from './_sheetGrid';
import { _sheetIssue } from './_sheetIssue';
import type { ReadWorkbookResult } from './ReadWorkbookResult';
import type { SheetIssue } from './SheetIssue';
import type { SheetsWorkBook, SheetsXlsx } from './SheetsXlsx';
import type { SheetColumn } from './SheetTemplate';
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

/**
 * Reads a filled-in form (.xlsx bytes) with its template: every data row becomes a record, a rejected row
 * with its issues, or a counted blank row; every issue names the sheet, Excel row, column letter, field,
 * the header as written and the cell's text. Hardened for files from anyone: the zip is checked and
 * decompressed under caps before SheetJS sees it (not a workbook, encrypted, zip bomb, hostile XML,
 * `__proto__` comments, oversized ranges each give one clear issue), SheetJS reads in dense mode, and
 * a missing column or a wrong template is one issue, not one per row. Dates come from serial numbers in
 * the workbook's 1900 or 1904 system, independent of the time zone. Never throws on any bytes; rejects
 * only when `signal` aborts.
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
    stats: { headerRow: 0, rows: 0, accepted: 0, rejected: 0, blank: 0 },
  };
  const fail = (code: IssueCode, params: Record<string, unknown> = {}, sheet?: string) => {
    result.issues.push(_sheetIssue(code, 'error', params, locale, sheet === undefined ? {} : { sheet }));
    return result;
  };
  signal?.throwIfAborted();
  const bytes = toBytes(data);
  if (!bytes) return fail('not_a_workbook', { detected: 'unknown' });
  const packed = await _repackWorkbook(
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
  let workbook: SheetsWorkBook;
  try {
    workbook = options.xlsx.read(packed.bytes, {
      type: 'array',
      dense: true,
      cellDates: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellText: true,
      bookVBA: false,
      sheetRows: rowLimit + 1,
    });
  } catch (error) {
    return fail('workbook_corrupt', { detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
  }
  signal?.throwIfAborted();
  const chosen = _chooseSheet(workbook, template, rowLimit, maxColumns, options.sheet);
  if (!chosen) return fail('empty_workbook', options.sheet === undefined ? {} : { sheet: options.sheet });
  const { name: sheet, header, grid } = chosen;
  result.stats.sheet = sheet;
  const declared = _decodeRange(chosen.sheet['!fullref'] ?? chosen.sheet['!ref']);
  const tooLarge = { sheet, ref: chosen.sheet['!fullref'] ?? chosen.sheet['!ref'], maxRows, maxColumns };
  if (declared && (declared.e.r >= rowLimit || declared.e.c >= maxColumns))
    return fail('sheet_too_large', tooLarge, sheet);
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
  const context: _RowContext = {
    grid,
    sheet,
    columns: header.matched,
    template,
    date1904: workbook.Workbook?.WBProps?.date1904 === true || String(workbook.Workbook?.WBProps?.date1904) === '1',
    options: {
      locale,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.revealValues === undefined ? {} : { revealValues: options.revealValues }),
    },
    locale,
  };
  const first = header.headerRow + 1;
  let last = grid.rowCount - 1;
  while (last >= first && _isBlankRow(context, last)) last--;
  const total = last - first + 1;
  if (total > maxRows) return fail('sheet_too_large', tooLarge, sheet);
  result.stats.headerRow = header.headerRow + 1;
  result.issues.push(...headerWarnings(chosen, locale));
  result.stats.rows = Math.max(total, 0);
  const pace = signal !== undefined || onProgress !== undefined;
  for (let row = first; row <= last; row++) {
    if (pace && (row - first) % BATCH === 0 && row > first) {
      onProgress?.({ done: row - first, total });
      await nextTask();
      signal?.throwIfAborted();
    }
    const read = _readRow(context, row);
    if (read.blank) {
      result.stats.blank++;
      continue;
    }
    for (const issue of read.issues) result.issues.push(issue);
    if (read.rejected) {
      const cells: Record<string, string> = {};
      for (const { column, index } of header.matched) cells[column.field] = _cellText(grid.cell(row, index));
      result.rejected.push({ row: row + 1, issues: read.issues, cells });
    } else {
      result.records.push({ row: row + 1, value: read.value as TemplateRecords[I] });
    }
  }
  result.stats.accepted = result.records.length;
  result.stats.rejected = result.rejected.length;
  onProgress?.({ done: result.stats.rows, total: result.stats.rows });
  return result;
}
