import type { Issue } from 'cn-orgdata';

/**
 * An issue found in a workbook: the library's `Issue` plus where it sits, as a clerk finds it in Excel.
 * Workbook-level issues (not a workbook, encrypted, a missing column) carry only what applies.
 *
 * @example
 * { code: 'invalid_checksum', severity: 'error', path: ['uscc'], params: { expected: '3', actual: '4' },
 *   message: '统一社会信用代码校验码错误：应为 3，实为 4', sheet: '单位基本情况表', row: 7, column: 'D',
 *   field: 'uscc', header: '统一社会信用代码', cellText: '91350100M000100Y44' }
 */
export interface SheetIssue extends Issue {
  /** The sheet's name. */
  sheet?: string;
  /** The row number as Excel shows it (1-based). */
  row?: number;
  /** The column letter as Excel shows it ('A', 'AB'). */
  column?: string;
  /** The record field the column feeds. */
  field?: string;
  /** The column's label as written in the file's header. */
  header?: string;
  /**
   * The cell's text as the file holds it (ID and phone numbers masked unless `revealValues`).
   */
  cellText?: string;
}
