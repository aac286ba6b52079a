import type { Issue, PathSegment } from '../errors/Issue';
import { _isIterable, _notAList } from '../units/_iterable';
import { _consistentTrees } from '../units/_MutableTree';
import { getUnit } from '../units/getUnit';
import { type ResolveUnitPathOptions, resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _hcNextRowIds, _hcUsableTree } from './_hcTree';
import type { Headcount, HeadcountWarning, NodeHeadcount, UnresolvedPerson } from './Headcount';

/** Options of `countHeadcount`: how to read a person's unit path, and `resolveUnitPath`'s options. */
export interface CountHeadcountOptions<P = unknown> extends ResolveUnitPathOptions {
  /**
   * Reads the unit path of a person; default `person.unitPath` (the `Person` model's field). For raw
   * sheet rows: `{ unitPathOf: (p) => p['部门名称(全路径)'] }`.
   */
  unitPathOf?: (person: P, index: number) => unknown;
}

/** How a distinct written path resolved: a node id, a node id with warnings, or the issues. */
type _Resolution = number | { id: number; warning: HeadcountWarning } | { issues: Issue[] };

const readUnitPath = (person: unknown): unknown =>
  typeof person === 'object' && person !== null ? (person as { unitPath?: unknown }).unitPath : undefined;

/**
 * Counts people per unit of a tree: `own[id]` (attached to the node itself) and `total[id]` (its whole
 * subtree). Each person's unit path is resolved like `resolveUnitPath` (any separators, wrapping spaces,
 * a missing root); a path that does not resolve is never dropped: the person is listed in `unresolved`
 * with the issue (`unknown_unit` with the nearest existing paths as suggestions). `people` may be any
 * iterable (a generator over a huge sheet): memory follows the units, as counts are typed arrays by node
 * id and each distinct written path is resolved once. The subtotals are one reverse pass over the ids
 * (a parent's id is smaller than its children's): no recursion, any depth. Never throws.
 *
 * @example
 * const { tree } = buildUnitTree(['示例县', '示例县/示例县民政局', '示例县/示例县民政局/办公室']);
 * const count = countHeadcount(tree, [
 *   { name: '张三', unitPath: '示例县/示例县民政局/办公室' },
 *   { name: '李四', unitPath: '示例县／示例县民政局' },
 *   { name: '王五', unitPath: '示例县/示例县民政厅' },
 * ]);
 * count.own[1] // 1 (李四)
 * count.total[1] // 2 (李四, 张三)
 * count.accepted // 2
 * count.unresolved[0].issues[0].params.suggestions // '示例县/示例县民政局'
 * headcountOf(count, '示例县')?.total // 2
 */
export function countHeadcount<P = unknown>(
  tree: UnitTree,
  people: Iterable<P>,
  options: CountHeadcountOptions<P> = {},
): Headcount {
  tree = _hcUsableTree(tree);
  const nodes = tree.nodes;
  const byPath = tree.byPath;
  const own = new Float64Array(nodes.length);
  const unresolved: UnresolvedPerson[] = [];
  const warnings: HeadcountWarning[] = [];
  const issues: Issue[] = [];
  const read = options.unitPathOf ?? readUnitPath;
  const field: PathSegment[] = options.unitPathOf ? [] : ['unitPath'];
  // Other written values (primitives only) are resolved once each: a million rows of a hundred thousand
  // paths make at most a hundred thousand resolutions.
  const resolutions = new Map<unknown, _Resolution>();
  let rows = 0;
  let accepted = 0;
  // A roster grouped by unit usually lists the units in the unit table's order: the path after a node's is
  // most likely that of the node of the next table row, checked by one comparison instead of a lookup.
  const consistent = _consistentTrees.get(tree);
  if (consistent) consistent.nextRowIds ??= _hcNextRowIds(nodes);
  let nextRowIds = consistent?.nextRowIds;
  // Tried while it pays: a roster in another order would pay a failed comparison (and a cache miss) per row.
  let nextMisses = 0;
  let previousRaw: unknown;
  let previous: _Resolution = 0;
  const list = _isIterable(people) ? people : [];
  if (list !== people) issues.push(..._notAList(people, { label: '人员名单', labelEn: 'people' }, options.locale));
  for (const person of list) {
    const index = rows++;
    let raw: unknown;
    try {
      raw = read(person, index);
    } catch {
      raw = undefined; // a getter that throws reads as a blank cell
    }
    let resolution: _Resolution | undefined;
    if (raw === previousRaw && index > 0) {
      // A roster lists people department by department: the same path as the row before needs no lookup.
      resolution = previous;
    } else {
      // Canonical paths, the common case, are the tree's own keys: one lookup.
      if (typeof raw === 'string') {
        if (nextRowIds !== undefined && typeof previous === 'number' && index > 0) {
          const next: number = nextRowIds[previous] ?? -1;
          if (next >= 0 && nodes[next]!.path === raw) {
            resolution = next;
            if (nextMisses > 0) nextMisses--;
          } else if (++nextMisses > 64) {
            nextRowIds = undefined;
          }
        }
        resolution ??= byPath.get(raw);
      }
      resolution ??= resolutions.get(raw);
      if (resolution === undefined) {
        resolution = resolve(tree, raw, index, options);
        if (raw === null || (typeof raw !== 'object' && typeof raw !== 'function')) resolutions.set(raw, resolution);
      }
      previousRaw = raw;
      previous = resolution;
    }
    if (typeof resolution === 'number') {
      own[resolution]!++;
      accepted++;
    } else if ('id' in resolution) {
      own[resolution.id]!++;
      accepted++;
      if (resolution.warning.count++ === 0) warnings.push(resolution.warning);
    } else {
      unresolved.push({
        index,
        unitPath: raw,
        issues: resolution.issues.map((issue) => ({ ...issue, path: [index, ...field, ...issue.path] })),
      });
    }
  }
  const total = own.slice();
  for (let id = nodes.length - 1; id > 0; id--) {
    const parentId = nodes[id]?.parentId;
    if (typeof parentId === 'number' && parentId < id) total[parentId]! += total[id]!;
  }
  return { tree, own, total, rows, accepted, unresolved, warnings, issues };
}

function resolve(tree: UnitTree, raw: unknown, index: number, options: ResolveUnitPathOptions): _Resolution {
  const result = resolveUnitPath(tree, raw, options);
  if (!result.ok) return { issues: result.issues };
  if (result.warnings.length === 0) return result.value.id;
  const warning: HeadcountWarning = {
    unitPath: String(raw),
    id: result.value.id,
    count: 0,
    firstIndex: index,
    issues: result.warnings,
  };
  return { id: result.value.id, warning };
}

/**
 * The counts of one node of a headcount, by id or by path (normalised, exact: see `getUnit`);
 * undefined for a node that is not in the tree.
 *
 * @example
 * headcountOf(count, '示例县/示例县民政局') // { id: 1, name: '示例县民政局', path: '示例县/示例县民政局', own: 1, total: 2 }
 */
export function headcountOf(headcount: Headcount, pathOrId: unknown): NodeHeadcount | undefined {
  const node = getUnit(_hcUsableTree(headcount?.tree), pathOrId);
  if (!node) return undefined;
  return {
    id: node.id,
    name: node.name,
    path: node.path,
    own: headcount.own?.[node.id] ?? 0,
    total: headcount.total?.[node.id] ?? 0,
  };
}
