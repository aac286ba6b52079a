import type { UnitKind, UnitTree } from './UnitTree';

/** A node with its children nested, for org-chart components (d3.hierarchy, ECharts tree …). */
export interface NestedUnit {
  id: number;
  name: string;
  path: string;
  kind: UnitKind;
  virtual: boolean;
  children: NestedUnit[];
}

/**
 * The tree (or the subtree of `fromId`) as nested JSON, one object per root. Built in one pass over the
 * ids (a parent's id is smaller than its children's), without recursion.
 *
 * @example
 * JSON.stringify(exportNestedUnits(tree)[0]) // {"id":0,"name":"屈原管理区",…,"children":[…]}
 */
export function exportNestedUnits(tree: UnitTree, fromId?: number): NestedUnit[] {
  const made: (NestedUnit | undefined)[] = new Array(tree.nodes.length);
  const roots: NestedUnit[] = [];
  for (const node of tree.nodes) {
    const inScope =
      fromId === undefined || node.id === fromId || (node.parentId !== null && made[node.parentId] !== undefined);
    if (!inScope) continue;
    const nested: NestedUnit = {
      id: node.id,
      name: node.name,
      path: node.path,
      kind: node.kind,
      virtual: node.virtual,
      children: [],
    };
    made[node.id] = nested;
    const parent = node.parentId === null ? undefined : made[node.parentId];
    if (parent && node.id !== fromId) parent.children.push(nested);
    else roots.push(nested);
  }
  return roots;
}
