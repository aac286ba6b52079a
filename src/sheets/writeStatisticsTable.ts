import type { EstablishmentTable } from 'cn-orgdata';
import { _SheetBuilder, _sheetName, _writeBook } from './_SheetBuilder';
import type { SheetsWorkSheet, SheetsXlsx } from './SheetsXlsx';

/** Options of `writeStatisticsTable`. */
export interface WriteStatisticsTableOptions {
  /** The SheetJS module (`import * as XLSX from 'xlsx'`) or a patched build. */
  xlsx: SheetsXlsx;
  /** The title printed above a single table (default its own `title`). */
  title?: string;
}

// Indentation of row labels: SheetJS 0.18.5 writes no cell styles, so nesting is shown with full-width spaces.
const INDENT = '\u3000';

/** Display width of a text in characters (CJK and full-width count twice). */
function widthOf(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

function tableSheet(table: EstablishmentTable, title: string): SheetsWorkSheet {
  const sheet = new _SheetBuilder();
  const columns = Array.isArray(table.columns) ? table.columns : [];
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const last = columns.length;
  sheet.text(0, 0, title);
  sheet.merge(0, 0, 0, last);
  const twoRows = columns.some((c) => typeof c.group === 'string' && c.group !== '');
  sheet.label(1, 0, '项目');
  if (twoRows) sheet.merge(1, 0, 2, 0);
  columns.forEach((column, i) => {
    const c = i + 1;
    const group = typeof column.group === 'string' && column.group !== '' ? column.group : undefined;
    if (!twoRows || group === undefined) {
      sheet.text(1, c, column.label);
      if (twoRows) sheet.merge(1, c, 2, c);
      return;
    }
    if (columns[i - 1]?.group !== group) {
      let end = i;
      while (columns[end + 1]?.group === group) end++;
      sheet.text(1, c, group);
      sheet.merge(1, c, 1, end + 1);
    }
    sheet.text(2, c, column.label);
  });
  let r = twoRows ? 3 : 2;
  let labelWidth = 8;
  for (const row of rows) {
    const depth = Number.isSafeInteger(row.depth) && row.depth > 0 ? Math.min(row.depth, 10) : 0;
    const label = INDENT.repeat(depth) + String(row.label ?? '');
    labelWidth = Math.max(labelWidth, widthOf(label));
    sheet.text(r, 0, label);
    columns.forEach((_, i) => {
      const value = Array.isArray(row.cells) ? row.cells[i] : undefined;
      if (typeof value === 'number' && Number.isFinite(value)) sheet.number(r, i + 1, value);
    });
    r++;
  }
  const widths = columns.map((c) => Math.min(Math.max(widthOf(String(c.label)), 6) + 2, 20));
  return sheet.build([Math.min(labelWidth + 2, 60), ...widths]);
}

/**
 * Writes statistics tables (`tabulateUnitEstablishment`, `tabulateByLevelAndSystem`,
 * `tabulatePublicInstitutions`, `tabulateWorkers`, `tabulateAdministrativeUnits` …) as their printed forms,
 * one sheet per table named after its title: the title merged across the table, a header of one row, or two
 * where columns have a group (核定编制 over 行政编制 | 政法专项编制 …, merged), the row labels indented by
 * depth (公益一类 under 公益类), numbers as number cells and cells that do not apply left empty.
 *
 * @example
 * import * as XLSX from 'xlsx';
 * const rollup = rollupEstablishment(tree, records);
 * writeFileSync('编制统计.xlsx', writeStatisticsTable([tabulateByLevelAndSystem(rollup), tabulateWorkers(rollup)], { xlsx: XLSX }));
 */
export function writeStatisticsTable(
  table: EstablishmentTable | readonly EstablishmentTable[],
  options: WriteStatisticsTableOptions,
): Uint8Array {
  const tables: readonly EstablishmentTable[] = Array.isArray(table) ? table : [table as EstablishmentTable];
  const used = new Set<string>();
  const sheets = tables.map((t, i) => {
    const title = tables.length === 1 && options.title !== undefined ? options.title : String(t.title ?? '');
    return [_sheetName(title || `表${i + 1}`, used), tableSheet(t, title)] as const;
  });
  return _writeBook(
    options.xlsx,
    sheets.length > 0 ? sheets : [[_sheetName('Sheet1', used), new _SheetBuilder().build([])]],
  );
}
