import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { EstablishmentRollup } from '../../src/stats/EstablishmentRollup';
import { mergeRollups } from '../../src/stats/mergeRollups';
import { rollupEstablishment } from '../../src/stats/rollupEstablishment';
import type { UnitTree } from '../../src/units/UnitTree';
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

const CHECKS = new Set(['over_establishment', 'leader_posts_exceeded', 'reported_actual_mismatch', 'rollup_mismatch']);

/** What must agree between a merge and a single pass: every unit by path, and the checks. */
function comparable(rollup: EstablishmentRollup) {
  const units = new Map(
    rollup.units.map((u) => [
      u.path,
      {
        parent: u.parentId === null ? null : rollup.units[u.parentId]!.path,
        children: u.childIds.map((id) => rollup.units[id]!.path).sort(),
        scope: u.scopeId === null ? null : rollup.units[u.scopeId]!.path,
        kind: u.kind,
        record: u.record,
        rosterCounted: u.rosterCounted,
        named: u.named,
        own: u.own,
        unitScope: u.scope,
        total: u.total,
      },
    ]),
  );
  const checks = rollup.issues
    .filter((i) => CHECKS.has(i.code))
    .map((i) => JSON.stringify([i.code, i.severity, i.path, i.params, i.message]))
    .sort();
  return { units, checks };
}

/** The tree of one part: its own nodes and their ancestors (so every path stays whole). */
function partTree(tree: UnitTree, members: Set<number>): UnitTree {
  const keep = new Set<number>();
  for (const id of members) {
    for (let at: number | null = id; at !== null && !keep.has(at); at = tree.nodes[at]!.parentId) keep.add(at);
  }
  return treeOf(
    [...keep]
      .sort((a, b) => a - b)
      .map((id) => [tree.nodes[id]!.path, tree.nodes[id]!.kind, tree.nodes[id]!.virtual] as const),
  );
}

function splitAndMerge({ tree, records, roster, partOf }: Scenario, withRoster: boolean, ownTrees: boolean) {
  const parts = new Map<number, Set<number>>();
  partOf.forEach((part, id) => {
    const members = parts.get(part) ?? new Set<number>();
    members.add(id);
    parts.set(part, members);
  });
  const rollups = [...parts].map(([root, members]) => {
    const inPart = (path: unknown) => members.has(tree.byPath.get(path as string)!);
    return rollupEstablishment(
      ownTrees ? partTree(tree, members) : tree,
      records.filter((r) => inPart(r.unitPath)),
      withRoster ? roster.filter((p) => inPart(p.unitPath)) : undefined,
      { source: tree.nodes[root]!.name },
    );
  });
  return { rollups, merged: mergeRollups(rollups) };
}

describe('mergeRollups', () => {
  it('gives what one pass gives: a county and its bureaus reported apart', () => {
    const tree = sampleTree();
    const roster = [
      ...people(`${CIVIL}/办公室`, '行政编制', 7),
      ...people(CENTER, '事业编制', 6, true),
      ...people(FINANCE, '行政编制', 3),
    ];
    const civilSide = (path: unknown) => String(path).startsWith(CIVIL);
    const parts = [
      rollupEstablishment(
        tree,
        sampleRecords.filter((r) => civilSide(r.unitPath)),
        roster.filter((p) => civilSide(p.unitPath)),
        { source: '民政局' },
      ),
      rollupEstablishment(
        tree,
        sampleRecords.filter((r) => !civilSide(r.unitPath)),
        roster.filter((p) => !civilSide(p.unitPath)),
        { source: '县本级' },
      ),
    ];
    const merged = mergeRollups(parts);
    const single = rollupEstablishment(tree, sampleRecords, roster);
    expect(comparable(merged)).toEqual(comparable(single));
    expect(merged.sources).toEqual(['民政局', '县本级']);
    expect(merged.units.find((u) => u.path === COUNTY)!.total.actualSum).toBe(16);
  });

  it('names units reported twice and counts them once', () => {
    const tree = sampleTree();
    const a = rollupEstablishment(tree, [{ unitPath: CIVIL, approved: { 行政编制: 6 } }], null, { source: '甲' });
    const b = rollupEstablishment(tree, [{ unitPath: CIVIL, approved: { 行政编制: 9 } }], null, { source: '乙' });
    const c = rollupEstablishment(tree, [{ unitPath: FINANCE, approved: { 行政编制: 1 } }]);
    const merged = mergeRollups([a, b, c]);
    const twice = merged.issues.filter((i) => i.code === 'reported_twice');
    expect(twice).toEqual([
      {
        code: 'reported_twice',
        severity: 'error',
        path: [CIVIL],
        params: { unit: CIVIL, sources: '甲、乙' },
        message: `单位“${CIVIL}”在多份上报中重复出现（甲、乙）`,
      },
    ]);
    expect(merged.units.find((u) => u.path === COUNTY)!.total.approvedSum).toBe(7);
    expect(merged.sources).toEqual(['甲', '乙', '#3']);
    expect(mergeRollups([a, b], { locale: 'en' }).issues[0]!.message).toBe(
      `unit "${CIVIL}" is in more than one report (甲、乙)`,
    );
  });

  it('keeps the parts’ own issues and rejected records, naming their part', () => {
    const tree = sampleTree();
    const a = rollupEstablishment(
      tree,
      [{ unitPath: '示例县/无此单位' }],
      [{ unitPath: ARCHIVE, establishmentType: '?' }],
      {
        source: '甲',
      },
    );
    const merged = mergeRollups([a, rollupEstablishment(tree, [])]);
    expect(merged.rejected).toMatchObject([{ index: 0, source: '甲' }]);
    expect(merged.issues.map((i) => [i.code, i.params.source])).toEqual([
      ['unknown_unit', '甲'],
      ['unknown_code', '甲'],
    ]);
    expect(merged.uncountedPeople).toBe(1);
  });

  it('is associative and merges one part into itself', () => {
    const tree = sampleTree();
    const one = rollupEstablishment(tree, sampleRecords.slice(0, 2), people(CENTER, '事业编制', 2));
    const two = rollupEstablishment(tree, sampleRecords.slice(2), people(FINANCE, '行政编制', 9));
    const three = rollupEstablishment(tree, [], people(`${CIVIL}/办公室`, '行政编制', 8));
    expect(comparable(mergeRollups([one]))).toEqual(comparable(one));
    expect(comparable(mergeRollups([mergeRollups([one, two]), three]))).toEqual(
      comparable(mergeRollups([one, mergeRollups([two, three])])),
    );
  });

  it('never throws on junk', () => {
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    for (const junk of [null, undefined, 42, 'x', [null, 1, {}, { units: 'x' }]] as any[]) {
      expect(mergeRollups(junk).units).toEqual([]);
    }
  });

  test.prop([scenarioArb, fc.boolean()])(
    'parts rolled up by subtree on the whole tree merge into the single pass',
    (s, withRoster) => {
      const scenario = buildScenario(s);
      const single = rollupEstablishment(scenario.tree, scenario.records, withRoster ? scenario.roster : undefined);
      const { merged } = splitAndMerge(scenario, withRoster, false);
      expect(comparable(merged)).toEqual(comparable(single));
      expect(merged.issues.filter((i) => i.code === 'reported_twice')).toEqual([]);
    },
  );

  test.prop([scenarioArb, fc.boolean()])(
    'parts rolled up on their own trees merge into the single pass',
    (s, withRoster) => {
      const scenario = buildScenario(s);
      const single = rollupEstablishment(scenario.tree, scenario.records, withRoster ? scenario.roster : undefined);
      const { merged } = splitAndMerge(scenario, withRoster, true);
      expect(comparable(merged)).toEqual(comparable(single));
    },
  );
});
