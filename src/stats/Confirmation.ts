import type { Issue } from '../errors/Issue';

/**
 * Which 单位组织架构及通讯录统计确认表: 'county' (区直单位: 部门 rows, then 下属机构 rows) or 'township'
 * (乡镇（街道）: 部门 rows for the 在编人员, then 村（社区） rows with 村（社区）工作人员人数).
 */
export type ConfirmationVariant = 'county' | 'township';

/** One row of a confirmation table. */
export interface ConfirmationRow {
  /** 部门名称 / 下属机构名称 / 村（社区）名称: the node's name. */
  name: string;
  /** 部门人数 / 机构人数 / 村（社区）工作人员人数: everyone in the node's whole subtree. */
  count: number;
  /** The node's full path. */
  path: string;
  /** The node's id in the tree. */
  id: number;
  /** 虚拟部门 (e.g. 班子成员). */
  virtual: boolean;
  /**
   * True on the （本级未分部门） row: people attached to the unit itself rather than to one of its
   * departments. It is added (last in the 部门 block) only when there are such people, so none vanish.
   */
  unassigned?: boolean;
}

/** A block of the table (部门, or 下属机构 / 村（社区）) with its 人数汇总. */
export interface ConfirmationSection {
  /** '部门', '下属机构' or '村（社区）'. */
  title: string;
  /** '部门人数', '机构人数' or '村（社区）工作人员人数'. */
  countLabel: string;
  rows: ConfirmationRow[];
  /** 人数汇总: the sum of the rows. */
  total: number;
}

/**
 * The 单位组织架构及通讯录统计确认表 of one unit, as data: `total === departments.total + subunits.total`,
 * the unit's whole subtree.
 */
export interface ConfirmationTable {
  title: string;
  variant: ConfirmationVariant;
  /** 单位名称. */
  unit: string;
  /** The unit's full path. */
  path: string;
  /** Internal departments (children of kind 'department', virtual ones included), then （本级未分部门）. */
  departments: ConfirmationSection;
  /** 下属机构 or 村（社区）: children of kind 'unit', each with its whole subtree. */
  subunits: ConfirmationSection;
  /** People attached to the unit itself (also the （本级未分部门） row's count; 0 when there is none). */
  unassigned: number;
  /** 合计. */
  total: number;
  /**
   * Roster people whose unit path resolved nowhere in the tree (see `Headcount.unresolved`): some of them
   * may belong to this unit, so a table is only final when this is 0.
   */
  unresolved: number;
}

/** A row of a filled-in table read back (from a sheet): values as the clerk wrote them. */
export interface DeclaredConfirmationRow {
  /** 部门 / 机构 / 村（社区） name, or a full path. */
  name: unknown;
  /** The declared number of people: a number or text such as '14' or '14人'. */
  count: unknown;
  /** The row's number on the sheet, used in messages instead of the position when given. */
  row?: number;
}

/** A block of a filled-in table read back. */
export interface DeclaredConfirmationSection {
  rows?: readonly DeclaredConfirmationRow[];
  /** 人数汇总 as declared; not compared when absent. */
  total?: unknown;
}

/**
 * A filled-in confirmation table read back (the sheets adapter produces it). A `ConfirmationTable` is
 * one too, so two computed tables can be compared as well.
 */
export interface DeclaredConfirmationTable {
  /** 单位名称, used in messages. */
  unit?: unknown;
  departments?: DeclaredConfirmationSection;
  subunits?: DeclaredConfirmationSection;
  /** 合计 as declared; not compared when absent. */
  total?: unknown;
}

/**
 * What differs:
 * - 'count': a row on both sides with different numbers (or a declared number that is not one);
 * - 'not_declared': a row of the roster's table missing from the declared one;
 * - 'not_in_roster': a declared row that is no department / child unit of the unit in the tree;
 * - 'section_total' / 'total': 人数汇总 / 合计 differ;
 * - 'declared_sum': a declared 人数汇总 that is not the sum of the declared rows.
 */
export type ConfirmationDiffKind =
  | 'count'
  | 'not_declared'
  | 'not_in_roster'
  | 'section_total'
  | 'total'
  | 'declared_sum';

/** One difference between a declared and a computed confirmation table. */
export interface ConfirmationDiff {
  kind: ConfirmationDiffKind;
  /** The block, absent for the grand total. */
  section?: 'departments' | 'subunits';
  /** The row's name (the declared one when only declared), or the block's / table's total label. */
  name: string;
  /** Declared number; null when not declared or not a number. */
  declared: number | null;
  /** Number from the roster (or, for 'declared_sum', the sum of the declared rows); null when absent. */
  computed: number | null;
  /** Index of the declared row in its block, when there is one. */
  declaredIndex?: number;
  /** Path of the computed row's node, when there is one. */
  path?: string;
}

/** Every difference, as a list and as issues (`count_mismatch`, `unknown_unit`, `rollup_mismatch` …). */
export interface ReconcileConfirmationResult {
  /** True when no issue is an error (only zero-count rows missing on one side). */
  ok: boolean;
  diffs: ConfirmationDiff[];
  /** Paths point into the declared table: `['departments', 'rows', 3, 'count']`, `['total']` … */
  issues: Issue[];
}
