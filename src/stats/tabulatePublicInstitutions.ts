import { listCodes } from '../codes/listCodes';
import { _countedUnits, type _RowDef, _tabulate } from './_estTable';
import type { EstablishmentRollup } from './EstablishmentRollup';
import type { EstablishmentTable, EstablishmentTableColumn, TabulateOptions } from './EstablishmentTable';

// The current funding forms each have a column; legacy ones (定额补助, 经费自理) and a missing form go to 其他.
const FORMS = [
  { key: 'full-appropriation', label: '全额拨款' },
  { key: 'balance-appropriation', label: '差额拨款' },
  { key: 'self-supporting', label: '自收自支' },
  { key: 'other', label: '其他' },
];
const METRICS = [
  { key: 'units', label: '单位数' },
  { key: 'approved', label: '编制数' },
  { key: 'actual', label: '实有人数' },
];
// Computed in a pure call: a module-level spread or map would stay in every bundle of the single-file build.
const COLUMNS: EstablishmentTableColumn[] = /* @__PURE__ */ (() =>
  [{ key: 'total', label: '合计' }, ...FORMS].flatMap((group) =>
    METRICS.map((metric) => ({ key: `${group.key}.${metric.key}`, label: metric.label, group: group.label })),
  ))();

/**
 * 事业单位 by 分类 × 经费形式 (the shape of 表5-1): rows 合计, then each category in table order (行政类,
 * 公益类 with 公益一类 and 公益二类 under it, 生产经营类, 暂未分类); columns 单位数, 编制数 (all types) and 实有人数
 * for 合计 and each funding form (全额拨款, 差额拨款, 自收自支, 其他 for legacy or missing forms). 事业单位 are the
 * record units with a 事业单位分类, 挂牌机构 excluded; each counts its scope. Never throws.
 *
 * @example
 * const table = tabulatePublicInstitutions(rollup);
 * table.rows.map((r) => r.label) // ['合计', '行政类', '公益类', '公益一类', '公益二类', '生产经营类', '暂未分类']
 */
export function tabulatePublicInstitutions(rollup: EstablishmentRollup, options?: TabulateOptions): EstablishmentTable {
  const categories = listCodes('public-institution-category');
  const rows: _RowDef[] = [
    { key: 'total', label: '合计', depth: 0, fixed: true },
    ...categories.map((c) => ({ key: `category:${c.code}`, label: c.name, depth: c.parentCode ? 1 : 0, fixed: true })),
  ];
  const parentOf = new Map(categories.map((c) => [c.code as string, c.parentCode]));
  const contributions = _countedUnits(rollup, options)
    .filter(({ record }) => record.category !== undefined)
    .map(({ record, scope }) => {
      const category = record.category!;
      const parent = parentOf.get(category);
      const form = FORMS.some((f) => f.key === record.fundingForm) ? record.fundingForm! : 'other';
      const values: Record<string, number> = {};
      for (const group of ['total', form]) {
        values[`${group}.units`] = 1;
        values[`${group}.approved`] = scope.approvedSum;
        values[`${group}.actual`] = scope.actualSum;
      }
      return { rows: ['total', `category:${category}`, ...(parent ? [`category:${parent}`] : [])], values };
    });
  return _tabulate('事业单位机构编制和实有人数（按分类、经费形式）', COLUMNS, rows, contributions, true);
}
