import { _IssueCollector } from '../errors/_IssueCollector';
import type { Result } from '../errors/Result';
import { unitMessages } from '../locales/unitMessages';
import { unitPathMessages } from '../locales/unitPathMessages';
import { _indexNames, _resolveWithoutRoot } from './_resolveWithoutRoot';
import { _similarity } from './_similarity';
import { parseUnitPath, type UnitPathOptions } from './parseUnitPath';
import type { UnitNode, UnitTree } from './UnitTree';

/** Options of `resolveUnitPath`; `maxDepth` and `maxSegmentLength` as in `parseUnitPath` (for very deep trees). */
export interface ResolveUnitPathOptions extends UnitPathOptions {
  /** How many similar existing paths an `unknown_unit` issue suggests; default 3. */
  suggestions?: number;
}

const MIN_SIMILARITY = 0.5;
const MAX_MOVED = 5;
const nameIndexes = new WeakMap<UnitTree, Map<string, string[]>>();

function namesOf(tree: UnitTree): Map<string, string[]> {
  let names = nameIndexes.get(tree);
  if (!names) {
    names = _indexNames(tree.nodes.map((node) => node.path));
    nameIndexes.set(tree, names);
  }
  return names;
}

// Near siblings of a mistyped name, per tree: a roster mistypes one department for many people, whose
// paths differ below it. Bounded: a long-lived tree facing endless distinct typos starts over.
const nearCache = new WeakMap<UnitTree, Map<string, readonly (readonly [score: number, id: number])[]>>();
const MAX_NEAR_CACHED = 10_000;

/** The children of `parent` (the roots when undefined) whose names are similar enough to `wanted`, scored. */
function nearSiblings(tree: UnitTree, parent: number | undefined, wanted: string) {
  let cache = nearCache.get(tree);
  if (!cache) {
    cache = new Map();
    nearCache.set(tree, cache);
  }
  const key = `${parent ?? ''}/${wanted}`;
  let near = cache.get(key);
  if (!near) {
    const found: [number, number][] = [];
    for (const id of parent === undefined ? tree.rootIds : tree.nodes[parent]!.childIds) {
      const score = _similarity(wanted, tree.nodes[id]!.name);
      if (score >= MIN_SIMILARITY) found.push([score, id]);
    }
    if (cache.size >= MAX_NEAR_CACHED) cache.clear();
    cache.set(key, found);
    near = found;
  }
  return near;
}

/** Existing paths close to an unknown one: siblings of the first segment that does not exist, by similarity. */
function suggest(tree: UnitTree, segments: readonly string[], limit: number): string[] {
  let parent: number | undefined;
  let depth = 0;
  // The prefix grows one segment at a time: linear in the path's length, even for a very deep tree.
  for (let prefix = ''; depth < segments.length; depth++) {
    prefix = depth === 0 ? segments[0]! : `${prefix}/${segments[depth]}`;
    const id = tree.byPath.get(prefix);
    if (id === undefined) break;
    parent = id;
  }
  const wanted = segments[depth] ?? '';
  const rest = segments.slice(depth + 1).join('/');
  const scored: [number, string][] = [];
  for (const [score, id] of nearSiblings(tree, parent, wanted)) {
    const node = tree.nodes[id]!;
    // The rest of the path, when it exists under the near miss (a typo higher up).
    const deeper = rest ? tree.byPath.get(`${node.path}/${rest}`) : undefined;
    scored.push([score, deeper === undefined ? node.path : tree.nodes[deeper]!.path]);
  }
  // A unit moved elsewhere in the tree: its last segment under another parent. Only for a distinctive name:
  // a common one (办公室, under hundreds of units) says nothing about where the unit went, and listing
  // every one would cost time for each unknown path.
  const moved = namesOf(tree).get(segments[segments.length - 1]!) ?? [];
  if (moved.length <= MAX_MOVED) for (const path of moved) scored.push([0.99, path]);
  scored.sort((a, b) => b[0] - a[0]);
  return [...new Set(scored.map(([, path]) => path))].slice(0, limit);
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
  const parsed = parseUnitPath(input, { ...options, locale: options.locale ?? 'zh-CN' });
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
