import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _RecordReader } from '../people/_RecordReader';
import { _SANDING_CATALOGS, _LIST_LABELS as L } from './_sanDingLabels';
import { _itemText, type _ListContext, _linkFunction, _listContext } from './_sanDingList';
import type { SanDingListOptions } from './PowerItem';
import type { ResponsibilityItem } from './ResponsibilityItem';

/** Reads one responsibility item against a list's context (shared by the item and the list validators). */
export function _readResponsibilityItem(
  input: unknown,
  options: SanDingListOptions,
  context: _ListContext,
): Result<ResponsibilityItem> {
  const reader = new _RecordReader(input, _SANDING_CATALOGS, options, L.responsibilityItem);
  if (!reader.readable) return reader.result<ResponsibilityItem>(undefined as never);
  const name = _itemText(reader, 'name', L.name, true, 200);
  const content = _itemText(reader, 'content', L.content, true, 2000);
  const basis = _itemText(reader, 'basis', L.responsibilityBasis, true, 2000);
  const accountability = _itemText(reader, 'accountability', L.accountability, true, 500);
  const functionText = _itemText(reader, 'function', L.function, true, 1000);
  const linked = _linkFunction(reader, context, functionText);
  if (reader.hasErrors) return reader.result<ResponsibilityItem>(undefined as never);
  const item: ResponsibilityItem = {
    name: name!,
    content: content!,
    basis: basis!,
    accountability: accountability!,
    function: linked?.name ?? functionText!,
  };
  if (linked?.id !== undefined) item.functionId = linked.id;
  return reader.result(item);
}

/**
 * Validates one item of a 责任清单 and returns it normalised: 事项名称 (`name`), 责任事项内容 (`content`),
 * 责任事项依据 (`basis`), 追责对象范围 (`accountability`), the linked function (`function`, its id or name), all
 * required. With `history`, the function must be one the department has on `date` (`function_not_found`,
 * with suggestions). Use `validateResponsibilityList` for a whole list. Never throws.
 *
 * @example
 * validateResponsibilityItem({
 *   name: '社会团体成立登记', content: '受理责任：一次性告知补正材料', basis: '《社会团体登记管理条例》',
 *   accountability: '登记审查人员', function: '负责全县社会组织登记管理',
 * }).ok // true
 */
export function validateResponsibilityItem(
  input: unknown,
  options: SanDingListOptions = {},
): Result<ResponsibilityItem> {
  return _readResponsibilityItem(input, options, _listContext(options));
}

/**
 * True when the item has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidResponsibilityItem({ name: '社会团体成立登记', content: '受理责任' }) // false: 依据 … required
 */
export function isValidResponsibilityItem(input: unknown, options?: SanDingListOptions): boolean {
  return validateResponsibilityItem(input, options).ok;
}

/**
 * Returns the normalised item or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertResponsibilityItem(row).accountability // '登记审查人员'
 */
export function assertResponsibilityItem(input: unknown, options?: SanDingListOptions): ResponsibilityItem {
  const result = validateResponsibilityItem(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
