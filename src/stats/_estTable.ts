import { parseUnitPath } from '../units/parseUnitPath';
import type { EstablishmentRecord } from './EstablishmentRecord';
import type { EstablishmentFigures, EstablishmentRollup, EstablishmentUnit } from './EstablishmentRollup';
import type { EstablishmentTable, EstablishmentTableColumn, TabulateOptions } from './EstablishmentTable';

/** A unit whose establishment counts in the category tables: a record that is not 挂牌, and its scope. */
export interface _Counted {
  unit: EstablishmentUnit;
  record: EstablishmentRecord;
  scope: EstablishmentFigures;
}

/**
 * The canonical path of a unit asked for in a rollup, or undefined when it is no readable path. No depth or
 * length limit: those guard new data, while this only looks a path up, and a rollup takes units as deep and
 * as long as its tree (`rollupEstablishment` widens the limits to fit).
 */
export function _rollupPath(input: unknown): string | undefined {
  const parsed = parseUnitPath(input, {
    maxDepth: Number.POSITIVE_INFINITY,
    maxSegmentLength: Number.POSITIVE_INFINITY,
  });
  return parsed.ok ? parsed.value.path : undefined;
}

/** Whether a unit lies in the subtree the options name (every unit without `under`; none for a bad path). */
export function _subtreeFilter(options: TabulateOptions | undefined): (unit: EstablishmentUnit) => boolean {
  if (options?.under === undefined) return () => true;
  const root = _rollupPath(options.under);
  if (root === undefined) return () => false;
  return (unit) => unit.path === root || unit.path.startsWith(`${root}/`);
}

function unitsOf(rollup: EstablishmentRollup): readonly EstablishmentUnit[] {
  return Array.isArray(rollup?.units) ? rollup.units : [];
}

/**
 * The record units in the subtree. Each brings its scope (the unit with its 内设机构), so a 主管部门 and its
 * 下属单位 are counted apart, each once.
 */
export function _countedUnits(rollup: EstablishmentRollup, options: TabulateOptions | undefined): _Counted[] {
  const inside = _subtreeFilter(options);
  const counted: _Counted[] = [];
  for (const unit of unitsOf(rollup)) {
    if (unit.record && !unit.record.nameplate && unit.scope && inside(unit)) {
      counted.push({ unit, record: unit.record, scope: unit.scope });
    }
  }
  return counted;
}

/** The nameplate (挂牌) records in the subtree. */
export function _nameplates(rollup: EstablishmentRollup, options: TabulateOptions | undefined): EstablishmentUnit[] {
  const inside = _subtreeFilter(options);
  return unitsOf(rollup).filter((unit) => unit.record?.nameplate === true && inside(unit));
}

/** A row definition: rows are listed in this order; `fixed` rows stay even when empty. */
export interface _RowDef {
  key: string;
  label: string;
  depth: number;
  fixed: boolean;
}

/**
 * Sums contributions into rows and lays them out: each contribution names the rows it adds to and its
 * values by column key. Non-fixed rows with nothing in them are left out unless `allRows`.
 */
export function _tabulate(
  title: string,
  columns: EstablishmentTableColumn[],
  rows: readonly _RowDef[],
  contributions: Iterable<{ rows: readonly string[]; values: Record<string, number> }>,
  allRows = false,
): EstablishmentTable {
  const sums = new Map<string, Map<string, number>>();
  const used = new Set<string>();
  for (const { rows: keys, values } of contributions) {
    for (const key of keys) {
      used.add(key);
      const row = sums.get(key) ?? new Map<string, number>();
      sums.set(key, row);
      for (const [column, value] of Object.entries(values)) row.set(column, (row.get(column) ?? 0) + value);
    }
  }
  return {
    title,
    columns,
    rows: rows
      .filter((row) => row.fixed || allRows || used.has(row.key))
      .map((row) => ({
        key: row.key,
        label: row.label,
        depth: row.depth,
        cells: columns.map((column) => sums.get(row.key)?.get(column.key) ?? 0),
      })),
  };
}
