import { _levelRowKeys, _levelRows } from './_estLevelRows';
import { _countedUnits, _tabulate } from './_estTable';
import type { EstablishmentRollup } from './EstablishmentRollup';
import type { EstablishmentTable, EstablishmentTableColumn, TabulateOptions } from './EstablishmentTable';

const COLUMNS: EstablishmentTableColumn[] = [
  { key: 'units', label: '单位数', group: '合计' },
  { key: 'approved', label: '核定', group: '合计' },
  { key: 'actual', label: '实有', group: '合计' },
  { key: 'vacancies', label: '空编', group: '合计' },
  { key: 'organ.approved', label: '核定', group: '机关' },
  { key: 'organ.actual', label: '实有', group: '机关' },
  { key: 'institution.approved', label: '核定', group: '事业单位' },
  { key: 'institution.actual', label: '实有', group: '事业单位' },
];

/**
 * 工勤编制 and 工勤人员 by level (the shape of 表1-4): rows 合计, then each level. Columns: units with any
 * 工勤编制 or 工勤人员, approved, actual and vacancies, then split by 机关 (no 事业单位分类) and 事业单位. Each
 * record unit counts its scope (the unit with its 内设机构); 挂牌机构 add nothing. Never throws.
 *
 * @example
 * tabulateWorkers(rollup).rows[0] // { key: 'total', label: '合计', depth: 0, cells: [1, 1, 1, 0, 1, 1, 0, 0] }
 */
export function tabulateWorkers(rollup: EstablishmentRollup, options?: TabulateOptions): EstablishmentTable {
  const contributions = _countedUnits(rollup, options)
    .filter(({ scope }) => scope.approved.worker > 0 || scope.actual.worker > 0)
    .map(({ record, scope }) => {
      const side = record.category === undefined ? 'organ' : 'institution';
      return {
        rows: _levelRowKeys(record, false),
        values: {
          units: 1,
          approved: scope.approved.worker,
          actual: scope.actual.worker,
          vacancies: scope.vacancies.worker,
          [`${side}.approved`]: scope.approved.worker,
          [`${side}.actual`]: scope.actual.worker,
        },
      };
    });
  return _tabulate(
    '工勤编制和工勤人员（按层级）',
    COLUMNS,
    _levelRows(false),
    contributions,
    options?.allRows === true,
  );
}
