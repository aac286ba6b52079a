import { _levelRowKeys, _levelRows } from './_estLevelRows';
import { _countedUnits, _tabulate } from './_estTable';
import type { EstablishmentRollup } from './EstablishmentRollup';
import type { EstablishmentTable, EstablishmentTableColumn, TabulateOptions } from './EstablishmentTable';

const COLUMNS: EstablishmentTableColumn[] = [
  { key: 'units', label: '机构数' },
  { key: 'approved.administrative', label: '核定', group: '行政编制' },
  { key: 'actual.administrative', label: '实有', group: '行政编制' },
  { key: 'vacancies.administrative', label: '空编', group: '行政编制' },
  { key: 'approved.political-legal', label: '核定', group: '政法专项编制' },
  { key: 'actual.political-legal', label: '实有', group: '政法专项编制' },
  { key: 'vacancies.political-legal', label: '空编', group: '政法专项编制' },
  { key: 'leaderPosts', label: '核定', group: '领导职数' },
  { key: 'leaders', label: '实配', group: '领导职数' },
];

/**
 * 行政机构的行政编制、政法专项编制和实有人数, by level and system (the shape of 表1-1): rows 合计, then each
 * level (省级/市级/县级/乡级) with the systems under it that have units (`allRows` keeps every system).
 * Administrative units are the record units without a 事业单位分类 (机关), 挂牌机构 excluded; each counts its
 * scope (the unit with its 内设机构), so a 主管部门 and its 下属单位 are never counted twice. Records without a
 * level or system go to 未填层级 / 未填系统. Never throws.
 *
 * @example
 * const table = tabulateByLevelAndSystem(rollup, { under: '示例县' });
 * table.rows.map((r) => r.label)  // ['合计', '省级', '市级', '县级', '政府', '乡级']
 * table.rows[0].cells             // [2, 10, 11, -1, 0, 0, 0, 5, 3]: 机构数, 行政编制 核定/实有/空编, …
 */
export function tabulateByLevelAndSystem(rollup: EstablishmentRollup, options?: TabulateOptions): EstablishmentTable {
  const contributions = _countedUnits(rollup, options)
    .filter(({ record }) => record.category === undefined)
    .map(({ record, scope }) => ({
      rows: _levelRowKeys(record, true),
      values: {
        units: 1,
        'approved.administrative': scope.approved.administrative,
        'actual.administrative': scope.actual.administrative,
        'vacancies.administrative': scope.vacancies.administrative,
        'approved.political-legal': scope.approved['political-legal'],
        'actual.political-legal': scope.actual['political-legal'],
        'vacancies.political-legal': scope.vacancies['political-legal'],
        leaderPosts: scope.leaderPosts,
        leaders: scope.leaders,
      },
    }));
  return _tabulate(
    '行政机构编制和实有人数（按层级、系统）',
    COLUMNS,
    _levelRows(true),
    contributions,
    options?.allRows === true,
  );
}
