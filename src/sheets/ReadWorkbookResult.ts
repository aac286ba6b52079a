import type { SheetIssue } from './SheetIssue';
import type { TemplateId } from './TemplateId';

/** A row that became a record. */
export interface SheetRecord<T> {
  /** The row number as Excel shows it. */
  row: number;
  value: T;
  /** Every row the record was read from, for a record spanning several rows (`party-org-summary`). */
  rows?: number[];
}

/**
 * A row that did not: its issues, and the text of each cell by field. A row of a record spanning several
 * rows is rejected with its record: `issues` are the record's (each placed at its own row), `rows` all its rows.
 */
export interface RejectedRow {
  row: number;
  issues: SheetIssue[];
  cells: Record<string, string>;
  rows?: number[];
}

/**
 * The counts of a read, in sheet rows: `accepted + rejected + blank === rows` (a record spanning several
 * rows counts each of them; a sectioned form counts the rows inside its blocks).
 */
export interface ReadWorkbookStats {
  /** The template read with. */
  template?: TemplateId;
  /** The sheet read, when one was. */
  sheet?: string;
  /** The header's last row as Excel shows it (0 when none was found). */
  headerRow: number;
  /** The column letter each field was read from ('path' → 'A'), for placing issues found later (`locateIssues`). */
  columns?: Record<string, string>;
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
