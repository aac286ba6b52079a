import type { SheetTemplate } from './SheetTemplate';
import type { TemplateId } from './TemplateId';
import type { TemplateRecords } from './TemplateRecords';
import { _TEMPLATES } from './templates/_registry';

/**
 * The declaration of a form: title, sheet name, columns with their labels, aliases, types and rules. For
 * building a UI around a template (column pickers, help text); reading and writing use it internally.
 *
 * @example
 * getTemplate('unit-info').columns.map((c) => c.label)
 * // ['部门名称(全路径)', '是否虚拟部门', '组织类型', '统一社会信用代码', '同步到系统', '部门负责人电话']
 */
export function getTemplate<I extends TemplateId>(templateId: I): SheetTemplate<TemplateRecords[I]> {
  return _TEMPLATES[templateId];
}
