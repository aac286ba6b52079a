import { TABLE_POWER_CATEGORY } from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _RecordReader } from '../people/_RecordReader';
import { _SANDING_CATALOGS, _LIST_LABELS as L } from './_sanDingLabels';
import { _itemText, type _ListContext, _linkFunction, _listContext, _readDepartment } from './_sanDingList';
import type { PowerItem, SanDingListOptions } from './PowerItem';

/** Reads one power item against a list's context (shared by the item and the list validators). */
export function _readPowerItem(input: unknown, options: SanDingListOptions, context: _ListContext): Result<PowerItem> {
  const reader = new _RecordReader(input, _SANDING_CATALOGS, options, L.powerItem);
  if (!reader.readable) return reader.result<PowerItem>(undefined as never);
  const locale = reader.locale;
  const code = _itemText(reader, 'code', L.code, false, 50);
  const name = _itemText(reader, 'name', L.name, true, 200);
  const category = reader.field(
    'category',
    L.category,
    (v) => {
      const r = _validateCodeIn(TABLE_POWER_CATEGORY, v, { locale, ...L.category });
      return r.ok ? { ...r, value: r.value.code } : r;
    },
    true,
  );
  const department = _readDepartment(reader, context);
  const target = _itemText(reader, 'target', L.target, false);
  const basis = _itemText(reader, 'basis', L.basis, true, 2000);
  const functionText = _itemText(reader, 'function', L.function, true, 1000);
  const linked = _linkFunction(reader, context, functionText);
  if (reader.hasErrors) return reader.result<PowerItem>(undefined as never);
  const item: PowerItem = {
    name: name!,
    category: category!,
    department: department!,
    basis: basis!,
    function: linked?.name ?? functionText!,
  };
  if (code !== undefined) item.code = code;
  if (target !== undefined) item.target = target;
  if (linked?.id !== undefined) item.functionId = linked.id;
  return reader.result(item);
}

/**
 * Validates one item of a 权力清单 and returns it normalised: 事项名称 (`name`), 事项类别 (`category`, a
 * `power-category` code or name: 行政许可 … 其他行政权力), 实施部门 (`department`, a full unit path), 实施对象
 * (`target`, optional), 实施依据 (`basis`, required), the linked function (`function`, its id or name),
 * 事项编码 (`code`, optional). With `history`, the function must be one the department has on `date`
 * (`function_not_found`, with suggestions) and 实施部门 the department or one of its 内设机构
 * (`department_mismatch`); with `tree`, 实施部门 is resolved in the tree (`unknown_unit`). Use
 * `validatePowerList` for a whole list (it also finds repeated items). Never throws.
 *
 * @example
 * validatePowerItem({
 *   name: '社会团体成立登记', category: '许可', department: '示例县/示例县民政局',
 *   basis: '《社会团体登记管理条例》', function: '负责全县社会组织登记管理',
 * }); // { ok: true, value: { name: '社会团体成立登记', category: 'licensing', department: '示例县/示例县民政局', … } }
 */
export function validatePowerItem(input: unknown, options: SanDingListOptions = {}): Result<PowerItem> {
  return _readPowerItem(input, options, _listContext(options));
}

/**
 * True when the item has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidPowerItem({ name: '社会团体成立登记', category: '行政许可', department: '示例县/示例县民政局', function: '登记' })
 * // false: 实施依据 is required
 */
export function isValidPowerItem(input: unknown, options?: SanDingListOptions): boolean {
  return validatePowerItem(input, options).ok;
}

/**
 * Returns the normalised item or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertPowerItem(row).category // 'licensing'
 */
export function assertPowerItem(input: unknown, options?: SanDingListOptions): PowerItem {
  const result = validatePowerItem(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
