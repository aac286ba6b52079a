import { _levelRowKeys, _levelRows, _systems } from './_estLevelRows';
import { _countedUnits, _nameplates, _tabulate } from './_estTable';
import type { EstablishmentRollup } from './EstablishmentRollup';
import type { EstablishmentTable, EstablishmentTableColumn, TabulateOptions } from './EstablishmentTable';

/**
 * 行政机构数 by level, with the systems as columns (the shape of 表1-3): rows 合计, then each level
 * (省级/市级/县级/乡级; 未填层级 when some record has none). Columns: 机构数 (合计, then each system), 内设机构数
 * (the 部门 in the units' scopes, virtual ones such as 班子成员 excluded) and 挂牌机构数 (records marked 挂牌,
 * counted apart: they are no separate body). Administrative units are the record units without a
 * 事业单位分类. Never throws.
 *
 * @example
 * const table = tabulateAdministrativeUnits(rollup);
 * table.columns.map((c) => c.label) // ['合计', '党委', '纪检监察机关', '人大', '政府', …, '内设机构数', '挂牌机构数']
 */
export function tabulateAdministrativeUnits(
  rollup: EstablishmentRollup,
  options?: TabulateOptions,
): EstablishmentTable {
  const counted = _countedUnits(rollup, options).filter(({ record }) => record.category === undefined);
  const departments = new Map<number, number>();
  for (const unit of Array.isArray(rollup?.units) ? rollup.units : []) {
    if (unit.kind === 'department' && !unit.virtual && unit.scopeId !== null && unit.scopeId !== unit.id) {
      departments.set(unit.scopeId, (departments.get(unit.scopeId) ?? 0) + 1);
    }
  }
  const systems = _systems();
  const hasNone = counted.some(({ record }) => record.system === undefined);
  const columns: EstablishmentTableColumn[] = [
    { key: 'units', label: '合计', group: '机构数' },
    ...systems
      .filter((system) => system.code !== 'none' || hasNone)
      .map((system) => ({ key: `system:${system.code}`, label: system.name, group: '机构数' })),
    { key: 'departments', label: '内设机构数' },
    { key: 'nameplates', label: '挂牌机构数' },
  ];
  const contributions = [
    ...counted.map(({ unit, record }) => ({
      rows: _levelRowKeys(record, false),
      values: {
        units: 1,
        [`system:${record.system ?? 'none'}`]: 1,
        departments: departments.get(unit.id) ?? 0,
      },
    })),
    ..._nameplates(rollup, options).map((unit) => ({
      rows: _levelRowKeys(unit.record!, false),
      values: { nameplates: 1 },
    })),
  ];
  return _tabulate('行政机构数（按层级、系统）', columns, _levelRows(false), contributions, options?.allRows === true);
}
