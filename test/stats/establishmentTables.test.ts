import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { EstablishmentRollup } from '../../src/stats/EstablishmentRollup';
import type { EstablishmentTable } from '../../src/stats/EstablishmentTable';
import { rollupEstablishment } from '../../src/stats/rollupEstablishment';
import { tabulateAdministrativeUnits } from '../../src/stats/tabulateAdministrativeUnits';
import { tabulateByLevelAndSystem } from '../../src/stats/tabulateByLevelAndSystem';
import { tabulatePublicInstitutions } from '../../src/stats/tabulatePublicInstitutions';
import { tabulateUnitEstablishment } from '../../src/stats/tabulateUnitEstablishment';
import { tabulateWorkers } from '../../src/stats/tabulateWorkers';
import {
  ARCHIVE,
  buildScenario,
  CENTER,
  CIVIL,
  COUNTY,
  FINANCE,
  people,
  sampleRecords,
  sampleTree,
  scenarioArb,
  treeOf,
} from './_establishmentFixtures';

function sampleRollup(): EstablishmentRollup {
  return rollupEstablishment(sampleTree(), sampleRecords, [
    ...people(`${CIVIL}/班子成员`, '行政编制', 3, true),
    ...people(`${CIVIL}/办公室`, '行政编制', 3),
    ...people(`${CIVIL}/办公室`, undefined, 2),
    ...people(ARCHIVE, '工勤编制', 1),
    ...people(CENTER, '参公事业编制', 5),
    ...people(FINANCE, '行政编制', 4),
  ]);
}

/** The cells of a row by column key. */
function cells(table: EstablishmentTable, rowKey: string): Record<string, number | null> {
  const row = table.rows.find((r) => r.key === rowKey)!;
  return Object.fromEntries(table.columns.map((c, i) => [c.key, row.cells[i]!]));
}

/** Asserts that a row equals the sum of the given rows, column by column. */
function expectSum(table: EstablishmentTable, rowKey: string, parts: string[]) {
  const row = table.rows.find((r) => r.key === rowKey);
  if (!row) return;
  table.columns.forEach((_, i) => {
    const sum = parts.reduce((s, key) => s + (table.rows.find((r) => r.key === key)?.cells[i] ?? 0), 0);
    expect(row.cells[i]).toBe(sum);
  });
}

describe('tabulateUnitEstablishment', () => {
  it('orders the rows 合计, 部门领导, then each 内设机构', () => {
    const table = tabulateUnitEstablishment(sampleRollup(), '示例县 / 示例县民政局')!;
    expect(table.title).toBe('示例县民政局机构编制情况');
    expect(table.rows.map((r) => [r.key, r.label])).toEqual([
      ['total', '合计'],
      ['leaders', '部门领导'],
      [`dept:${CIVIL}/办公室`, '办公室'],
      [`dept:${CIVIL}/社会事务股`, '社会事务股'],
      ['unassigned', '本级（未分内设机构）'],
    ]);
    expect(cells(table, 'total')).toMatchObject({
      approvedSum: 7,
      'approved.administrative': 6,
      'approved.worker': 1,
      actualSum: 7,
      'actual.administrative': 6,
      vacanciesSum: 0,
      leaderPosts: 3,
      leaders: 3,
      outside: 2,
    });
    expect(cells(table, 'leaders')).toMatchObject({ approvedSum: null, actualSum: 3, leaderPosts: 3, leaders: 3 });
    expect(cells(table, `dept:${CIVIL}/办公室`)).toMatchObject({ approvedSum: null, actualSum: 3, outside: 2 });
    // The 工勤 person listed under the 挂牌 婚姻登记处 sits at the 民政局 itself.
    expect(cells(table, 'unassigned')).toMatchObject({ actualSum: 1, 'actual.worker': 1, leaderPosts: null });
    for (const key of ['actualSum', 'actual.administrative', 'actual.worker', 'outside']) {
      const column = table.columns.findIndex((c) => c.key === key);
      const parts = table.rows.slice(1).reduce((s, r) => s + (r.cells[column] ?? 0), 0);
      expect(table.rows[0]!.cells[column]).toBe(parts);
    }
  });

  it('without a leader department, 部门领导 gives the 领导职数 only', () => {
    const table = tabulateUnitEstablishment(sampleRollup(), FINANCE)!;
    expect(table.rows.map((r) => r.label)).toEqual(['合计', '部门领导', '办公室', '本级（未分内设机构）']);
    const leaders = cells(table, 'leaders');
    expect(leaders).toMatchObject({ actualSum: null, approvedSum: null, leaderPosts: 2, leaders: 0, outside: null });
  });

  it.each(['班子成员', '领导班子', '局领导班子', '部门领导', '单位领导', '领导成员'])(
    'takes the 内设机构 %s as 部门领导',
    (name) => {
      const tree = treeOf([['某局'], [`某局/${name}`, 'department'], ['某局/办公室', 'department']]);
      const rollup = rollupEstablishment(tree, [], people(`某局/${name}`, '行政编制', 2, true));
      const table = tabulateUnitEstablishment(rollup, '某局')!;
      expect(table.rows.map((r) => r.label)).toEqual(['合计', '部门领导', '办公室']);
      expect(cells(table, 'leaders')).toMatchObject({ actualSum: 2, leaders: 2 });
    },
  );

  it('does not take a 单位 or another 部门 for 部门领导', () => {
    const tree = treeOf([['某局'], ['某局/班子成员'], ['某局/领导小组办公室', 'department']]);
    const table = tabulateUnitEstablishment(rollupEstablishment(tree, []), '某局')!;
    expect(table.rows.map((r) => r.label)).toEqual(['合计', '部门领导', '领导小组办公室']);
    expect(cells(table, 'leaders').actualSum).toBeNull();
  });

  it('finds a unit deeper or longer-named than the default path limits', () => {
    // rollupEstablishment takes any unit of its tree; the lookup must not stop at 10 levels or 50 characters.
    const chain = Array.from({ length: 11 }, (_, i) => `单位${i}`);
    const deep = chain.join('/');
    const long = `单位0/${'长'.repeat(60)}`;
    const tree = treeOf([...chain.map((_, i) => [chain.slice(0, i + 1).join('/')] as const), [long]]);
    const rollup = rollupEstablishment(tree, [], [...people(deep, '行政编制', 2), ...people(long, '事业编制', 1)]);
    expect(cells(tabulateUnitEstablishment(rollup, deep)!, 'total').actualSum).toBe(2);
    expect(cells(tabulateUnitEstablishment(rollup, ` ${chain.join(' ／ ')} `)!, 'total').actualSum).toBe(2);
    expect(cells(tabulateUnitEstablishment(rollup, long)!, 'total').actualSum).toBe(1);
  });

  it('is undefined for a unit not in the rollup, and never throws', () => {
    expect(tabulateUnitEstablishment(sampleRollup(), '示例县/无此单位')).toBeUndefined();
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    for (const junk of [null, 42, {}, { units: 'x' }] as any[])
      expect(tabulateUnitEstablishment(junk, CIVIL)).toBeUndefined();
    expect(tabulateUnitEstablishment(sampleRollup(), 42)).toBeUndefined();
  });
});

describe('category tables', () => {
  it('表1-1: administrative establishment by level and system', () => {
    const table = tabulateByLevelAndSystem(sampleRollup());
    expect(table.rows.map((r) => [r.label, r.depth])).toEqual([
      ['合计', 0],
      ['省级', 0],
      ['市级', 0],
      ['县级', 0],
      ['政府', 1],
      ['乡级', 0],
    ]);
    expect(cells(table, 'total')).toEqual({
      units: 2,
      'approved.administrative': 10,
      'actual.administrative': 10,
      'vacancies.administrative': 0,
      'approved.political-legal': 0,
      'actual.political-legal': 0,
      'vacancies.political-legal': 0,
      leaderPosts: 5,
      leaders: 3,
    });
    expect(tabulateByLevelAndSystem(sampleRollup(), { allRows: true }).rows).toHaveLength(1 + 5 * 12);
  });

  it('表1-3: administrative unit counts, 内设机构 and 挂牌机构', () => {
    const table = tabulateAdministrativeUnits(sampleRollup());
    expect(table.rows.map((r) => r.label)).toEqual(['合计', '省级', '市级', '县级', '乡级']);
    expect(cells(table, 'level:county')).toMatchObject({
      units: 2,
      'system:government': 2,
      departments: 3,
      nameplates: 1,
    });
    expect(table.columns.some((c) => c.key === 'system:none')).toBe(false);
  });

  it('表1-4: 工勤 by level, 机关 and 事业单位 apart', () => {
    expect(cells(tabulateWorkers(sampleRollup()), 'total')).toEqual({
      units: 1,
      approved: 1,
      actual: 1,
      vacancies: 0,
      'organ.approved': 1,
      'organ.actual': 1,
      'institution.approved': 0,
      'institution.actual': 0,
    });
  });

  it('表5-1: 事业单位 by category × funding form', () => {
    const rollup = rollupEstablishment(sampleTree(), [
      ...sampleRecords,
      { unitPath: `${FINANCE}/办公室`, category: '公益二类', fundingForm: '经费自理', approved: { 事业编制: 2 } },
    ]);
    const table = tabulatePublicInstitutions(rollup);
    expect(table.rows.map((r) => [r.label, r.depth])).toEqual([
      ['合计', 0],
      ['行政类', 0],
      ['公益类', 0],
      ['公益一类', 1],
      ['公益二类', 1],
      ['生产经营类', 0],
      ['暂未分类', 0],
    ]);
    expect(cells(table, 'category:public-welfare')).toMatchObject({
      'total.units': 2,
      'total.approved': 7,
      'full-appropriation.units': 1,
      'other.units': 1,
      'other.approved': 2,
    });
    expectSum(table, 'category:public-welfare', ['category:public-welfare-1', 'category:public-welfare-2']);
  });

  it('limits a table to a subtree and lists records without level or system', () => {
    const rollup = rollupEstablishment(sampleTree(), [
      ...sampleRecords,
      { unitPath: COUNTY, approved: { 行政编制: 20 } },
    ]);
    const whole = tabulateByLevelAndSystem(rollup);
    expect(whole.rows.map((r) => r.key)).toContain('level:none');
    expect(whole.rows.map((r) => r.key)).toContain('level:none/system:none');
    expect(cells(whole, 'total').units).toBe(3);
    expect(cells(tabulateByLevelAndSystem(rollup, { under: '示例县／示例县财政局' }), 'total').units).toBe(1);
    expect(cells(tabulateByLevelAndSystem(rollup, { under: '//' }), 'total').units).toBe(0);
    const chain = Array.from({ length: 12 }, (_, i) => `单位${i}`);
    const deepTree = treeOf(chain.map((_, i) => [chain.slice(0, i + 1).join('/')] as const));
    const deep = rollupEstablishment(deepTree, [{ unitPath: chain.join('/'), approved: { 行政编制: 2 } }]);
    expect(cells(tabulateByLevelAndSystem(deep, { under: chain.slice(0, 11).join('/') }), 'total').units).toBe(1);
    expect(tabulateAdministrativeUnits(rollup).columns.map((c) => c.key)).toContain('system:none');
  });

  it('never throws on junk', () => {
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    for (const junk of [null, 42, {}, { units: 'x' }] as any[]) {
      for (const tabulate of [
        tabulateByLevelAndSystem,
        tabulateAdministrativeUnits,
        tabulateWorkers,
        tabulatePublicInstitutions,
      ]) {
        expect(tabulate(junk).rows[0]!.cells.every((c) => c === 0)).toBe(true);
      }
    }
  });

  test.prop([scenarioArb, fc.boolean()])(
    '合计 is the sum of the levels, a level the sum of its systems',
    (s, roster) => {
      const scenario = buildScenario(s);
      const rollup = rollupEstablishment(scenario.tree, scenario.records, roster ? scenario.roster : undefined);
      const levels = ['level:province', 'level:prefecture', 'level:county', 'level:township', 'level:none'];
      for (const table of [
        tabulateByLevelAndSystem(rollup),
        tabulateAdministrativeUnits(rollup),
        tabulateWorkers(rollup),
      ]) {
        expectSum(table, 'total', levels);
      }
      const bySystem = tabulateByLevelAndSystem(rollup, { allRows: true });
      for (const level of levels) {
        expectSum(
          bySystem,
          level,
          bySystem.rows.filter((r) => r.key.startsWith(`${level}/`)).map((r) => r.key),
        );
      }
      const institutions = tabulatePublicInstitutions(rollup);
      expectSum(
        institutions,
        'total',
        institutions.rows.filter((r) => r.depth === 0 && r.key !== 'total').map((r) => r.key),
      );
      // Every record unit that is no 挂牌机构 is counted once: in 表1-3 (机关) or 表5-1 (事业单位).
      const counted = rollup.units.filter((u) => u.record && !u.record.nameplate).length;
      expect(
        cells(tabulateAdministrativeUnits(rollup), 'total').units! + cells(institutions, 'total')['total.units']!,
      ).toBe(counted);
    },
  );

  test.prop([scenarioArb])('a unit table adds up', (s) => {
    const scenario = buildScenario(s);
    const rollup = rollupEstablishment(scenario.tree, scenario.records, scenario.roster);
    for (const unit of rollup.units) {
      const table = tabulateUnitEstablishment(rollup, unit.path)!;
      const first = table.columns.findIndex((c) => c.key === 'actualSum');
      for (let column = first; column < first + 5; column++) {
        const parts = table.rows.slice(1).reduce((sum, row) => sum + (row.cells[column] ?? 0), 0);
        expect(table.rows[0]!.cells[column]).toBe(parts);
      }
    }
  });
});
