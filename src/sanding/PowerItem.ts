import type { CodeOf } from '../codes/CodeTableId';
import type { RecordOptions } from '../people/RecordOptions';
import type { UnitTree } from '../units/UnitTree';

/** 事项类别 of a power item, as a `power-category` code: 'licensing' (行政许可), 'penalty' (行政处罚) … */
export type PowerCategory = CodeOf<'power-category'>;

/**
 * One item of a department's 权力清单, validated by `validatePowerItem` / `validatePowerList`.
 *
 * @example
 * const item: PowerItem = {
 *   name: '社会团体成立登记', category: 'licensing', department: '示例县/示例县民政局',
 *   target: '社会团体', basis: '《社会团体登记管理条例》第九条', function: '负责全县社会组织登记管理',
 * };
 */
export interface PowerItem {
  /** 事项编码, when the list numbers its items. */
  code?: string;
  /** 事项名称. */
  name: string;
  /** 事项类别. */
  category: PowerCategory;
  /** 实施部门: the department or one of its 内设机构, as a full path (the tree's path when a tree is given). */
  department: string;
  /** 实施对象. */
  target?: string;
  /** 实施依据 (laws and regulations): required. */
  basis: string;
  /** The function (职能) of the department the item belongs to: its name (as in force, when checked). */
  function: string;
  /** The function's id, when the history gives one. */
  functionId?: string;
}

/**
 * Options of the power and responsibility list validators. With `history`, every item must link to a
 * function the department has on `date` (as `sanDingAsOf` derives it) and be implemented by the department
 * or one of its 内设机构; with `tree`, 实施部门 is resolved in the unit tree.
 *
 * @example
 * validatePowerList(items, { history, date: '2024-01-01', tree, locale: 'en' });
 */
export interface SanDingListOptions extends RecordOptions {
  /** The department's 机构编制 history (any input, read as by `validateSanDingHistory`; its own issues are not repeated). */
  history?: unknown;
  /** The date of the functions the items link to: a Date or 'YYYY-MM-DD'; default `asOf`, else today. */
  date?: Date | string;
  /** The unit tree 实施部门 is resolved in (`resolveUnitPath`: any separators, a missing root, suggestions). */
  tree?: UnitTree;
}
