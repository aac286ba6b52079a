import type { Result } from '../errors/Result';
import { _LIST_LABELS as L } from './_sanDingLabels';
import { _validateList } from './_sanDingList';
import type { SanDingListOptions } from './PowerItem';
import type { ResponsibilityItem } from './ResponsibilityItem';
import { _readResponsibilityItem } from './validateResponsibilityItem';

/**
 * Validates a department's 责任清单 (an array or any iterable of items) and returns the items normalised.
 * Each item as by `validateResponsibilityItem` (paths `[i, field]`); with `history` every item must link to
 * a function the department has on `date` (`function_not_found`). The same 事项名称 recurs legitimately
 * (受理责任, 审查责任 … under each function), so an item repeats an earlier one (`duplicate_entry`, path
 * `[i, 'name']`) only with the same name, content and function. Never throws.
 *
 * @example
 * validateResponsibilityList([
 *   { name: '受理责任', content: '一次性告知补正材料', basis: '《行政许可法》第三十二条', accountability: '受理人员',
 *     function: '负责全县社会组织登记管理' },
 * ], { history, date: '2024-01-01' }).ok // true
 */
export function validateResponsibilityList(
  input: unknown,
  options: SanDingListOptions = {},
): Result<ResponsibilityItem[]> {
  return _validateList(input, options, L.items, _readResponsibilityItem, (item) => [
    `${item.name}\u0000${item.content}\u0000${item.functionId ?? item.function}`,
  ]);
}
