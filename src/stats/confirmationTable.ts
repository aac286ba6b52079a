import type { Result } from '../errors/Result';
import { type ResolveUnitPathOptions, resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitNode, UnitTree } from '../units/UnitTree';
import { _hcUsableTree } from './_hcTree';
import type { ConfirmationRow, ConfirmationSection, ConfirmationTable, ConfirmationVariant } from './Confirmation';
import { type CountHeadcountOptions, countHeadcount } from './countHeadcount';
import type { Headcount } from './Headcount';

/** Options of `confirmationTable`. */
export interface ConfirmationTableOptions<P = unknown> extends CountHeadcountOptions<P> {
  /** 'county' (区直单位, default) or 'township' (乡镇（街道）: 村（社区） rows). */
  variant?: ConfirmationVariant;
}

/**
 * Name of the row of people attached to the unit itself rather than to one of its departments.
 *
 * @example
 * table.departments.rows.find((row) => row.name === UNASSIGNED_ROW_NAME)?.count // 1
 */
export const UNASSIGNED_ROW_NAME = '（本级未分部门）';

const LABELS = {
  county: { subunits: '下属机构', subunitCount: '机构人数' },
  township: { subunits: '村（社区）', subunitCount: '村（社区）工作人员人数' },
} as const;

function isHeadcount(value: unknown): value is Headcount {
  const candidate = value as Partial<Headcount> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    candidate?.own instanceof Float64Array &&
    candidate.total instanceof Float64Array &&
    typeof candidate.tree === 'object' &&
    candidate.tree !== null
  );
}

/** The counts of the tree's node `id`, read from a headcount of the same tree or, by path, of another one. */
function countsOf(tree: UnitTree, headcount: Headcount): (node: UnitNode, which: 'own' | 'total') => number {
  if (headcount.tree === tree) return (node, which) => headcount[which][node.id] ?? 0;
  return (node, which) => {
    const id = headcount.tree.byPath?.get(node.path);
    return id === undefined ? 0 : (headcount[which][id] ?? 0);
  };
}

function section(title: string, countLabel: string, rows: ConfirmationRow[]): ConfirmationSection {
  let total = 0;
  for (const row of rows) total += row.count;
  return { title, countLabel, rows, total };
}

/**
 * The 单位组织架构及通讯录统计确认表 of one unit, computed from the roster: a 部门 row per internal department
 * (children of kind 'department', virtual ones such as 班子成员 included) and a 下属机构 row per child unit
 * (kind 'unit'), each counting its whole subtree, with 人数汇总 per block and 合计. The township variant
 * labels the unit rows 村（社区） (村（社区）工作人员人数). People attached to the unit itself are not lost: they
 * make a （本级未分部门） row at the end of the 部门 block (and `unassigned`). `source` is the roster
 * (any iterable; read with `unitPathOf` as in `countHeadcount`) or a `Headcount` already computed.
 * `unitPath` is resolved like `resolveUnitPath` (or is a node id); an unknown unit fails with
 * `unknown_unit` and suggestions. Never throws.
 *
 * @example
 * const { tree } = buildUnitTree([
 *   '屈原管理区', { path: '屈原管理区/班子成员', kind: '部门', virtual: '是' },
 *   { path: '屈原管理区/办公室', kind: '部门' }, '屈原管理区/屈原管理区民政局',
 * ]);
 * const people = [
 *   { unitPath: '屈原管理区/班子成员' }, { unitPath: '屈原管理区/办公室' },
 *   { unitPath: '屈原管理区/屈原管理区民政局' }, { unitPath: '屈原管理区/屈原管理区民政局' },
 * ];
 * const table = confirmationTable(tree, people, '屈原管理区');
 * table.ok && table.value.departments.rows.map((r) => [r.name, r.count]) // [['班子成员', 1], ['办公室', 1]]
 * table.ok && table.value.subunits.total // 2 (下属机构 人数汇总)
 * table.ok && table.value.total // 4
 */
export function confirmationTable<P = unknown>(
  tree: UnitTree,
  source: Iterable<P> | Headcount,
  unitPath: unknown,
  options: ConfirmationTableOptions<P> = {},
): Result<ConfirmationTable> {
  tree = _hcUsableTree(tree);
  const resolved = resolveUnit(tree, unitPath, options);
  if (!resolved.ok) return resolved;
  const unit = resolved.value;
  const headcount = isHeadcount(source) ? source : countHeadcount(tree, source, options);
  const count = countsOf(tree, headcount);
  const variant: ConfirmationVariant = options.variant === 'township' ? 'township' : 'county';
  const departments: ConfirmationRow[] = [];
  const subunits: ConfirmationRow[] = [];
  for (const childId of unit.childIds) {
    const child = tree.nodes[childId];
    if (!child) continue;
    const row = {
      name: child.name,
      count: count(child, 'total'),
      path: child.path,
      id: child.id,
      virtual: child.virtual,
    };
    (child.kind === 'department' ? departments : subunits).push(row);
  }
  const unassigned = count(unit, 'own');
  if (unassigned > 0) {
    departments.push({
      name: UNASSIGNED_ROW_NAME,
      count: unassigned,
      path: unit.path,
      id: unit.id,
      virtual: false,
      unassigned: true,
    });
  }
  const labels = LABELS[variant];
  const table: ConfirmationTable = {
    title: '单位组织架构及通讯录统计确认表',
    variant,
    unit: unit.name,
    path: unit.path,
    departments: section('部门', '部门人数', departments),
    subunits: section(labels.subunits, labels.subunitCount, subunits),
    unassigned,
    total: count(unit, 'total'),
    unresolved: headcount.unresolved?.length ?? 0,
  };
  return { ok: true, value: table, warnings: resolved.warnings };
}

function resolveUnit(tree: UnitTree, unitPath: unknown, options: ResolveUnitPathOptions): Result<UnitNode> {
  if (typeof unitPath === 'number' && tree.nodes[unitPath]) {
    return { ok: true, value: tree.nodes[unitPath], warnings: [] };
  }
  return resolveUnitPath(tree, unitPath, options);
}
