import type { UnitNode, UnitTree } from './UnitTree';

/** A tree under construction. */
export interface _MutableTree extends UnitTree {
  readonly nodes: UnitNode[];
  readonly byPath: Map<string, number>;
  readonly rootIds: number[];
}

/**
 * Trees made by buildUnitTree: their index is consistent (`byPath.get(nodes[id].path) === id`), so a path equal
 * to a node's path is that node without a lookup. `nextRowIds[id]`: the node of the next row of the unit table
 * (-1 when none), when known.
 */
export const _consistentTrees = new WeakMap<object, { nextRowIds: Int32Array | undefined }>();

export function _emptyTree(): _MutableTree {
  return { nodes: [], byPath: new Map(), rootIds: [] };
}

/**
 * Adds the node of `path` (canonical, its last segment `name`) under `parentId` (which must exist): its id is
 * the next one, so parents precede children.
 */
export function _createNode(
  tree: _MutableTree,
  path: string,
  name: string,
  parentId: number | null,
  fields: Partial<Pick<UnitNode, 'kind' | 'virtual' | 'row' | 'created'>>,
): UnitNode {
  const id = tree.nodes.length;
  const parent = parentId === null ? undefined : tree.nodes[parentId];
  const node: UnitNode = {
    id,
    name,
    path,
    parentId,
    depth: parent ? parent.depth + 1 : 0,
    kind: fields.kind ?? 'unit',
    virtual: fields.virtual ?? false,
    childIds: [],
  };
  if (fields.row !== undefined) node.row = fields.row;
  if (fields.created) node.created = true;
  tree.nodes.push(node);
  tree.byPath.set(path, id);
  if (parent) parent.childIds.push(id);
  else tree.rootIds.push(id);
  return node;
}
