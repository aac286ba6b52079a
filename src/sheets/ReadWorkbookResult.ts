import type { SheetIssue } from './SheetIssue';

/** A row that became a record. */
export interface SheetRecord<T> {
  /** The row number as Excel shows it. */
  row: number;
  value: T;
}

/** A row that did not: its issues, and the text of each cell by field. */
export interface RejectedRow {
  row: number;
  issues: SheetIssue[];
  cells: Record<string, string>;
}

/** The counts of a read: `accepted + rejected + blank === rows`. */
export interface ReadWorkbookStats {
  /** The sheet read, when one was. */
  sheet?: string;
  /** The header's last row as Excel shows it (0 when none was found). */
  headerRow: number;
  /** Data rows: from below the header to the last row with content. */
  rows: number;
  accepted: number;
  rejected: number;
  /** Empty rows between data rows. */
  blank: number;
}

/**
 * What `readWorkbook` returns: nothing in the file is dropped without a count or an issue.
 *
 * @example
 * { records: [{ row: 3, value: { path: '示例县' } }], rejected: [], issues: [],
 *   stats: { sheet: '单位基本情况表', headerRow: 2, rows: 1, accepted: 1, rejected: 0, blank: 0 } }
 */
export interface ReadWorkbookResult<T> {
  records: SheetRecord<T>[];
  rejected: RejectedRow[];
  /** Every issue: the workbook's and the header's first, then the rows' in order (warnings of accepted rows too). */
  issues: SheetIssue[];
  stats: ReadWorkbookStats;
}
