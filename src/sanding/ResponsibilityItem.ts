/**
 * One item of a department's 责任清单, validated by `validateResponsibilityItem` / `validateResponsibilityList`.
 *
 * @example
 * const item: ResponsibilityItem = {
 *   name: '社会团体成立登记', content: '受理责任：公示应当提交的材料，一次性告知补正材料',
 *   basis: '《社会团体登记管理条例》第十一条', accountability: '登记审查人员、分管负责人',
 *   function: '负责全县社会组织登记管理',
 * };
 */
export interface ResponsibilityItem {
  /** 事项名称. */
  name: string;
  /** 责任事项内容. */
  content: string;
  /** 责任事项依据. */
  basis: string;
  /** 追责对象范围. */
  accountability: string;
  /** The function (职能) of the department the item belongs to: its name (as in force, when checked). */
  function: string;
  /** The function's id, when the history gives one. */
  functionId?: string;
}
