/** 组织类型: a unit (单位, a legal entity or 下属机构) or an internal department (部门, 内设机构). */
export type UnitKind = 'unit' | 'department';

/** One node of a unit tree. Ids are dense (0 … size−1) and a parent's id is always smaller than its children's. */
export interface UnitNode {
  readonly id: number;
  /** The last segment of the path. */
  readonly name: string;
  /** The canonical full path, segments joined with '/'. */
  readonly path: string;
  readonly parentId: number | null;
  /** 0 for a root. */
  readonly depth: number;
  /** 组织类型; default 'unit' for roots and nodes created from paths, as the row says otherwise. */
  kind: UnitKind;
  /** 是否虚拟部门 (e.g. 班子成员): counted like a department, but no real body. */
  virtual: boolean;
  /** 统一社会信用代码, when the row gives a valid one. */
  uscc?: string;
  /** 部门负责人电话, normalised. */
  leaderPhone?: string;
  /** The row of the input this node came from (0-based), absent for nodes created from paths. */
  row?: number;
  /** True when the node was not in the unit table but created from a path (`createMissingParents`, roster paths). */
  created?: boolean;
  /** Ids of the children, in input order. */
  readonly childIds: number[];
}

/**
 * A unit tree: nodes by id, an index by canonical path, and the roots. Build it with `buildUnitTree`;
 * query it with `getUnit`, `getChildren`, `getAncestors`, `walkUnits`, `resolveUnitPath`.
 */
export interface UnitTree {
  /** Nodes by id; `nodes[id].id === id`. */
  readonly nodes: readonly UnitNode[];
  /** Canonical path → id. Its iteration order is unspecified (a fast build adds paths in row order): iterate `nodes` for id order. */
  readonly byPath: ReadonlyMap<string, number>;
  /** Ids of the roots (normally one). */
  readonly rootIds: readonly number[];
}
