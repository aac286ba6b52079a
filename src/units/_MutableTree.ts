import type { UnitNode, UnitTree } from './UnitTree';

/** A tree under construction. */
export interface _MutableTree extends UnitTree {
  readonly nodes: UnitNode[];
  readonly byPath: Map<string, number>;
  readonly rootIds: number[];
}

export function _emptyTree(): _MutableTree {
  return { nodes: [], byPath: new Map(), rootIds: [] };
}

/** Adds a node for `segments` under `parentId` (which must exist): its id is the next one, so parents precede children. */
export function _createNode(
  tree: _MutableTree,
  segments: readonly string[],
  parentId: number | null,
  fields: Partial<Pick<UnitNode, 'kind' | 'virtual' | 'row' | 'created'>>,
): UnitNode {
  const id = tree.nodes.length;
  const path = segments.join('/');
  const node: UnitNode = {
    id,
    name: segments[segments.length - 1] ?? '',
    path,
    parentId,
    depth: segments.length - 1,
    kind: fields.kind ?? 'unit',
    virtual: fields.virtual ?? false,
    childIds: [],
  };
  if (fields.row !== undefined) node.row = fields.row;
  if (fields.created) node.created = true;
  tree.nodes.push(node);
  tree.byPath.set(path, id);
  if (parentId === null) tree.rootIds.push(id);
  else tree.nodes[parentId]!.childIds.push(id);
  return node;
}
