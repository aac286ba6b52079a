/**
 * A row of a 统计确认表 as read: the 部门 / 下属机构 / 村（社区） name and its number of people.
 *
 * @example
 * { name: '办公室', count: 3, row: 6 }
 */
export interface ConfirmationSheetRow {
  name: string;
  count: number;
  /** The row as Excel shows it (set by `readWorkbook`). */
  row?: number;
}

/**
 * A block of a 统计确认表 as read: its rows and 人数汇总.
 *
 * @example
 * { rows: [{ name: '班子成员', count: 5, row: 5 }], total: 5, totalRow: 6 }
 */
export interface ConfirmationSheetSection {
  rows: ConfirmationSheetRow[];
  /** 人数汇总 as written; absent when left blank. */
  total?: number;
  /** The row of 人数汇总 as Excel shows it (set by `readWorkbook`). */
  totalRow?: number;
}

/**
 * A filled-in 单位组织架构及通讯录统计确认表 (`confirmation-county` or `confirmation-township`), as
 * `readWorkbook` returns it: the shape `reconcileConfirmation(declared, computed)` takes as `declared`, and
 * the shape `writeTemplate` and `writeConfirmationTable` write (a computed `confirmationTable(…)` fits too).
 *
 * @example
 * const declared: ConfirmationSheet = {
 *   variant: 'county', unit: '示例县民政局',
 *   departments: { rows: [{ name: '班子成员', count: 5, row: 5 }, { name: '办公室', count: 3, row: 6 }], total: 8, totalRow: 7 },
 *   subunits: { rows: [{ name: '示例县救助管理站', count: 6, row: 10 }], total: 6, totalRow: 11 },
 *   total: 14, totalRow: 12,
 * };
 */
export interface ConfirmationSheet {
  /** 'county' (区直单位: 下属机构 rows) or 'township' (乡镇（街道）: 村（社区） rows). */
  variant: 'county' | 'township';
  /** 单位名称 as written above the table. */
  unit?: string;
  /** 部门 rows. */
  departments: ConfirmationSheetSection;
  /** 下属机构 rows (county) or 村（社区） rows (township). */
  subunits: ConfirmationSheetSection;
  /** 合计 as written; absent when left blank. */
  total?: number;
  /** The row of 合计 as Excel shows it (set by `readWorkbook`). */
  totalRow?: number;
}
