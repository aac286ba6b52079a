import { describe, expect, it } from 'vitest';
import type { ConfirmationTable, DeclaredConfirmationTable } from '../../src/stats/Confirmation';
import { confirmationTable } from '../../src/stats/confirmationTable';
import { reconcileConfirmation } from '../../src/stats/reconcileConfirmation';
import { buildUnitTree } from '../../src/units/buildUnitTree';

const UNIT = '示例县/示例县行政审批服务局';
const { tree } = buildUnitTree([
  '示例县',
  UNIT,
  { path: `${UNIT}/班子成员`, kind: '部门', virtual: '是' },
  { path: `${UNIT}/办公室`, kind: '部门' },
  { path: `${UNIT}/审批一股`, kind: '部门' },
  { path: `${UNIT}/政务服务中心`, kind: '单位' },
  { path: `${UNIT}/空编单位`, kind: '单位' },
]);
const people = [
  ...Array.from({ length: 13 }, () => `${UNIT}/班子成员`),
  `${UNIT}/办公室`,
  `${UNIT}/办公室`,
  `${UNIT}/审批一股`,
  `${UNIT}/政务服务中心`,
  `${UNIT}/政务服务中心`,
].map((unitPath) => ({ unitPath }));
const result = confirmationTable(tree, people, UNIT);
if (!result.ok) throw new Error('fixture');
const computed: ConfirmationTable = result.value;

/** The declared table a clerk would fill in when everything agrees. */
function agreeing(): {
  unit: string;
  departments: { rows: { name: unknown; count: unknown; row?: number }[]; total?: unknown };
  subunits: { rows: { name: unknown; count: unknown; row?: number }[]; total?: unknown };
  total?: unknown;
} {
  return {
    unit: '示例县行政审批服务局',
    departments: {
      rows: [
        { name: '班子成员', count: 13 },
        { name: '办公室', count: 2 },
        { name: '审批一股', count: 1 },
      ],
      total: 16,
    },
    subunits: {
      rows: [
        { name: '政务服务中心', count: 2 },
        { name: '空编单位', count: 0 },
      ],
      total: 2,
    },
    total: 18,
  };
}
const summary = (declared: unknown) => {
  const { issues } = reconcileConfirmation(declared as DeclaredConfirmationTable, computed);
  return issues.map((i) => [i.code, i.severity, i.path.join('.')]);
};

describe('reconcileConfirmation', () => {
  it('finds nothing when the declared table agrees, and nothing against itself', () => {
    expect(reconcileConfirmation(agreeing(), computed)).toEqual({ ok: true, diffs: [], issues: [] });
    expect(reconcileConfirmation(computed, computed)).toEqual({ ok: true, diffs: [], issues: [] });
  });

  it('reports a unit declared with 14 people and 13 in the roster', () => {
    const declared = agreeing();
    declared.departments.rows[0]!.count = 14;
    declared.departments.total = 17;
    declared.total = 19;
    const outcome = reconcileConfirmation(declared, computed);
    expect(outcome.ok).toBe(false);
    expect(outcome.diffs).toEqual([
      {
        kind: 'count',
        section: 'departments',
        name: '班子成员',
        declared: 14,
        computed: 13,
        declaredIndex: 0,
        path: `${UNIT}/班子成员`,
      },
      { kind: 'section_total', section: 'departments', name: '部门人数汇总', declared: 17, computed: 16 },
      { kind: 'total', name: '合计', declared: 19, computed: 18 },
    ]);
    expect(outcome.issues[0]).toEqual({
      code: 'count_mismatch',
      severity: 'error',
      path: ['departments', 'rows', 0, 'count'],
      params: { name: '班子成员', declared: 14, computed: 13 },
      message: '班子成员：填报 14 人，名册中为 13 人',
    });
    expect(outcome.issues.map((i) => i.message)).toEqual([
      '班子成员：填报 14 人，名册中为 13 人',
      '部门人数汇总：填报 17 人，名册中为 16 人',
      '示例县行政审批服务局合计：填报 19 人，名册中为 18 人',
    ]);
  });

  it('reports declared rows the roster does not have, with similar names as suggestions', () => {
    const declared = agreeing();
    declared.subunits.rows.push({ name: '政务服务中', count: 3 }, { name: '不相干', count: 0 });
    const outcome = reconcileConfirmation(declared, computed);
    expect(outcome.diffs.filter((d) => d.kind === 'not_in_roster').map((d) => [d.name, d.declared])).toEqual([
      ['政务服务中', 3],
      ['不相干', 0],
    ]);
    const unknown = outcome.issues.filter((i) => i.code === 'unknown_unit');
    expect(unknown.map((i) => [i.severity, i.path.join('.')])).toEqual([
      ['error', 'subunits.rows.2.name'],
      ['warning', 'subunits.rows.3.name'],
    ]);
    expect(unknown[0]?.params.suggestionList).toEqual(['政务服务中心']);
    expect(unknown[0]?.message).toBe('单位“政务服务中”不在“示例县行政审批服务局”的组织架构中，是否为：政务服务中心');
    // the declared rows no longer add up to the declared 人数汇总
    expect(outcome.issues.find((i) => i.code === 'rollup_mismatch')?.message).toBe(
      '示例县行政审批服务局：机构人数填报合计 2，各项之和为 5',
    );
  });

  it('reports roster rows the declared table leaves out (a warning when they count nobody)', () => {
    const declared = agreeing();
    declared.departments.rows.splice(1, 1);
    declared.subunits.rows.splice(1, 1);
    const outcome = reconcileConfirmation(declared, computed);
    expect(outcome.diffs.filter((d) => d.kind === 'not_declared').map((d) => [d.name, d.computed])).toEqual([
      ['办公室', 2],
      ['空编单位', 0],
    ]);
    expect(summary(declared)).toEqual([
      ['count_mismatch', 'error', 'departments'],
      ['rollup_mismatch', 'error', 'departments.total'],
      ['count_mismatch', 'warning', 'subunits'],
    ]);
    expect(outcome.issues[0]?.message).toBe('办公室：确认表中未填报，名册中为 2 人');
  });

  it('makes the people attached to the unit itself a row the declared table must account for', () => {
    const withUnassigned = confirmationTable(tree, [...people, { unitPath: UNIT }], UNIT);
    if (!withUnassigned.ok) throw new Error('fixture');
    const outcome = reconcileConfirmation(agreeing(), withUnassigned.value);
    expect(outcome.issues.map((i) => i.message)).toEqual([
      '（本级未分部门）：确认表中未填报，名册中为 1 人',
      '部门人数汇总：填报 16 人，名册中为 17 人',
      '示例县行政审批服务局合计：填报 18 人，名册中为 19 人',
    ]);
  });

  it('reads numbers as clerks write them and reports the ones that are not', () => {
    const declared = agreeing();
    declared.departments.rows[0]!.count = '１３人';
    declared.departments.rows[1]!.count = ' 2 ';
    declared.departments.rows[2]!.count = '十四';
    declared.subunits.rows[0]!.count = '';
    declared.subunits.rows[1]!.count = -1;
    const outcome = reconcileConfirmation(declared, computed);
    expect(summary(declared)).toEqual([
      ['invalid_format', 'error', 'departments.rows.2.count'],
      ['required', 'error', 'subunits.rows.0.count'],
      ['invalid_format', 'error', 'subunits.rows.1.count'],
    ]);
    expect(outcome.issues[0]?.message).toBe('部门人数格式不正确：应为人数');
    // a number that is not one is still a difference
    expect(outcome.diffs.map((d) => [d.kind, d.name, d.declared])).toEqual([
      ['count', '审批一股', null],
      ['count', '政务服务中心', null],
      ['count', '空编单位', null],
    ]);
  });

  it('matches names written loosely or as full paths, and reports a name declared twice', () => {
    const declared = agreeing();
    declared.departments.rows[1]!.name = '示例县／示例县行政审批服务局／办 公室';
    declared.departments.rows.push({ name: '班子成员', count: 0, row: 9 });
    declared.departments.rows[0]!.row = 5;
    expect(summary(declared)).toEqual([['duplicate_unit', 'error', 'departments.rows.3.name']]);
    const outcome = reconcileConfirmation(declared, computed);
    expect(outcome.issues[0]?.params).toEqual({ path: '班子成员', otherRow: 5 });
  });

  it('checks the declared totals against the declared rows (rollup_mismatch)', () => {
    const declared = agreeing();
    declared.total = 20;
    expect(summary(declared)).toEqual([
      ['rollup_mismatch', 'error', 'total'],
      ['count_mismatch', 'error', 'total'],
    ]);
    delete declared.total;
    delete declared.departments.total;
    delete declared.subunits.total;
    expect(summary(declared)).toEqual([]);
  });

  it('never throws on junk, and unwraps a Result given as the computed table', () => {
    for (const junk of [null, undefined, 42, 'x', {}, { departments: 42 }, { departments: { rows: [null, 42, {}] } }]) {
      const outcome = reconcileConfirmation(junk as unknown as DeclaredConfirmationTable, computed);
      expect(Array.isArray(outcome.issues)).toBe(true);
    }
    expect(summary({ departments: { rows: [null] } })[0]).toEqual(['required', 'error', 'departments.rows.0.count']);
    expect(reconcileConfirmation(agreeing(), result as unknown as ConfirmationTable).ok).toBe(true);
    expect(reconcileConfirmation(agreeing(), null as unknown as ConfirmationTable).ok).toBe(false);
  });

  it('gives English messages on request', () => {
    const declared = agreeing();
    declared.departments.rows[0]!.count = 14;
    const { issues } = reconcileConfirmation(declared, computed, { locale: 'en' });
    expect(issues[0]?.message).toBe('班子成员: declared 14 people, the roster has 13');
    expect(issues.find((i) => i.code === 'rollup_mismatch')?.message).toBe(
      '示例县行政审批服务局: declared total people in departments 16, the parts add up to 17',
    );
  });
});
