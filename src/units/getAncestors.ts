import type { UnitNode, UnitTree } from './UnitTree';

/**
 * The ancestors of a node, root first, without the node itself ([] for a root or an unknown id).
 * Follows parent links: cost proportional to the depth, no recursion.
 *
 * @example
 * getAncestors(tree, minzhengju.id).map((n) => n.name) // ['屈原管理区']
 */
export function getAncestors(tree: UnitTree, id: number): UnitNode[] {
  const chain: UnitNode[] = [];
  let parent = tree.nodes[id]?.parentId ?? null;
  while (parent !== null) {
    const node = tree.nodes[parent]!;
    chain.push(node);
    parent = node.parentId;
  }
  return chain.reverse();
}
