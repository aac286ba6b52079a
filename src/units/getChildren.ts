import type { UnitNode, UnitTree } from './UnitTree';

/**
 * The children of a node, in input order ([] for an unknown id).
 *
 * @example
 * getChildren(tree, tree.rootIds[0]).map((n) => n.name) // ['班子成员', '屈原管理区民政局']
 */
export function getChildren(tree: UnitTree, id: number): UnitNode[] {
  return (tree.nodes[id]?.childIds ?? []).map((child) => tree.nodes[child]!);
}
