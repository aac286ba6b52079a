import { describe, expect, it } from 'vitest';
import { countHeadcount } from '../../src/stats/countHeadcount';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { _canonicalDepth } from '../../src/units/parseUnitPath';

// Canonical string rows take a fast path; object rows the general one: both must give the same tree and issues.
function randomPaths(seed: number, size: number): string[] {
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
    else if (r < 0.1)
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
  for (const createMissingParents of [false, true]) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`matches the general path (createMissingParents ${createMissingParents}, ${locale})`, () => {
        for (const seed of [1, 2, 3]) {
          const paths = randomPaths(seed, 400);
          const options = { createMissingParents, locale, rosterPaths: ['县/新单位/下级'] };
          const fast = buildUnitTree(paths, options);
          const general = buildUnitTree(
            paths.map((path) => ({ path })),
            options,
          );
          expect(fast.tree.nodes).toEqual(general.tree.nodes);
          expect([...fast.tree.byPath]).toEqual([...general.tree.byPath]);
          expect(fast.tree.rootIds).toEqual(general.tree.rootIds);
          expect(JSON.stringify(fast.issues)).toBe(JSON.stringify(general.issues));
          expect(fast.issues.length).toBeGreaterThan(0);
        }
      });
    }
  }

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
});
