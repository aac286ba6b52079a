import { _numberText } from './_cellText';
import { _neutralizeFormula } from './_formulaText';
import { _instructionRows } from './_instructionsSheet';
import { _columnLetter } from './_sheetGrid';
import type { SheetsCell, SheetsRange, SheetsWorkSheet, SheetsXlsx } from './SheetsXlsx';
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
  /** Empty input rows after the records, pre-formatted as text so Excel keeps IDs and phones; default 100. */
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

// An empty text cell: SheetJS 0.18.5 drops empty formatted cells, so input rows carry '' (#2171).
const inputCell = (): SheetsCell => ({ t: 's', v: '', z: '@' });

function valueCell(column: SheetColumn, value: unknown): SheetsCell {
  if (value === undefined || value === null || value === '') return inputCell();
  if (column.type === 'integer' && typeof value === 'number' && Number.isFinite(value)) return { t: 'n', v: value };
  const text = column.format ? column.format(value) : typeof value === 'number' ? _numberText(value) : String(value);
  return { t: 's', v: _neutralizeFormula(text), z: '@' };
}

/** Cells, merges and widths of the form sheet: title, header row(s), records, input rows. */
function formSheet(template: SheetTemplate<unknown>, records: Iterable<unknown>, inputRows: number): SheetsWorkSheet {
  const sheet: SheetsWorkSheet = {};
  const columns = template.columns;
  const last = columns.length - 1;
  const merges: SheetsRange[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: last } }];
  const put = (r: number, c: number, cell: SheetsCell) => {
    sheet[_columnLetter(c) + String(r + 1)] = cell;
  };
  put(0, 0, { t: 's', v: template.title });
  const twoRows = columns.some((c) => c.group !== undefined);
  columns.forEach((column, c) => {
    if (!twoRows) {
      put(1, c, { t: 's', v: column.label });
    } else if (column.group === undefined) {
      put(1, c, { t: 's', v: column.label });
      merges.push({ s: { r: 1, c }, e: { r: 2, c } });
    } else if (columns[c - 1]?.group !== column.group) {
      let end = c;
      while (columns[end + 1]?.group === column.group) end++;
      put(1, c, { t: 's', v: column.group });
      if (end > c) merges.push({ s: { r: 1, c }, e: { r: 1, c: end } });
    }
    if (column.group !== undefined) put(2, c, { t: 's', v: column.label });
  });
  let row = twoRows ? 3 : 2;
  for (const record of records) {
    const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    columns.forEach((column, c) => {
      put(row, c, valueCell(column, Object.hasOwn(fields, column.field) ? fields[column.field] : undefined));
    });
    row++;
  }
  for (let i = 0; i < inputRows; i++, row++) {
    for (let c = 0; c <= last; c++) put(row, c, inputCell());
  }
  sheet['!ref'] = `A1:${_columnLetter(last)}${row}`;
  sheet['!merges'] = merges;
  sheet['!cols'] = columns.map((c) => ({ wch: c.width }));
  return sheet;
}

function instructionsSheet(template: SheetTemplate<unknown>): SheetsWorkSheet {
  const sheet: SheetsWorkSheet = {};
  const rows = _instructionRows(template);
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      sheet[_columnLetter(c) + String(r + 1)] = { t: 's', v: text };
    });
  });
  sheet['!ref'] = `A1:D${rows.length}`;
  sheet['!cols'] = [{ wch: 24 }, { wch: 36 }, { wch: 48 }, { wch: 40 }];
  return sheet;
}

/**
 * Writes a form as an .xlsx laid out like the paper one: a title row, the header (two rows with merged
 * group labels where the form has them), column widths, the records, then empty input rows; ID, phone,
 * code and date columns are text cells (`@`) so Excel keeps leading zeros and all 18 digits; a 填写说明
 * sheet lists the rules, allowed values and code tables. Text that a spreadsheet could take for a formula
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
  const inputRows = Math.min(Math.max(Math.floor(options.inputRows ?? 100), 0), MAX_INPUT_ROWS);
  const workbook = {
    SheetNames: [template.sheetName, INSTRUCTIONS_SHEET],
    Sheets: {
      [template.sheetName]: formSheet(template, options.records ?? [], inputRows),
      [INSTRUCTIONS_SHEET]: instructionsSheet(template),
    },
  };
  const out = options.xlsx.write(workbook, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
