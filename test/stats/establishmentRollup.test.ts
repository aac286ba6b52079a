import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { EstablishmentCounts } from '../../src/stats/EstablishmentRecord';
import type { EstablishmentFigures, EstablishmentRollup } from '../../src/stats/EstablishmentRollup';
import { rollupEstablishment } from '../../src/stats/rollupEstablishment';
import {
  ARCHIVE,
  buildScenario,
  CENTER,
  CIVIL,
  COUNTY,
  FINANCE,
  people,
  type Scenario,
  sampleRecords,
  sampleTree,
  scenarioArb,
  treeOf,
} from './_establishmentFixtures';

const ZERO: EstablishmentCounts = { administrative: 0, 'political-legal': 0, 'public-institution': 0, worker: 0 };
const TYPES = Object.keys(ZERO) as (keyof EstablishmentCounts)[];

function unit(rollup: EstablishmentRollup, path: string) {
  return rollup.units.find((u) => u.path === path)!;
}

function codes(rollup: EstablishmentRollup) {
  return rollup.issues.map((i) => `${i.code} ${i.path.join('|')}`);
}

/** The sample roster: 7 行政 in 民政局 (3 leaders in 班子成员, 2 编外 in 办公室), a 工勤 listed under the 挂牌 处. */
function sampleRoster() {
  return [
    ...people(`${CIVIL}/班子成员`, '行政编制', 3, true),
    ...people(`${CIVIL}/办公室`, '行政编制', 3),
    ...people(`${CIVIL}/办公室`, undefined, 2),
    ...people(`${CIVIL}/社会事务股`, '行政', 1),
    ...people(ARCHIVE, '工勤编制', 1),
    ...people(CENTER, '参公事业编制', 5),
    ...people(`${FINANCE}/办公室`, '行政编制', 4, false),
    ...people(FINANCE, '行政编制', 1, true),
  ];
}

describe('rollupEstablishment', () => {
  it('keeps own and total apart and adds each number once', () => {
    const rollup = rollupEstablishment(sampleTree(), sampleRecords, sampleRoster());
    const civil = unit(rollup, CIVIL);
    expect(civil.own.approved).toEqual({ ...ZERO, administrative: 6, worker: 1 });
    // The 工勤 person listed under the 挂牌 婚姻登记处 counts for 民政局 itself.
    expect(civil.own.actual).toEqual({ ...ZERO, worker: 1 });
    expect(civil.scope).toMatchObject({
      approved: { ...ZERO, administrative: 6, worker: 1 },
      actual: { ...ZERO, administrative: 7, worker: 1 },
      vacancies: { ...ZERO, administrative: -1 },
      approvedSum: 7,
      actualSum: 8,
      vacanciesSum: -1,
      leaderPosts: 3,
      leaders: 3,
      outside: 2,
    });
    // total adds the 事业单位 under it, whose scope is its own.
    expect(civil.total.approvedSum).toBe(12);
    expect(civil.total.actualSum).toBe(13);
    expect(unit(rollup, CENTER).scope!.actual['public-institution']).toBe(5);
    expect(unit(rollup, ARCHIVE).total.approvedSum).toBe(0);
    expect(unit(rollup, COUNTY).total).toMatchObject({ approvedSum: 16, actualSum: 18, leaders: 4, outside: 2 });
    expect(unit(rollup, `${CIVIL}/办公室`).scopeId).toBe(civil.id);
    expect(unit(rollup, CENTER).scopeId).toBe(unit(rollup, CENTER).id);
    expect(unit(rollup, COUNTY).scopeId).toBeNull();
    expect(codes(rollup)).toEqual([`over_establishment ${CIVIL}`, `over_establishment ${FINANCE}`]);
    expect(rollup.issues[0]).toMatchObject({
      severity: 'warning',
      params: { unit: CIVIL, type: '行政编制', typeCode: 'administrative', approved: 6, actual: 7, over: 1 },
      message: `${CIVIL}：行政编制实有 7 人，核定 6 名，超编 1 名`,
    });
  });

  it('uses the reported numbers without a roster', () => {
    const records = [
      { unitPath: CIVIL, approved: { 行政编制: 6 }, actual: { 行政编制: 5, 工勤编制: 1 }, leaderPosts: 2, leaders: 3 },
      { unitPath: ARCHIVE, nameplate: '是', approved: { 行政编制: 3 }, actual: { 行政编制: 3 } },
    ];
    const rollup = rollupEstablishment(sampleTree(), records);
    expect(unit(rollup, CIVIL).own.actual).toEqual({ ...ZERO, administrative: 5, worker: 1 });
    expect(unit(rollup, CIVIL).rosterCounted).toBe(false);
    expect(unit(rollup, ARCHIVE).own.actualSum).toBe(0);
    expect(unit(rollup, COUNTY).total).toMatchObject({ approvedSum: 6, actualSum: 6, leaderPosts: 2, leaders: 3 });
    expect(codes(rollup)).toEqual([`over_establishment ${CIVIL}`, `leader_posts_exceeded ${CIVIL}`]);
    expect(rollup.issues[1]!.message).toBe(`${CIVIL}：实配领导 3 名，核定领导职数 2 名，超配 1 名`);
  });

  it('compares reported numbers with the named roster (reported_actual_mismatch)', () => {
    const records = [
      {
        unitPath: CIVIL,
        approved: { 行政编制: 9, 工勤编制: 1 },
        actual: { 行政编制: 6, 工勤编制: 1 },
        leaderPosts: 3,
        leaders: 2,
      },
      { unitPath: ARCHIVE, nameplate: true },
    ];
    const rollup = rollupEstablishment(sampleTree(), records, sampleRoster());
    expect(codes(rollup)).toEqual([`reported_actual_mismatch ${CIVIL}`, `reported_actual_mismatch ${CIVIL}`]);
    expect(rollup.issues.map((i) => i.message)).toEqual([
      `${CIVIL}：行政编制填报实有 6 人，实名名册中为 7 人`,
      `${CIVIL}：领导职数填报实有 2 人，实名名册中为 3 人`,
    ]);
    expect(rollup.issues[0]!.severity).toBe('error');
    // The named roster is what counts.
    expect(unit(rollup, CIVIL).scope!.actual.administrative).toBe(7);
  });

  it('checks declared 合计, own and with subordinate units, without adding them (rollup_mismatch)', () => {
    const records = [
      {
        unitPath: CIVIL,
        approved: { 行政编制: 7, 工勤编制: 1 },
        declared: { own: { approved: 9, actual: 7 }, total: { actual: 12 } },
      },
      {
        unitPath: CENTER,
        approved: { 事业编制: 5 },
        declared: { own: { actual: 5 }, total: { approved: 5, actual: 5 } },
      },
      { unitPath: ARCHIVE, nameplate: true },
    ];
    const rollup = rollupEstablishment(sampleTree(), records, sampleRoster());
    expect(rollup.issues.map((i) => [i.code, i.params.field, i.params.declared, i.params.computed])).toEqual([
      ['rollup_mismatch', '本级核定编制', 9, 8],
      ['rollup_mismatch', '本级实有人数', 7, 8],
      ['rollup_mismatch', '含下属单位实有人数', 12, 13],
    ]);
    expect(rollup.issues[2]!.message).toBe(`${CIVIL}：含下属单位实有人数填报合计 12，各项之和为 13`);
    expect(unit(rollup, COUNTY).total.approvedSum).toBe(13);
  });

  it('returns records it cannot place, with the reason', () => {
    const records = [
      { unitPath: '示例县/示例县民政', approved: { 行政编制: 3 } },
      { unitPath: CIVIL, approved: { 行政编制: 3 } },
      { unitPath: `${CIVIL}/`, approved: { 行政编制: 4 } },
      { unitPath: FINANCE, approved: { 行政编制: -4 } },
      '示例县',
      { unitPath: '示例县财政局', approved: { 行政编制: 1 } },
      { unitPath: '示例县民政局', approved: { 行政编制: 1 } },
    ];
    const rollup = rollupEstablishment(sampleTree(), records);
    expect(rollup.rejected.map((r) => [r.index, r.issues.map((i) => i.code)])).toEqual([
      [0, ['unknown_unit']],
      [2, ['empty_segment', 'duplicate_unit']],
      [3, ['invalid_format']],
      [4, ['invalid_type']],
      [6, ['path_without_root', 'duplicate_unit']],
    ]);
    expect(rollup.rejected[0]!.record).toBe(records[0]);
    expect(rollup.rejected[0]!.issues[0]).toMatchObject({
      path: ['records', 0, 'unitPath'],
      params: { suggestions: expect.stringContaining(CIVIL) },
    });
    expect(rollup.rejected[1]!.issues[1]).toMatchObject({
      path: ['records', 2, 'unitPath'],
      message: `单位“${CIVIL}”重复：与第 2 行相同`,
    });
    // A path without its root is placed, with a warning.
    expect(unit(rollup, FINANCE).record).toBeDefined();
    expect(rollup.issues.filter((i) => i.code === 'path_without_root').map((i) => i.path)).toEqual([
      ['records', 5, 'unitPath'],
      ['records', 6, 'unitPath'],
    ]);
    expect(unit(rollup, COUNTY).total.approvedSum).toBe(4);
  });

  it('reports roster people it cannot count, and still counts the others', () => {
    const roster = [
      { unitPath: CIVIL, establishmentType: '行政编制' },
      { unitPath: '示例县/不存在', establishmentType: '行政编制' },
      { unitPath: '示例县/不存在', establishmentType: '行政编制' },
      { unitPath: CIVIL, establishmentType: '合同制' },
      { unitPath: CIVIL, establishmentType: '工勤', leader: '也许' },
      null,
      { unitPath: `示例县 ／ 示例县民政局`, establishmentType: '事业编制' },
      { unitPath: '示例县民政局', establishmentType: '事业编制' },
    ];
    const rollup = rollupEstablishment(sampleTree(), [], roster);
    expect(rollup.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_unit', ['roster', 1, 'unitPath']],
      ['unknown_unit', ['roster', 2, 'unitPath']],
      ['unknown_code', ['roster', 3, 'establishmentType']],
      ['invalid_format', ['roster', 4, 'leader']],
      ['invalid_type', ['roster', 5]],
      ['path_without_root', ['roster', 7, 'unitPath']],
    ]);
    expect(rollup.uncountedPeople).toBe(4);
    expect(unit(rollup, CIVIL).named.actual).toEqual({
      ...ZERO,
      administrative: 1,
      worker: 1,
      'public-institution': 2,
    });
  });

  it('reads the roster from any iterable, once', () => {
    function* roster() {
      yield* sampleRoster();
    }
    const fromGenerator = rollupEstablishment(sampleTree(), sampleRecords, roster());
    const fromArray = rollupEstablishment(sampleTree(), sampleRecords, sampleRoster());
    expect(fromGenerator).toEqual(fromArray);
  });

  it('does not recurse: a 5,000-deep chain', () => {
    const rows: [string][] = [];
    let path = '根';
    for (let i = 0; i < 5000; i++) {
      rows.push([path]);
      path += `/第${i}级`;
    }
    const tree = treeOf(rows);
    const deepest = tree.nodes[4999]!.path;
    const rollup = rollupEstablishment(
      tree,
      [
        { unitPath: '根', approved: { 行政编制: 1 } },
        { unitPath: deepest, approved: { 行政编制: 2 } },
      ],
      people(deepest, '行政编制', 3),
    );
    expect(rollup.rejected).toEqual([]);
    expect(rollup.units[0]!.total).toMatchObject({ approvedSum: 3, actualSum: 3 });
    expect(rollup.units[0]!.scope!.actualSum).toBe(0);
    expect(codes(rollup)).toEqual([`over_establishment ${deepest}`]);
    expect(rollup.units[2500]!.total.actualSum).toBe(3);
  });

  it.each([null, undefined, 42, 'x', {}, { nodes: 'x' }])('never throws on a junk tree (%#)', (tree) => {
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    const rollup = rollupEstablishment(tree as any, sampleRecords, sampleRoster());
    expect(rollup.units).toEqual([]);
    expect(rollup.rejected).toHaveLength(sampleRecords.length);
  });

  it.each([null, 42, 'x', {}])('never throws on junk records or roster (%#)', (junk) => {
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    expect(() => rollupEstablishment(sampleTree(), junk as any, junk as any)).not.toThrow();
  });

  it('speaks English on request', () => {
    const rollup = rollupEstablishment(sampleTree(), sampleRecords, sampleRoster(), { locale: 'en' });
    expect(rollup.issues[0]!.message).toBe(
      `${CIVIL}: 7 actual staff of type administrative establishment exceed the approved 6 by 1`,
    );
  });

  const sum = (f: EstablishmentFigures, g: EstablishmentFigures) => {
    for (const type of TYPES) {
      f.approved[type] += g.approved[type];
      f.actual[type] += g.actual[type];
    }
    f.leaderPosts += g.leaderPosts;
    f.leaders += g.leaders;
    f.outside += g.outside;
  };
  const copy = (f: EstablishmentFigures): EstablishmentFigures => structuredClone(f);
  const core = (f: EstablishmentFigures) => ({
    approved: f.approved,
    actual: f.actual,
    leaderPosts: f.leaderPosts,
    leaders: f.leaders,
    outside: f.outside,
  });

  function checkInvariants({ tree, records, roster }: Scenario, withRoster: boolean) {
    const rollup = rollupEstablishment(tree, records, withRoster ? roster : undefined);
    expect(rollup.rejected).toEqual([]);
    const all = rollup.units.map((u) => copy(u.own));
    let owns = copy(rollup.units[0]!.own);
    for (const f of all.slice(1)) sum(owns, f);
    // total of a node = own + its children's totals
    for (const u of rollup.units) {
      const expected = copy(u.own);
      for (const child of u.childIds) sum(expected, rollup.units[child]!.total);
      expect(core(u.total)).toEqual(core(expected));
      for (const type of TYPES) {
        expect(u.total.vacancies[type]).toBe(u.total.approved[type] - u.total.actual[type]);
      }
      expect(u.total.actualSum).toBe(TYPES.reduce((s, t) => s + u.total.actual[t], 0));
      // 挂牌机构 add nothing (a root has no host to count its people for)
      if (u.record?.nameplate && u.parentId !== null)
        expect(u.own.approvedSum + u.own.actualSum + u.own.leaders).toBe(0);
    }
    // the roots' totals = every own, and (with a roster) every person counted once
    const roots = copy(rollup.units[tree.rootIds[0]!]!.total);
    for (const id of tree.rootIds.slice(1)) sum(roots, rollup.units[id]!.total);
    expect(core(roots)).toEqual(core(owns));
    if (withRoster) {
      owns = roots;
      const people = TYPES.reduce((s, t) => s + owns.actual[t], 0) + owns.outside;
      expect(people).toBe(roster.length);
      expect(owns.leaders).toBe(roster.filter((p) => p.leader === '是').length);
    }
    // each scope is the sum of the owns of its members
    const scopes = new Map<number, EstablishmentFigures>();
    for (const u of rollup.units) {
      if (u.scopeId === null) continue;
      const s = scopes.get(u.scopeId);
      if (s) sum(s, u.own);
      else scopes.set(u.scopeId, copy(u.own));
    }
    for (const [id, s] of scopes) expect(core(rollup.units[id]!.scope!)).toEqual(core(s));
  }

  test.prop([scenarioArb])('invariants with a named roster', (s) => checkInvariants(buildScenario(s), true));
  test.prop([scenarioArb])('invariants with reported numbers', (s) => checkInvariants(buildScenario(s), false));
});
