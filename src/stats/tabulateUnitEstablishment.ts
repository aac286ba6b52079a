import { _EST_TYPE_NAMES, _EST_TYPES } from './_estLabels';
import { _rollupPath } from './_estTable';
import type { EstablishmentFigures, EstablishmentRollup, EstablishmentUnit } from './EstablishmentRollup';
import type { EstablishmentTable, EstablishmentTableColumn, EstablishmentTableRow } from './EstablishmentTable';

// The names a unit gives the 内设机构 that holds its leaders (a virtual 部门 on the 单位基本情况表).
const LEADER_NAMES = new Set(['班子成员', '领导班子', '班子', '部门领导', '单位领导', '领导成员', '领导']);
const LEADER_SUFFIX = /(?:领导班子|班子成员)$/;

// Computed in a pure call: a module-level spread or map would stay in every bundle of the single-file build.
const COLUMNS: EstablishmentTableColumn[] = /* @__PURE__ */ (() => [
  { key: 'approvedSum', label: '合计', group: '核定编制' },
  ..._EST_TYPES.map((t) => ({ key: `approved.${t}`, label: _EST_TYPE_NAMES[t].label, group: '核定编制' })),
  { key: 'actualSum', label: '合计', group: '实有人数' },
  ..._EST_TYPES.map((t) => ({ key: `actual.${t}`, label: _EST_TYPE_NAMES[t].label, group: '实有人数' })),
  { key: 'vacanciesSum', label: '空编' },
  { key: 'leaderPosts', label: '核定', group: '领导职数' },
  { key: 'leaders', label: '实配', group: '领导职数' },
  { key: 'outside', label: '编外人员' },
])();

type Cells = Record<string, number | null>;

/** True for the 内设机构 that holds the leaders: 班子成员, 领导班子, 部门领导, 单位领导 … */
export function _isLeaderDepartment(unit: EstablishmentUnit): boolean {
  const name = unit.name.normalize('NFKC').trim();
  return unit.kind === 'department' && (LEADER_NAMES.has(name) || LEADER_SUFFIX.test(name));
}

function add(a: EstablishmentFigures, b: EstablishmentFigures): EstablishmentFigures {
  const sum = structuredClone(a);
  for (const type of _EST_TYPES) {
    sum.approved[type] += b.approved[type];
    sum.actual[type] += b.actual[type];
    sum.vacancies[type] += b.vacancies[type];
  }
  sum.approvedSum += b.approvedSum;
  sum.actualSum += b.actualSum;
  sum.vacanciesSum += b.vacanciesSum;
  sum.leaderPosts += b.leaderPosts;
  sum.leaders += b.leaders;
  sum.outside += b.outside;
  return sum;
}

function cellsOf(f: EstablishmentFigures, withApproved: boolean, withActual: boolean): Cells {
  const cells: Cells = {
    approvedSum: withApproved ? f.approvedSum : null,
    actualSum: withActual ? f.actualSum : null,
    vacanciesSum: withApproved && withActual ? f.vacanciesSum : null,
    leaderPosts: f.leaderPosts,
    leaders: f.leaders,
    outside: withActual ? f.outside : null,
  };
  for (const type of _EST_TYPES) {
    cells[`approved.${type}`] = withApproved ? f.approved[type] : null;
    cells[`actual.${type}`] = withActual ? f.actual[type] : null;
  }
  return cells;
}

function row(key: string, label: string, cells: Cells): EstablishmentTableRow {
  return { key, label, depth: key === 'total' ? 0 : 1, cells: COLUMNS.map((c) => cells[c.key] ?? null) };
}

/**
 * One unit's 机构编制 table, rows ordered 合计, 部门领导, then each 内设机构:
 * - 合计: the unit with its 内设机构 (its own numbers and its 部门 children's totals; 下属单位 have their own table).
 * - 部门领导: the 内设机构 named 班子成员, 领导班子, 部门领导, 单位领导 or 领导成员 (or ending in 领导班子 / 班子成员),
 *   with the unit's 领导职数 核定 and 实配; without such a 部门 the row gives only the 领导职数 (实配 = people
 *   flagged `leader` in the roster, or the record's `leaders`).
 * - each other 内设机构 (部门 child, in tree order) with its subtree's numbers; 核定 cells are null when it has
 *   no establishment of its own.
 * - 本级（未分内设机构）: people or reported numbers at the unit itself, when there are any, so the rows add up to 合计.
 * The 领导职数 columns are informational, not additive: 部门领导 repeats the unit's. Returns undefined when the
 * path is not in the rollup. Never throws.
 *
 * @example
 * tabulateUnitEstablishment(rollup, '示例县/示例县民政局')?.rows.map((r) => r.label)
 * // ['合计', '部门领导', '办公室', '社会事务股']
 */
export function tabulateUnitEstablishment(
  rollup: EstablishmentRollup,
  unitPath: unknown,
): EstablishmentTable | undefined {
  const path = _rollupPath(unitPath);
  const units = Array.isArray(rollup?.units) ? rollup.units : [];
  const unit = path === undefined ? undefined : units.find((u) => u.path === path);
  if (!unit) return undefined;
  const departments = unit.childIds.map((id) => units[id]!).filter((child) => child.kind === 'department');
  const leaderDepartment = departments.find(_isLeaderDepartment);
  const total = departments.reduce((sum, child) => add(sum, child.total), unit.own);
  const rows = [row('total', '合计', cellsOf(total, true, true))];
  const leaders = cellsOf(leaderDepartment?.total ?? total, false, leaderDepartment !== undefined);
  rows.push(row('leaders', '部门领导', { ...leaders, leaderPosts: total.leaderPosts, leaders: total.leaders }));
  for (const child of departments) {
    if (child === leaderDepartment) continue;
    rows.push(row(`dept:${child.path}`, child.name, cellsOf(child.total, child.total.approvedSum > 0, true)));
  }
  if (unit.own.actualSum > 0 || unit.own.outside > 0) {
    rows.push(row('unassigned', '本级（未分内设机构）', { ...cellsOf(unit.own, false, true), leaderPosts: null }));
  }
  return { title: `${unit.name}机构编制情况`, columns: COLUMNS, rows };
}
