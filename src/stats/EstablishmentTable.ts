/** A column of a statistics table; `group` is the upper header row (核定编制 over 行政编制, 政法专项编制 …). */
export interface EstablishmentTableColumn {
  /** Stable key ('approved.administrative'): match on this, never on the label. */
  key: string;
  label: string;
  group?: string;
}

/** A row of a statistics table: its cells line up with the table's columns; null where a cell does not apply. */
export interface EstablishmentTableRow {
  /** Stable key ('total', 'leaders', 'level:county', 'dept:<path>' …). */
  key: string;
  label: string;
  /** Indentation: 0 for 合计 and top rows, 1 for rows inside a group (公益一类 under 公益类). */
  depth: number;
  cells: (number | null)[];
}

/**
 * A statistics table as plain data, ready for a spreadsheet writer: a title, the columns, the rows (合计
 * first).
 *
 * @example
 * const table: EstablishmentTable = {
 *   title: '示例县民政局机构编制情况',
 *   columns: [{ key: 'approvedSum', label: '合计', group: '核定编制' }],
 *   rows: [{ key: 'total', label: '合计', depth: 0, cells: [7] }],
 * };
 */
export interface EstablishmentTable {
  title: string;
  columns: EstablishmentTableColumn[];
  rows: EstablishmentTableRow[];
}

/** Options of the category tables (`tabulateByLevelAndSystem` …). */
export interface TabulateOptions {
  /** Only the units in this subtree (a full path as people write it); default the whole rollup. */
  under?: string;
  /** Keep rows with nothing in them (every system under every level); default false: fixed rows only. */
  allRows?: boolean;
}
