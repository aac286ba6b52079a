import { parseUnitPath } from './parseUnitPath';
import type { UnitNode, UnitTree } from './UnitTree';

/**
 * The node of an id or of a path (normalised like `parseUnitPath`, exact: no root guessing — use
 * `resolveUnitPath` for user input); undefined when there is none.
 *
 * @example
 * getUnit(tree, '屈原管理区 / 屈原管理区民政局')?.id // 2
 */
export function getUnit(tree: UnitTree, pathOrId: unknown): UnitNode | undefined {
  if (typeof pathOrId === 'number') return Number.isInteger(pathOrId) ? tree.nodes[pathOrId] : undefined;
  if (typeof pathOrId !== 'string') return undefined;
  const direct = tree.byPath.get(pathOrId);
  if (direct !== undefined) return tree.nodes[direct];
  const parsed = parseUnitPath(pathOrId);
  const id = parsed.ok ? tree.byPath.get(parsed.value.path) : undefined;
  return id === undefined ? undefined : tree.nodes[id];
}
