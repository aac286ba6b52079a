import type { UnitNode, UnitTree } from '../units/UnitTree';

/**
 * The tree if it has the shape of one, else an empty tree: a wrong argument then gives unresolved people
 * and unknown units (reported) rather than an exception.
 */
export function _hcUsableTree(tree: unknown): UnitTree {
  const candidate = tree as Partial<UnitTree> | null | undefined;
  if (
    typeof tree === 'object' &&
    tree !== null &&
    Array.isArray(candidate?.nodes) &&
    candidate.byPath instanceof Map &&
    Array.isArray(candidate.rootIds)
  ) {
    return tree as UnitTree;
  }
  return { nodes: [], byPath: new Map(), rootIds: [] };
}

/** For each node id, the node of the next unit-table row (-1 when none). */
export function _hcNextRowIds(nodes: readonly UnitNode[]): Int32Array {
  const byRow: number[] = [];
  for (const node of nodes) if (node.row !== undefined) byRow[node.row] = node.id;
  const ids = new Int32Array(nodes.length).fill(-1);
  for (const node of nodes) {
    if (node.row === undefined) continue;
    const next = byRow[node.row + 1];
    if (next !== undefined) ids[node.id] = next;
  }
  return ids;
}
