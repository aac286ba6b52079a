import { describe, expect, it } from 'vitest';
import { reconcileSanDing } from '../../src/sanding/reconcileSanDing';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { AS_OF, DEPARTMENT, history } from './_fixtures';

const OPTIONS = { date: '2024-06-30', asOf: AS_OF };
const record = {
  unitPath: DEPARTMENT,
  level: '县级',
  system: '政府',
  approved: { 行政编制: 12, 工勤编制: 1 },
  leaderPosts: 4,
};

describe('reconcileSanDing', () => {
  it('finds nothing when the record matches the 三定', () => {
    const result = reconcileSanDing(history, [record], OPTIONS);
    expect(result).toMatchObject({
      department: DEPARTMENT,
      date: '2024-06-30',
      recordIndex: 0,
      differences: [],
      issues: [],
    });
    expect(result.record?.approved.administrative).toBe(12);
    expect(result.state.scheme).toBe('示编〔2019〕8号');
  });

  it('lists every differing figure', () => {
    const result = reconcileSanDing(
      history,
      [
        { unitPath: '示例县/示例县财政局', approved: { 行政编制: 8 } },
        { ...record, approved: { 行政编制: 11, 工勤编制: 1, 事业编制: 2 }, leaderPosts: 5 },
      ],
      OPTIONS,
    );
    expect(result.differences).toEqual([
      { field: 'administrative', sanDing: 12, record: 11, difference: -1 },
      { field: 'public-institution', sanDing: 0, record: 2, difference: 2 },
      { field: 'leaderPosts', sanDing: 4, record: 5, difference: 1 },
    ]);
    expect(result.issues.map((i) => [i.code, i.severity, i.path, i.message])).toEqual([
      [
        'establishment_mismatch',
        'error',
        ['records', 1, 'approved', 'administrative'],
        '示例县/示例县民政局：行政编制按三定为 12 名，编制统计中为 11 名',
      ],
      [
        'establishment_mismatch',
        'error',
        ['records', 1, 'approved', 'public-institution'],
        '示例县/示例县民政局：事业编制按三定为 0 名，编制统计中为 2 名',
      ],
      [
        'establishment_mismatch',
        'error',
        ['records', 1, 'leaderPosts'],
        '示例县/示例县民政局：领导职数按三定为 4 名，编制统计中为 5 名',
      ],
    ]);
    const english = reconcileSanDing(history, { ...record, leaderPosts: 5 }, { ...OPTIONS, locale: 'en' });
    expect(english.issues[0]!.message).toBe(
      '示例县/示例县民政局: leader posts is 4 per the three-determination scheme, 5 in the establishment statistics',
    );
  });

  it('compares with the 三定 of the date asked for', () => {
    const result = reconcileSanDing(history, [record], { ...OPTIONS, date: '2018-01-01' });
    expect(result.differences.map((d) => [d.field, d.sanDing])).toEqual([['worker', 2]]);
  });

  it('skips 挂牌 records and records with errors, and reports a department reported twice or not at all', () => {
    const twice = reconcileSanDing(
      history,
      [{ unitPath: DEPARTMENT, nameplate: '是' }, { unitPath: DEPARTMENT, approved: { 行政编制: -1 } }, record, record],
      OPTIONS,
    );
    expect(twice.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_format', ['records', 1, 'approved', '行政编制']],
      ['duplicate_unit', ['records', 3, 'unitPath']],
    ]);
    expect(twice.recordIndex).toBe(2);
    const none = reconcileSanDing(history, [{ unitPath: '示例县/示例县财政局' }], OPTIONS);
    expect(none.issues).toMatchObject([
      {
        code: 'establishment_mismatch',
        path: ['records'],
        message: '示例县/示例县民政局：编制统计中没有该部门的记录，无法与三定核对',
      },
    ]);
    expect(none.record).toBeUndefined();
  });

  it('matches paths through the tree, or by their last segments without one', () => {
    const { tree } = buildUnitTree([{ path: '示例县' }, { path: DEPARTMENT }]);
    expect(reconcileSanDing(history, [{ ...record, unitPath: '示例县民政局' }], { ...OPTIONS, tree }).recordIndex).toBe(
      0,
    );
    expect(reconcileSanDing(history, [{ ...record, unitPath: '示例县民政局' }], OPTIONS).recordIndex).toBe(0);
  });

  it('never throws', () => {
    for (const junk of [
      undefined,
      null,
      42,
      'x',
      {},
      [null],
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ]) {
      expect(() => reconcileSanDing(junk, junk, { tree: junk as never })).not.toThrow();
    }
  });
});
