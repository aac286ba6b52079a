import { _getField } from './_fieldPath';
import { _SheetBuilder } from './_SheetBuilder';
import type { SheetsWorkSheet } from './SheetsXlsx';
import type { SheetTemplate } from './SheetTemplate';

function rowsOf(section: unknown): { name: unknown; count: unknown }[] {
  const rows = _getField(section, 'rows');
  return Array.isArray(rows) ? rows.filter((row) => typeof row === 'object' && row !== null) : [];
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A sectioned form (统计确认表) as a sheet: title, 单位名称, each block (heading, header 序号 | name | count,
 * its rows, `inputRows` empty rows, the total row), the grand total row, then the signature lines. Counts
 * are number cells; names are text, guarded against formula injection. `record` may be a read
 * `ConfirmationSheet` or a computed `ConfirmationTable`; a table with `unresolved` people gets a note.
 */
export function _sectionsSheet(template: SheetTemplate<unknown>, record: unknown, inputRows: number): SheetsWorkSheet {
  const sections = template.sections!;
  const sheet = new _SheetBuilder();
  const full = (r: number, text: string) => {
    sheet.label(r, 0, text);
    sheet.merge(r, 0, r, 2);
  };
  const labelRow = (r: number, text: string, value: unknown) => {
    sheet.label(r, 0, text);
    sheet.merge(r, 0, r, 1);
    if (isCount(value)) sheet.number(r, 2, value);
    else sheet.input(r, 2);
  };
  full(0, template.title);
  const unit = _getField(record, 'unit');
  sheet.label(1, 0, `${sections.unitLabel}：${typeof unit === 'string' ? unit : ''}`);
  sheet.merge(1, 0, 1, 2);
  let r = 2;
  for (const block of sections.blocks) {
    const columns = template.columns.filter((c) => c.field.startsWith(`${block.field}.`));
    const section = _getField(record, block.field);
    full(r++, block.title);
    sheet.label(r, 0, '序号');
    columns.forEach((column, c) => {
      sheet.label(r, c + 1, column.label);
    });
    r++;
    const rows = rowsOf(section);
    rows.forEach((row, i) => {
      sheet.number(r, 0, i + 1);
      sheet.text(r, 1, typeof row.name === 'string' ? row.name : String(row.name ?? ''));
      if (isCount(row.count)) sheet.number(r, 2, row.count);
      else sheet.input(r, 2);
      r++;
    });
    for (let i = 0; i < inputRows; i++, r++) {
      sheet.number(r, 0, rows.length + i + 1);
      sheet.input(r, 1);
      sheet.input(r, 2);
    }
    labelRow(r++, block.totalLabel, _getField(section, 'total'));
  }
  labelRow(r++, sections.totalLabel, _getField(record, 'total'));
  const unresolved = _getField(record, 'unresolved');
  if (isCount(unresolved) && unresolved > 0) {
    full(r++, `注：名册中有 ${unresolved} 人的部门名称未能对应到组织架构，本表人数尚不完整，请先更正名册。`);
  }
  r++;
  for (const line of sections.footer ?? []) full(r++, line);
  const width = (key: string) =>
    Math.max(8, ...template.columns.filter((c) => c.field.endsWith(key)).map((c) => c.width));
  return sheet.build([6, width('.name'), width('.count')]);
}
