import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countHeadcount } from '../../src/stats/countHeadcount';
import { _consistentTrees } from '../../src/units/_MutableTree';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { _canonicalDepth, _lastScan } from '../../src/units/parseUnitPath';

// Canonical string rows take a fast path; object rows the general one: both must give the same tree and issues.
function randomPaths(seed: number, size: number, missingParents = true): string[] {
  let s = seed;
  const random = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const paths = ['县'];
  for (let i = 0; i < size; i++) {
    const base = paths[Math.floor(random() * paths.length)]!;
    const r = random();
    if (r < 0.05)
      paths.push(base); // duplicate
    else if (r < 0.1 && missingParents)
      paths.push(`${base}/缺${i}/子${i}`); // missing parent
    else if (r < 0.12)
      paths.push(`根${i % 3}`); // other roots
    else paths.push(`${base}/单位${i % 7}`);
  }
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paths[i], paths[j]] = [paths[j]!, paths[i]!];
  }
  return paths.filter((p) => p.split('/').length <= 10);
}

describe('buildUnitTree fast path for canonical strings', () => {
  for (const [createMissingParents, missingParents] of [
    [false, false],
    [false, true],
    [true, true],
  ] as const) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`matches the general path (createMissingParents ${createMissingParents}, missing parents ${missingParents}, ${locale})`, () => {
        for (const seed of [1, 2, 3]) {
          const paths = randomPaths(seed, 400, missingParents);
          const options = { createMissingParents, locale, rosterPaths: ['县/新单位/下级'] };
          const fast = buildUnitTree(paths, options);
          const general = buildUnitTree(
            paths.map((path) => ({ path })),
            options,
          );
          expect(fast.tree.nodes).toEqual(general.tree.nodes);
          expect(new Map(fast.tree.byPath)).toEqual(new Map(general.tree.byPath));
          expect(fast.tree.byPath.size).toBe(general.tree.byPath.size);
          expect(fast.tree.rootIds).toEqual(general.tree.rootIds);
          expect(JSON.stringify(fast.issues)).toBe(JSON.stringify(general.issues));
          expect(fast.issues.length).toBeGreaterThan(0);
          // Without missing parents the rows really take the fast path (it records the row order).
          expect(_consistentTrees.get(fast.tree)?.nextRowIds !== undefined).toBe(!missingParents);
        }
      });
    }
  }

  it('tells apart paths whose hashes collide (parents are compared, not assumed from the hash)', () => {
    // 'Aa' and 'BB' have the same 31-polynomial hash, and so do the paths that end with them.
    const paths = ['县/BB/下级', '县/Aa', '县', '县/BB', '县/Aa/下级', '县/Aa', 'BB', 'Aa', '县/BB/下级/Aa'];
    const fast = buildUnitTree(paths);
    const general = buildUnitTree(paths.map((path) => ({ path })));
    expect(fast.tree.nodes).toEqual(general.tree.nodes);
    expect(JSON.stringify(fast.issues)).toBe(JSON.stringify(general.issues));
    const parentOf = (path: string) => fast.tree.nodes[fast.tree.nodes[fast.tree.byPath.get(path)!]!.parentId!]!.path;
    expect(parentOf('县/BB/下级')).toBe('县/BB');
    expect(parentOf('县/Aa/下级')).toBe('县/Aa');
    expect(parentOf('县/BB/下级/Aa')).toBe('县/BB/下级');
    expect(fast.issues.map((issue) => [issue.code, issue.path[0]])).toEqual([
      ['duplicate_unit', 5],
      ['multiple_roots', undefined],
    ]);
  });

  it('hands rows made to share one hash to the general code (no quadratic probing)', () => {
    // 2^11 names of 'Aa'/'BB' pairs: every one has the same hash, and so has every path ending with one.
    let names = [''];
    for (let k = 0; k < 11; k++) names = names.flatMap((name) => [`${name}Aa`, `${name}BB`]);
    const paths = ['县', ...names.map((name) => `县/${name}`), ...names.map((name) => `县/${name}/下级`)];
    const fast = buildUnitTree(paths);
    expect(_consistentTrees.get(fast.tree)?.nextRowIds).toBeUndefined();
    const general = buildUnitTree(paths.map((path) => ({ path })));
    expect(fast.tree.nodes).toEqual(general.tree.nodes);
    expect(fast.issues).toEqual([]);
    expect(fast.tree.nodes).toHaveLength(paths.length);
  });

  it('matches the general path on any rows made of colliding names (property)', () => {
    // Few names, two of them colliding ('Aa', 'BB'): duplicates, shared prefixes, equal hashes everywhere.
    const segment = fc.constantFrom('Aa', 'BB', '县', '局');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join('/'));
    fc.assert(
      fc.property(fc.array(path, { maxLength: 40 }), (paths) => {
        const fast = buildUnitTree(paths);
        const general = buildUnitTree(paths.map((p) => ({ path: p })));
        expect(fast.tree.nodes).toEqual(general.tree.nodes);
        expect(new Map(fast.tree.byPath)).toEqual(new Map(general.tree.byPath));
        expect(fast.tree.rootIds).toEqual(general.tree.rootIds);
        expect(JSON.stringify(fast.issues)).toBe(JSON.stringify(general.issues));
      }),
      { numRuns: 300 },
    );
  });

  it('takes any iterable and paths without the root as before', () => {
    const rows = ['县', '县/局', '局/办公室'];
    const fromGenerator = buildUnitTree(
      (function* () {
        yield* rows;
      })(),
    );
    expect(fromGenerator).toEqual(buildUnitTree(rows.map((path) => ({ path }))));
    expect(fromGenerator.tree.byPath.has('县/局/办公室')).toBe(true);
  });
});

describe('countHeadcount on a tree from buildUnitTree', () => {
  it('counts as on a copy of the tree (no row-order shortcut)', () => {
    const paths = randomPaths(7, 300);
    const { tree } = buildUnitTree(paths, { createMissingParents: true });
    const roster: { unitPath: unknown }[] = [];
    for (const [i, path] of paths.entries()) {
      for (let k = 0; k < i % 4; k++) roster.push({ unitPath: i % 11 === 0 ? `${path}x` : path });
      if (i % 13 === 0) roster.push({ unitPath: paths[(i * 7) % paths.length] });
    }
    const copy = { nodes: tree.nodes, byPath: tree.byPath, rootIds: tree.rootIds };
    const a = countHeadcount(tree, roster);
    const b = countHeadcount(copy, roster);
    expect({ ...a, tree: undefined }).toEqual({ ...b, tree: undefined });
    const objectRows = buildUnitTree(
      paths.map((path) => ({ path })),
      { createMissingParents: true },
    ).tree;
    expect({ ...countHeadcount(objectRows, roster), tree: undefined }).toEqual({ ...a, tree: undefined });
  });
});

describe('_canonicalDepth', () => {
  it('hashes the path and its parent path alike (a parent hash is the hash of the parent path)', () => {
    const scan = (text: string) => (_canonicalDepth(text) > 0 ? { ..._lastScan } : undefined);
    const child = scan('县/局/办公室')!;
    const parent = scan('县/局')!;
    expect(child.parentHash).toBe(parent.hash);
    expect(child.lastSlash).toBe('县/局'.length);
    expect(scan('县')).toEqual({ hash: '县'.charCodeAt(0), parentHash: 0, lastSlash: -1 });
    expect(scan('Aa')!.hash).toBe(scan('BB')!.hash);
    expect(scan('县/局')!.hash).not.toBe(scan('县/股')!.hash);
    expect(scan('县//局')).toBeUndefined();
  });

  const CANONICAL = /^[\u3400-\u4dbf\u4e00-\u9fff0-9A-Za-z()._\-·、/]+$/;
  const reference = (text: string, maxDepth = 10, maxLength = 50): number => {
    if (!CANONICAL.test(text)) return 0;
    const segments = text.split('/');
    if (segments.length > maxDepth || segments.some((s) => s === '' || s.length > maxLength)) return 0;
    return segments.length;
  };
  it('agrees with the character class and the limits on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `县/${ch}`, `${ch}${ch}/a`, `a/${ch}/`]) {
        expect(_canonicalDepth(text)).toBe(reference(text));
      }
    }
    for (const text of [
      '',
      '/',
      'a//b',
      'a/b/c',
      '县/局/办公室',
      'a'.repeat(51),
      'a'.repeat(50),
      `${'a/'.repeat(10)}a`,
    ]) {
      expect(_canonicalDepth(text)).toBe(reference(text));
      expect(_canonicalDepth(text, { maxDepth: 2, maxSegmentLength: 3 })).toBe(reference(text, 2, 3));
    }
  });

  it('counts a roster in any order alike, the row-order shortcut given up or kept', () => {
    const paths = randomPaths(11, 500, false);
    const { tree } = buildUnitTree(paths);
    const copy = { nodes: tree.nodes, byPath: tree.byPath, rootIds: tree.rootIds };
    const inOrder = paths.map((unitPath) => ({ unitPath }));
    // Reversed first (the shortcut misses on every row and is given up), then in table order.
    for (const roster of [[...inOrder].reverse(), inOrder, [...[...inOrder].reverse(), ...inOrder]]) {
      const a = countHeadcount(tree, roster);
      const b = countHeadcount(copy, roster);
      expect({ ...a, tree: undefined }).toEqual({ ...b, tree: undefined });
      expect(a.accepted).toBe(roster.length);
    }
  });
});
