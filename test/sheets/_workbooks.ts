// Workbooks for tests, built in memory with SheetJS from arrays of rows (cells may be SheetJS cell objects).
import * as XLSX from 'xlsx';
import type { SheetsXlsx } from '../../src/sheets/index';

export const xlsx: SheetsXlsx = XLSX;

export interface TestSheet {
  name: string;
  rows: unknown[][];
  merges?: { s: { r: number; c: number }; e: { r: number; c: number } }[];
  hidden?: boolean;
}

/** An .xlsx with the given sheets. */
export function workbook(sheets: readonly TestSheet[], options: { date1904?: boolean } = {}): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
    if (sheet.merges) ws['!merges'] = sheet.merges;
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  book.Workbook = {
    WBProps: { date1904: options.date1904 ?? false },
    Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })),
  };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A one-sheet workbook: a title row, then the header, then the rows. */
export function form(header: unknown[], rows: unknown[][], name = '单位基本情况表'): Uint8Array {
  return workbook([{ name, rows: [[name], header, ...rows] }]);
}

export const UNIT_INFO_HEADER = [
  '部门名称(全路径)',
  '是否虚拟部门',
  '组织类型',
  '统一社会信用代码',
  '同步到系统',
  '部门负责人电话',
];
/** A valid USCC (check characters computed independently in test/_helpers/idFixtures.ts). */
export const USCC = '91350100M000100Y43';
