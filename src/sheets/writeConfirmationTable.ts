import type { ConfirmationTable } from 'cn-orgdata';
import { _getField } from './_fieldPath';
import { _writeBook } from './_SheetBuilder';
import { _sectionsSheet } from './_sectionsSheet';
import type { ConfirmationSheet } from './ConfirmationSheet';
import type { SheetsXlsx } from './SheetsXlsx';
import type { SheetTemplate } from './SheetTemplate';
import { _TEMPLATES } from './templates/_registry';

/** Options of `writeConfirmationTable`. */
export interface WriteConfirmationTableOptions {
  /** The SheetJS module (`import * as XLSX from 'xlsx'`) or a patched build. */
  xlsx: SheetsXlsx;
  /** The form: 'county' (区直单位) or 'township' (乡镇（街道））; default the table's own `variant`. */
  variant?: 'county' | 'township';
}

/**
 * Writes a 单位组织架构及通讯录统计确认表 computed from the roster (`confirmationTable(…).value`) — or one
 * read back (`ConfirmationSheet`) — as the form a unit signs: title, 单位名称, the 部门 block with 部门人数 and
 * 人数汇总, the 下属机构 (or 村（社区）) block with its counts and 人数汇总, 合计, and the signature lines.
 * The （本级未分部门） row is written like any row; a table whose roster had people in no known unit
 * (`unresolved` > 0) gets a note that it is not final. `readWorkbook(bytes, 'confirmation-county')` reads it back.
 *
 * @example
 * import * as XLSX from 'xlsx';
 * const table = confirmationTable(tree, people, '示例县/示例县民政局');
 * if (table.ok) writeFileSync('统计确认表.xlsx', writeConfirmationTable(table.value, { xlsx: XLSX }));
 */
export function writeConfirmationTable(
  table: ConfirmationTable | ConfirmationSheet,
  options: WriteConfirmationTableOptions,
): Uint8Array {
  const variant = options.variant ?? (_getField(table, 'variant') === 'township' ? 'township' : 'county');
  const template = _TEMPLATES[`confirmation-${variant}`] as SheetTemplate<unknown>;
  return _writeBook(options.xlsx, [[template.sheetName, _sectionsSheet(template, table, 0)]]);
}
