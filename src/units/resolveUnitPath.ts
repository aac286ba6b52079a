import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { unitMessages } from '../locales/unitMessages';
import { unitPathMessages } from '../locales/unitPathMessages';
import { _indexNames, _resolveWithoutRoot } from './_resolveWithoutRoot';
import { _similarity } from './_similarity';
import { parseUnitPath } from './parseUnitPath';
import type { UnitNode, UnitTree } from './UnitTree';

/** Options of `resolveUnitPath`. */
export interface ResolveUnitPathOptions {
  locale?: Locale;
  /** How many similar existing paths an `unknown_unit` issue suggests; default 3. */
  suggestions?: number;
}

const MIN_SIMILARITY = 0.5;
const nameIndexes = new WeakMap<UnitTree, Map<string, string[]>>();

function namesOf(tree: UnitTree): Map<string, string[]> {
  let names = nameIndexes.get(tree);
  if (!names) {
    names = _indexNames(tree.byPath.keys());
    nameIndexes.set(tree, names);
  }
  return names;
}

/** Existing paths close to an unknown one: siblings of the first segment that does not exist, by similarity. */
function suggest(tree: UnitTree, segments: readonly string[], limit: number): string[] {
  let parent: number | undefined;
  let depth = 0;
  for (; depth < segments.length; depth++) {
    const id = tree.byPath.get(segments.slice(0, depth + 1).join('/'));
    if (id === undefined) break;
    parent = id;
  }
  const siblings = parent === undefined ? tree.rootIds : tree.nodes[parent]!.childIds;
  const wanted = segments[depth] ?? '';
  const scored: [number, UnitNode][] = [];
  for (const id of siblings) {
    const node = tree.nodes[id]!;
    const score = _similarity(wanted, node.name);
    if (score >= MIN_SIMILARITY) scored.push([score, node]);
  }
  // A unit moved elsewhere in the tree: the same last segment under another parent.
  for (const path of namesOf(tree).get(segments[segments.length - 1]!) ?? []) {
    const node = tree.nodes[tree.byPath.get(path)!]!;
    if (!scored.some(([, n]) => n === node)) scored.push([0.99, node]);
  }
  scored.sort((a, b) => b[0] - a[0]);
  return scored.slice(0, limit).map(([, node]) => {
    const rest = segments.slice(depth + 1);
    const deeper = rest.length ? tree.byPath.get(`${node.path}/${rest.join('/')}`) : undefined;
    return deeper === undefined ? node.path : tree.nodes[deeper]!.path;
  });
}

/**
 * Finds the node of a full path as people write it (any separators, wrapping spaces, a missing root).
 * A path that omits the root resolves with a `path_without_root` warning when exactly one reading
 * exists. An unknown path is `unknown_unit`, with the nearest existing paths in `params.suggestions`
 * (行政审批局 → …行政审批服务局): never silently created. Never throws.
 *
 * @example
 * resolveUnitPath(tree, '屈原管理区/屈原管理区行政审批局')
 * // { ok: false, issues: [{ code: 'unknown_unit', params: { suggestions: '屈原管理区/屈原管理区行政审批服务局', … }, … }] }
 */
export function resolveUnitPath(
  tree: UnitTree,
  input: unknown,
  options: ResolveUnitPathOptions = {},
): Result<UnitNode> {
  const issues = new _IssueCollector(
    { label: '部门名称（全路径）', labelEn: 'unit path' },
    [unitPathMessages, unitMessages],
    options.locale,
  );
  const parsed = parseUnitPath(input, { locale: options.locale ?? 'zh-CN' });
  if (!parsed.ok) return parsed;
  issues.issues.push(...parsed.warnings);
  const { segments, path } = parsed.value;
  const id = tree.byPath.get(path);
  if (id !== undefined) return issues.result(tree.nodes[id]!);
  const readings = _resolveWithoutRoot(segments, namesOf(tree), (p) => tree.byPath.has(p));
  if (readings.length === 1) {
    issues.warn('path_without_root', { input: path, path: readings[0], resolved: true });
    return issues.result(tree.nodes[tree.byPath.get(readings[0]!)!]!);
  }
  if (readings.length > 1) {
    return issues.error('path_without_root', { input: path, candidates: readings.join('、'), resolved: false }).fail();
  }
  const suggestions = suggest(tree, segments, options.suggestions ?? 3);
  return issues
    .error('unknown_unit', {
      path,
      ...(suggestions.length ? { suggestions: suggestions.join('、'), suggestionList: suggestions } : {}),
    })
    .fail();
}
