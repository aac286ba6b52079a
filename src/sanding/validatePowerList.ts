import type { Result } from '../errors/Result';
import { _LIST_LABELS as L } from './_sanDingLabels';
import { _validateList } from './_sanDingList';
import type { PowerItem, SanDingListOptions } from './PowerItem';
import { _readPowerItem } from './validatePowerItem';

/**
 * Validates a department's 权力清单 (an array or any iterable of items) and returns the items normalised.
 * Each item as by `validatePowerItem` (paths `[i, field]`); with `history` every item must link to a
 * function the department has on `date` (by the function's id or name; `function_not_found` with the
 * nearest names as suggestions) and be implemented by the department or one of its 内设机构
 * (`department_mismatch`); with `tree`, 实施部门 is resolved in the unit tree. An item whose 事项编码, or whose
 * 事项名称 with its 事项类别 and 实施部门, repeats an earlier one is `duplicate_entry` (path `[i, 'name']`). Never throws.
 *
 * @example
 * const item = { name: '社会团体成立登记', category: '行政许可', department: '示例县/示例县民政局',
 *   basis: '《社会团体登记管理条例》', function: '负责全县社会组织登记管理' };
 * validatePowerList([item, { ...item, category: '许可' }], { history, date: '2024-01-01' }).issues[0].message
 * // '事项名称“社会团体成立登记”重复：第 2 项与第 1 项相同'
 * validatePowerList([{ ...item, function: '负责全县救灾工作' }], { history, date: '2024-01-01' }).issues[0].code
 * // 'function_not_found' (transferred out by the 2019 三定规定)
 */
export function validatePowerList(input: unknown, options: SanDingListOptions = {}): Result<PowerItem[]> {
  return _validateList(input, options, L.items, _readPowerItem, (item) => [
    `${item.category}\u0000${item.name}\u0000${item.department}`,
    ...(item.code !== undefined ? [`#${item.code}`] : []),
  ]);
}
