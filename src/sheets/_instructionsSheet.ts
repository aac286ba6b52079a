import { type CodeTableId, getCodeTable, listCodes } from 'cn-orgdata';
import type { SheetColumn, SheetTemplate } from './SheetTemplate';

/** Rules of a column as printed: its note, and the allowed values of a choice column. */
function allowedValues(column: SheetColumn): string {
  if (column.choices) return column.choices.map((c) => c.label).join(' / ');
  if (column.codeTable) return `见下方“${getCodeTable(column.codeTable)?.name ?? column.codeTable}”代码表`;
  return '';
}

/**
 * The rows of the 填写说明 sheet: the form's rules, one row per column (label, required, rule, allowed
 * values), then each code table the form uses (selectable codes only).
 */
export function _instructionRows(template: SheetTemplate<unknown>): string[][] {
  const rows: string[][] = [[`${template.title} 填写说明`], []];
  template.instructions.forEach((rule, i) => {
    rows.push([`${i + 1}. ${rule}`]);
  });
  rows.push([], ['列名', '是否必填', '填写要求', '可选值']);
  for (const column of template.columns) {
    const label = column.group ? `${column.group}·${column.label}` : column.label;
    rows.push([label, column.required ? '必填' : '选填', column.note ?? '', allowedValues(column)]);
  }
  const tables = new Set<CodeTableId>();
  for (const column of template.columns) if (column.codeTable) tables.add(column.codeTable);
  for (const table of tables) {
    const info = getCodeTable(table);
    rows.push([], [`${info?.name ?? table}代码表`, info?.source ?? ''], ['代码', '名称']);
    for (const entry of listCodes(table, { selectableOnly: true })) rows.push([entry.code, entry.name]);
  }
  return rows;
}
