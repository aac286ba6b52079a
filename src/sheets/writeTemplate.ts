import { _numberText } from './_cellText';
import { _getField } from './_fieldPath';
import { _neutralizeFormula } from './_formulaText';
import { _instructionRows } from './_instructionsSheet';
import { _SheetBuilder, _sheetName, _writeBook } from './_SheetBuilder';
import { _sectionsSheet } from './_sectionsSheet';
import type { SheetsCell, SheetsWorkSheet, SheetsXlsx } from './SheetsXlsx';
import type { SheetColumn, SheetTemplate } from './SheetTemplate';
import { isTemplateId, type TemplateId } from './TemplateId';
import type { TemplateRecords } from './TemplateRecords';
import { _TEMPLATES } from './templates/_registry';

/** Options of `writeTemplate`. */
export interface WriteTemplateOptions<T> {
  /** The SheetJS module (`import * as XLSX from 'xlsx'`) or a patched build. */
  xlsx: SheetsXlsx;
  /** Records to fill in (as `readWorkbook` returns them); none for an empty form. */
  records?: Iterable<T>;
  /**
   * Empty input rows after the records, pre-formatted as text so Excel keeps IDs and phones; default 100
   * (a sectioned form: per block, default 10).
   */
  inputRows?: number;
}

/**
 * The name of the instructions sheet `writeTemplate` adds after the form.
 *
 * @example
 * INSTRUCTIONS_SHEET // '填写说明'
 */
export const INSTRUCTIONS_SHEET = '填写说明';

const MAX_INPUT_ROWS = 10_000;

function valueCell(column: SheetColumn, value: unknown): SheetsCell | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (column.type === 'integer' && typeof value === 'number' && Number.isFinite(value)) return { t: 'n', v: value };
  const text = column.format ? column.format(value) : typeof value === 'number' ? _numberText(value) : String(value);
  return { t: 's', v: _neutralizeFormula(text), z: '@' };
}

/** Writes the header (one row, or two with merged group labels); returns the first data row. */
function writeHeader(sheet: _SheetBuilder, columns: readonly SheetColumn[]): number {
  const twoRows = columns.some((c) => c.group !== undefined);
  columns.forEach((column, c) => {
    if (!twoRows) {
      sheet.label(1, c, column.label);
    } else if (column.group === undefined) {
      sheet.label(1, c, column.label);
      sheet.merge(1, c, 2, c);
    } else if (columns[c - 1]?.group !== column.group) {
      let end = c;
      while (columns[end + 1]?.group === column.group) end++;
      sheet.label(1, c, column.group);
      sheet.merge(1, c, 1, end);
    }
    if (column.group !== undefined) sheet.label(2, c, column.label);
  });
  return twoRows ? 3 : 2;
}

/** The entries of a record's row group (at least one row, blank when there are none). */
function groupItems(record: unknown, field: string): unknown[] {
  const items = _getField(record, field);
  return Array.isArray(items) && items.length > 0 ? items : [undefined];
}

/**
 * Cells, merges and widths of the form sheet: title, header row(s), records, input rows. A record with a
 * row group takes one row per entry, its own cells merged down those rows.
 */
function formSheet(template: SheetTemplate<unknown>, records: Iterable<unknown>, inputRows: number): SheetsWorkSheet {
  const sheet = new _SheetBuilder();
  const columns = template.columns;
  const last = columns.length - 1;
  const group = template.rowGroup?.field;
  const prefix = `${group}.`;
  sheet.label(0, 0, template.title);
  sheet.merge(0, 0, 0, last);
  let row = writeHeader(sheet, columns);
  for (const record of records) {
    const items = group === undefined ? [undefined] : groupItems(record, group);
    columns.forEach((column, c) => {
      const inItem = group !== undefined && column.field.startsWith(prefix);
      items.forEach((item, i) => {
        if (!inItem && i > 0) return;
        const value = inItem ? _getField(item, column.field.slice(prefix.length)) : _getField(record, column.field);
        const cell = valueCell(column, value);
        if (cell) sheet.put(row + i, c, cell);
        else sheet.input(row + i, c);
      });
      if (!inItem) sheet.merge(row, c, row + items.length - 1, c);
    });
    row += items.length;
  }
  for (let i = 0; i < inputRows; i++, row++) {
    for (let c = 0; c <= last; c++) sheet.input(row, c);
  }
  return sheet.build(columns.map((c) => c.width));
}

function instructionsSheet(template: SheetTemplate<unknown>): SheetsWorkSheet {
  const sheet = new _SheetBuilder();
  _instructionRows(template).forEach((cells, r) => {
    cells.forEach((text, c) => {
      sheet.label(r, c, text);
    });
  });
  return sheet.build([24, 36, 48, 40]);
}

/** The sheets of the form: one per record for a sectioned form (an empty one when there is none), else one. */
function formSheets(
  template: SheetTemplate<unknown>,
  records: Iterable<unknown>,
  inputRows: number | undefined,
  used: Set<string>,
): [string, SheetsWorkSheet][] {
  const rows = Math.min(Math.max(Math.floor(inputRows ?? (template.sections ? 10 : 100)), 0), MAX_INPUT_ROWS);
  if (!template.sections) return [[_sheetName(template.sheetName, used), formSheet(template, records, rows)]];
  const sheets: [string, SheetsWorkSheet][] = [];
  for (const record of records)
    sheets.push([_sheetName(template.sheetName, used), _sectionsSheet(template, record, rows)]);
  if (sheets.length === 0) sheets.push([_sheetName(template.sheetName, used), _sectionsSheet(template, {}, rows)]);
  return sheets;
}

/**
 * Writes a form as an .xlsx laid out like the paper one: a title row, the header (two rows with merged
 * group labels where the form has them), column widths, the records, then empty input rows; ID, phone,
 * code and date columns are text cells (`@`) so Excel keeps leading zeros and all 18 digits; a 填写说明
 * sheet lists the rules, allowed values and code tables. A record spanning several rows (a 联合支部) takes
 * one row per 所在单位, its own cells merged down them; a sectioned form (统计确认表) is written block by
 * block, one sheet per record (an empty form without records). Text that a spreadsheet could take for a formula
 * (= + - @) is written with a leading apostrophe, which `readWorkbook` removes: the round trip returns the
 * same records.
 *
 * @example
 * import * as XLSX from 'xlsx';
 * const bytes = writeTemplate('unit-info', { xlsx: XLSX, records: [{ path: '示例县/示例县民政局', kind: 'unit' }] });
 * // Uint8Array: an .xlsx with sheets 单位基本情况表 and 填写说明
 */
export function writeTemplate<I extends TemplateId>(
  templateId: I,
  options: WriteTemplateOptions<TemplateRecords[I]>,
): Uint8Array {
  if (!isTemplateId(templateId)) throw new TypeError(`Unknown template id: ${String(templateId)}`);
  const template = _TEMPLATES[templateId] as SheetTemplate<unknown>;
  const used = new Set([INSTRUCTIONS_SHEET]);
  const sheets = formSheets(template, options.records ?? [], options.inputRows, used);
  return _writeBook(options.xlsx, [...sheets, [INSTRUCTIONS_SHEET, instructionsSheet(template)]]);
}
