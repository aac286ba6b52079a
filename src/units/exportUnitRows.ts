import type { UnitKind, UnitTree } from './UnitTree';

/** A flat row for tables and for `stratify`-style consumers. */
export interface UnitRowExport {
  id: number;
  parentId: number | null;
  name: string;
  path: string;
  kind: UnitKind;
  virtual: boolean;
}

/**
 * The tree as `{ id, parentId }` rows, parents before children.
 *
 * @example
 * exportUnitRows(tree)[1] // { id: 1, parentId: 0, name: '班子成员', path: '屈原管理区/班子成员', kind: 'department', virtual: true }
 */
export function exportUnitRows(tree: UnitTree): UnitRowExport[] {
  return tree.nodes.map(({ id, parentId, name, path, kind, virtual }) => ({ id, parentId, name, path, kind, virtual }));
}
