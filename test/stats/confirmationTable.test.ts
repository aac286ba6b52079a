import { describe, expect, it } from 'vitest';
import { confirmationTable, UNASSIGNED_ROW_NAME } from '../../src/stats/confirmationTable';
import { countHeadcount } from '../../src/stats/countHeadcount';
import { buildUnitTree } from '../../src/units/buildUnitTree';

const UNIT = '屈原管理区/屈原管理区民政局';
const TOWN = '屈原管理区/营田镇';
const { tree } = buildUnitTree([
  '屈原管理区',
  UNIT,
  { path: `${UNIT}/班子成员`, kind: '部门', virtual: '是' },
  { path: `${UNIT}/办公室`, kind: '部门' },
  { path: `${UNIT}/社会事务股`, kind: '部门' },
  { path: `${UNIT}/社会事务股/救灾组`, kind: '部门' },
  { path: `${UNIT}/屈原管理区社会福利院`, kind: '单位' },
  { path: `${UNIT}/屈原管理区社会福利院/办公室`, kind: '部门' },
  { path: `${UNIT}/屈原管理区救助站`, kind: '单位' },
  TOWN,
  { path: `${TOWN}/班子成员`, kind: '部门', virtual: '是' },
  { path: `${TOWN}/党政综合办公室`, kind: '部门' },
  `${TOWN}/营田社区`,
  `${TOWN}/汨罗江村`,
]);

const roster = [
  ...Array.from({ length: 3 }, () => `${UNIT}/班子成员`),
  `${UNIT}/办公室`,
  `${UNIT}/办公室`,
  `${UNIT}/社会事务股/救灾组`,
  UNIT,
  `${UNIT}/屈原管理区社会福利院`,
  `${UNIT}/屈原管理区社会福利院`,
  `${UNIT}/屈原管理区社会福利院/办公室`,
  `${UNIT}/屈原管理区救助站`,
  `${TOWN}/班子成员`,
  `${TOWN}/党政综合办公室`,
  `${TOWN}/营田社区`,
  `${TOWN}/营田社区`,
  `${TOWN}/汨罗江村`,
  '屈原管理区/不存在的局',
].map((unitPath, i) => ({ name: `人员${i}`, unitPath }));

const rowsOf = (section: { rows: { name: string; count: number }[] }) => section.rows.map((r) => [r.name, r.count]);

describe('confirmationTable', () => {
  it('builds the county table: 部门 rows, 下属机构 rows, 人数汇总 and 合计', () => {
    const result = confirmationTable(tree, roster, UNIT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const table = result.value;
    expect(table.title).toBe('单位组织架构及通讯录统计确认表');
    expect([table.variant, table.unit, table.path]).toEqual(['county', '屈原管理区民政局', UNIT]);
    expect([table.departments.title, table.departments.countLabel]).toEqual(['部门', '部门人数']);
    expect(rowsOf(table.departments)).toEqual([
      ['班子成员', 3],
      ['办公室', 2],
      ['社会事务股', 1], // its 救灾组 counts in it
      [UNASSIGNED_ROW_NAME, 1],
    ]);
    expect(table.departments.rows[0]?.virtual).toBe(true);
    expect(table.departments.rows[3]).toMatchObject({ unassigned: true, path: UNIT });
    expect(table.departments.total).toBe(7);
    expect([table.subunits.title, table.subunits.countLabel]).toEqual(['下属机构', '机构人数']);
    expect(rowsOf(table.subunits)).toEqual([
      ['屈原管理区社会福利院', 3],
      ['屈原管理区救助站', 1],
    ]);
    expect(table.subunits.total).toBe(4);
    expect(table.unassigned).toBe(1);
    expect(table.total).toBe(11);
    expect(table.total).toBe(table.departments.total + table.subunits.total);
    expect(table.unresolved).toBe(1);
  });

  it('builds the township table: 村（社区） rows with 村（社区）工作人员人数', () => {
    const result = confirmationTable(tree, roster, TOWN, { variant: 'township' });
    if (!result.ok) throw new Error('expected a table');
    const table = result.value;
    expect(table.variant).toBe('township');
    expect(rowsOf(table.departments)).toEqual([
      ['班子成员', 1],
      ['党政综合办公室', 1],
    ]);
    expect([table.subunits.title, table.subunits.countLabel]).toEqual(['村（社区）', '村（社区）工作人员人数']);
    expect(rowsOf(table.subunits)).toEqual([
      ['营田社区', 2],
      ['汨罗江村', 1],
    ]);
    expect([table.unassigned, table.total]).toEqual([0, 5]);
    expect(table.departments.rows.some((r) => r.unassigned)).toBe(false);
  });

  it('takes a headcount already computed, of this tree or of another one (matched by path)', () => {
    const count = countHeadcount(tree, roster);
    const fromCount = confirmationTable(tree, count, UNIT);
    const fromRoster = confirmationTable(tree, roster, UNIT);
    expect(fromCount).toEqual(fromRoster);
    const other = buildUnitTree([...tree.nodes].reverse().map((n) => n.path)).tree;
    const otherCount = countHeadcount(other, roster);
    const crossed = confirmationTable(tree, otherCount, UNIT);
    expect(crossed.ok && crossed.value.total).toBe(11);
    expect(crossed.ok && rowsOf(crossed.value.departments)).toEqual(
      fromRoster.ok && rowsOf(fromRoster.value.departments),
    );
  });

  it('finds the unit by id or by a path written loosely, passing the warnings on', () => {
    expect(confirmationTable(tree, roster, tree.byPath.get(UNIT)).ok).toBe(true);
    const loose = confirmationTable(tree, roster, '屈原管理区民政局');
    expect(loose.ok && loose.value.path).toBe(UNIT);
    expect(loose.ok && loose.warnings.map((i) => i.code)).toEqual(['path_without_root']);
  });

  it('fails with unknown_unit and suggestions for a unit that is not in the tree', () => {
    const result = confirmationTable(tree, roster, '屈原管理区/屈原管理区民证局');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toBe('unknown_unit');
    expect(!result.ok && result.issues[0]?.params.suggestionList).toContain(UNIT);
    expect(confirmationTable(tree, roster, null).ok).toBe(false);
    expect(confirmationTable(null as never, roster, UNIT).ok).toBe(false);
    expect(confirmationTable(tree, null as never, UNIT)).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('gives an empty table for a leaf unit and reads people with unitPathOf', () => {
    const rows = [{ 部门: `${UNIT}/屈原管理区救助站` }, { 部门: `${UNIT}/屈原管理区救助站` }];
    const result = confirmationTable(tree, rows, `${UNIT}/屈原管理区救助站`, { unitPathOf: (r) => r.部门 });
    if (!result.ok) throw new Error('expected a table');
    expect(result.value.departments.rows.map((r) => [r.name, r.count])).toEqual([[UNASSIGNED_ROW_NAME, 2]]);
    expect(result.value.subunits).toMatchObject({ rows: [], total: 0 });
    expect(result.value.total).toBe(2);
  });
});
