import { _IssueCollector } from '../errors/_IssueCollector';
import type { Issue, Locale, PathSegment } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _asOfYmd, _formatYmd } from '../identifiers/_calendar';
import { _readArray } from '../party/_readArray';
import { type _FieldLabel, _isBlank, _RecordReader } from '../people/_RecordReader';
import { validateDate } from '../people/validateDate';
import { validateText } from '../people/validateText';
import { _similarity } from '../units/_similarity';
import { getAncestors } from '../units/getAncestors';
import { parseUnitPath } from '../units/parseUnitPath';
import { resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _SANDING_CATALOGS, _LIST_LABELS as L } from './_sanDingLabels';
import type { SanDingListOptions } from './PowerItem';
import type { SanDingFunction, SanDingState } from './SanDingState';
import { sanDingAsOf } from './sanDingAsOf';

/** What the items of one list are checked against. */
export interface _ListContext {
  locale: Locale;
  /** The department's state on the date, when a history was given. */
  state: SanDingState | undefined;
  tree: UnitTree | undefined;
  /** The department's node, when the tree has it. */
  departmentId: number | undefined;
}

/** True for a unit tree (anything else, a throwing Proxy included, is no tree). */
export function _isUnitTree(tree: unknown): tree is UnitTree {
  try {
    const t = tree as Partial<UnitTree> | null | undefined;
    return !!t && Array.isArray(t.nodes) && t.byPath instanceof Map && Array.isArray(t.rootIds);
  } catch {
    return false;
  }
}

/** The history's state on the date and the tree, read once per list. */
export function _listContext(options: SanDingListOptions): _ListContext {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const tree = _isUnitTree(options.tree) ? options.tree : undefined;
  let state: SanDingState | undefined;
  if (options.history !== undefined) {
    const date = options.date ?? options.asOf;
    const day = validateDate(date, { allowFuture: true });
    state = sanDingAsOf(options.history, day.ok ? day.value : _formatYmd(_asOfYmd(options.asOf)), {
      locale,
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    });
  }
  let departmentId: number | undefined;
  if (tree && state?.department) {
    const found = resolveUnitPath(tree, state.department, { locale });
    if (found.ok) departmentId = found.value.id;
  }
  return { locale, state, tree, departmentId };
}

/** A text field of an item: trimmed, up to `max` characters. */
export function _itemText(reader: _RecordReader, key: string, label: _FieldLabel, required: boolean, max = 500) {
  return reader.field(
    key,
    label,
    (v) => validateText(v, { locale: reader.locale, maxLength: max, ...label }),
    required,
  );
}

/**
 * 实施部门: resolved in the tree when there is one (its issues at `['department', …]`), else parsed as a full
 * path; with a history, it must be the department or one of its 内设机构 (`department_mismatch`).
 */
export function _readDepartment(reader: _RecordReader, context: _ListContext): string | undefined {
  const { tree, state, locale } = context;
  const department = state?.department ?? '';
  const read = reader.field(
    'department',
    L.department,
    (v): Result<{ path: string; id?: number }> => {
      if (tree) {
        const found = resolveUnitPath(tree, v, { locale });
        return found.ok ? { ...found, value: { path: found.value.path, id: found.value.id } } : found;
      }
      const parsed = parseUnitPath(v, { locale });
      return parsed.ok ? { ...parsed, value: { path: parsed.value.path } } : parsed;
    },
    true,
  );
  if (!read || department === '') return read?.path;
  const { path, id } = read;
  let inside: boolean;
  if (tree && id !== undefined && context.departmentId !== undefined) {
    inside = id === context.departmentId || getAncestors(tree, id).some((node) => node.id === context.departmentId);
  } else {
    // Without the tree: the department's path, a path under it, its last segment, or an organ in force.
    const last = department.slice(department.lastIndexOf('/') + 1);
    inside =
      path === department ||
      path.startsWith(`${department}/`) ||
      department.endsWith(`/${path}`) ||
      path.startsWith(`${last}/`) ||
      (state?.organs.some((organ) => organ.name === path) ?? false);
  }
  if (!inside) reader.error('department_mismatch', ['department'], { unit: path, department });
  return path;
}

/** The function an item names (by id or name) among those in force; `function_not_found` with suggestions. */
export function _linkFunction(
  reader: _RecordReader,
  context: _ListContext,
  text: string | undefined,
): SanDingFunction | undefined {
  const state = context.state;
  if (text === undefined || !state) return undefined;
  const found = state.functions.find((fn) => fn.id === text) ?? state.functions.find((fn) => fn.name === text);
  if (found) return found;
  const suggestions = state.functions
    .map((fn) => ({ fn, score: _similarity(text, fn.name) }))
    .filter(({ score }) => score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ fn }) => fn.name);
  reader.error('function_not_found', ['function'], {
    name: text,
    department: state.department,
    asOf: state.date,
    ...(suggestions.length ? { suggestions: suggestions.join('、'), suggestionList: suggestions } : {}),
  });
  return undefined;
}

/**
 * Validates a list item by item (paths `[...path, i, field]`), then reports items whose `key` repeats
 * (`duplicate_entry` at `[i, 'name']`): any of its keys seen before. A list that is no list is `invalid_type`. Never throws.
 */
export function _validateList<T extends { name: string }>(
  input: unknown,
  options: SanDingListOptions,
  listLabel: _FieldLabel,
  readItem: (element: unknown, options: SanDingListOptions, context: _ListContext) => Result<T>,
  key: (item: T) => string[],
): Result<T[]> {
  const issues: Issue[] = [];
  const base: PathSegment[] = options.path ?? [];
  const context = _listContext(options);
  const elements = Array.isArray(input) ? _readArray(input) : _readIterable(input);
  if (!elements) {
    const received = input === null ? 'null' : typeof input;
    const code = _isBlank(input) ? 'required' : 'invalid_type';
    return new _IssueCollector(listLabel, [], context.locale, base).error(code, { received }).fail();
  }
  const items: T[] = [];
  const seen = new Map<string, number>();
  elements.forEach((element, i) => {
    const result = readItem(element, { ...options, path: [...base, i] }, context);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    issues.push(...result.warnings);
    const keys = key(result.value);
    const other = keys.map((k) => seen.get(k)).find((row) => row !== undefined);
    if (other !== undefined) {
      const reader = new _RecordReader({}, _SANDING_CATALOGS, { ...options, path: [...base, i] }, listLabel);
      reader.error('duplicate_entry', ['name'], {
        ...L.name,
        value: result.value.name,
        row: i + 1,
        otherRow: other + 1,
      });
      issues.push(...reader.issues);
      return;
    }
    for (const k of keys) seen.set(k, i);
    items.push(result.value);
  });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: [...errors, ...issues.filter((i) => i.severity === 'warning')] };
  return { ok: true, value: items, warnings: issues };
}

/** The elements of an iterable other than text (a generator, a Set), or undefined; an iterator that throws ends it. */
function _readIterable(value: unknown): unknown[] | undefined {
  try {
    if (typeof value === 'string' || typeof (value as Iterable<unknown>)?.[Symbol.iterator] !== 'function') {
      return undefined;
    }
  } catch {
    return undefined;
  }
  const elements: unknown[] = [];
  try {
    for (const element of value as Iterable<unknown>) elements.push(element);
  } catch {
    // Keep what was read.
  }
  return elements;
}
