import type { UnitNode, UnitTree } from './UnitTree';

/** Options of `walkUnits`. */
export interface WalkUnitsOptions {
  /** 'pre' (default): a node before its children; 'post': after them (for rollups). */
  order?: 'pre' | 'post';
  /** Walk only the subtree of this node; default every root. */
  from?: number;
}

/**
 * The nodes in depth-first pre- or post-order, children in input order. Iterative (an explicit stack),
 * so a 5,000-deep chain is no problem.
 *
 * @example
 * [...walkUnits(tree, { order: 'post' })].map((n) => n.name) // children before parents
 */
export function* walkUnits(tree: UnitTree, options: WalkUnitsOptions = {}): Generator<UnitNode> {
  const starts = options.from === undefined ? tree.rootIds : tree.nodes[options.from] ? [options.from] : [];
  if (options.order === 'post') {
    // Node ids with a "children done" flag: each node is emitted when it is popped the second time.
    const stack: number[] = [];
    const expanded: boolean[] = [];
    for (let i = starts.length - 1; i >= 0; i--) {
      stack.push(starts[i]!);
      expanded.push(false);
    }
    while (stack.length > 0) {
      const id = stack[stack.length - 1]!;
      if (expanded[expanded.length - 1]) {
        stack.pop();
        expanded.pop();
        yield tree.nodes[id]!;
        continue;
      }
      expanded[expanded.length - 1] = true;
      const children = tree.nodes[id]!.childIds;
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!);
        expanded.push(false);
      }
    }
    return;
  }
  const stack = [...starts].reverse();
  while (stack.length > 0) {
    const node = tree.nodes[stack.pop()!]!;
    yield node;
    for (let i = node.childIds.length - 1; i >= 0; i--) stack.push(node.childIds[i]!);
  }
}
