import type { UnitTree } from '../units/UnitTree';

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
