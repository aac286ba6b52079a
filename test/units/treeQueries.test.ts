import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { exportNestedUnits, type NestedUnit } from '../../src/units/exportNestedUnits';
import { exportUnitRows } from '../../src/units/exportUnitRows';
import { getAncestors } from '../../src/units/getAncestors';
import { getChildren } from '../../src/units/getChildren';
import { getUnit } from '../../src/units/getUnit';
import type { UnitTree } from '../../src/units/UnitTree';
import { walkUnits } from '../../src/units/walkUnits';

const ROOT = '屈原管理区';
const { tree } = buildUnitTree([
  ROOT,
  { path: `${ROOT}/班子成员`, kind: '部门', virtual: '是' },
  `${ROOT}/甲局`,
  { path: `${ROOT}/甲局/办公室`, kind: '部门' },
  `${ROOT}/甲局/二层单位`,
  `${ROOT}/乙局`,
]);
const names = (nodes: Iterable<{ name: string }>) => [...nodes].map((n) => n.name);

/** A chain a/a/a… of `length` levels. */
function chain(length: number): UnitTree {
  const paths: string[] = [];
  for (let depth = 0, path = 'a'; depth < length; depth++, path += '/a') paths.push(path);
  return buildUnitTree(paths, { maxDepth: length }).tree;
}

describe('tree queries', () => {
  it('getUnit finds by id or by path as written, exactly', () => {
    expect(getUnit(tree, 2)?.path).toBe(`${ROOT}/甲局`);
    expect(getUnit(tree, `${ROOT} ／ 甲局`)?.id).toBe(2);
    expect(getUnit(tree, '甲局')).toBeUndefined(); // no root guessing: that is resolveUnitPath's job
    for (const input of [99, 1.5, -1, null, {}, '']) expect(getUnit(tree, input)).toBeUndefined();
  });

  it('getChildren and getAncestors', () => {
    expect(names(getChildren(tree, 0))).toEqual(['班子成员', '甲局', '乙局']);
    expect(names(getChildren(tree, 3))).toEqual([]);
    expect(names(getChildren(tree, 42))).toEqual([]);
    expect(names(getAncestors(tree, 4))).toEqual([ROOT, '甲局']);
    expect(getAncestors(tree, 0)).toEqual([]);
    expect(getAncestors(tree, 42)).toEqual([]);
  });

  it('walkUnits in pre and post order, whole tree or a subtree', () => {
    expect(names(walkUnits(tree))).toEqual([ROOT, '班子成员', '甲局', '办公室', '二层单位', '乙局']);
    expect(names(walkUnits(tree, { order: 'post' }))).toEqual(['班子成员', '办公室', '二层单位', '甲局', '乙局', ROOT]);
    expect(names(walkUnits(tree, { from: 2 }))).toEqual(['甲局', '办公室', '二层单位']);
    expect(names(walkUnits(tree, { from: 2, order: 'post' }))).toEqual(['办公室', '二层单位', '甲局']);
    expect(names(walkUnits(tree, { from: 99 }))).toEqual([]);
  });

  it('exportUnitRows gives id/parentId rows, parents first', () => {
    expect(exportUnitRows(tree)[1]).toEqual({
      id: 1,
      parentId: 0,
      name: '班子成员',
      path: `${ROOT}/班子成员`,
      kind: 'department',
      virtual: true,
    });
    // ids go level by level (rows are inserted by depth), children in input order
    expect(exportUnitRows(tree).map((r) => [r.name, r.parentId])).toEqual([
      [ROOT, null],
      ['班子成员', 0],
      ['甲局', 0],
      ['乙局', 0],
      ['办公室', 2],
      ['二层单位', 2],
    ]);
  });

  it('exportNestedUnits nests the whole tree or a subtree', () => {
    const [root] = exportNestedUnits(tree);
    expect(root?.children.map((c) => c.name)).toEqual(['班子成员', '甲局', '乙局']);
    expect(root?.children[1]?.children.map((c) => [c.name, c.kind])).toEqual([
      ['办公室', 'department'],
      ['二层单位', 'unit'],
    ]);
    const sub = exportNestedUnits(tree, 2);
    expect(sub).toHaveLength(1);
    expect(sub[0]?.name).toBe('甲局');
    expect(sub[0]?.children).toHaveLength(2);
    expect(exportNestedUnits(buildUnitTree([]).tree)).toEqual([]);
  });

  it('handles a 5,000-deep chain: build, walk both ways, ancestors, exports — no stack overflow', () => {
    const deep = chain(5000);
    expect(deep.nodes).toHaveLength(5000);
    const pre = [...walkUnits(deep)].map((n) => n.id);
    expect(pre).toHaveLength(5000);
    expect(pre[0]).toBe(0);
    expect(pre[4999]).toBe(4999);
    const post = [...walkUnits(deep, { order: 'post' })].map((n) => n.id);
    expect(post[0]).toBe(4999);
    expect(post[4999]).toBe(0);
    expect(getAncestors(deep, 4999)).toHaveLength(4999);
    let nested: NestedUnit | undefined = exportNestedUnits(deep)[0];
    let levels = 0;
    while (nested) {
      levels++;
      nested = nested.children[0];
    }
    expect(levels).toBe(5000);
    expect(exportUnitRows(deep)[4999]?.parentId).toBe(4998);
  });
});

/** A random forest: node i's parent is a smaller index (or none), names unique among siblings. */
const forest = fc
  .array(
    fc.record({
      parent: fc.nat(),
      rootless: fc.boolean(),
      name: fc.constantFrom('办公室', '民政局', '财政局', '营田镇', '社区', 'A厂', '科(一)'),
      department: fc.boolean(),
      virtual: fc.boolean(),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((specs) => {
    const paths: string[] = [];
    const used = new Set<string>();
    specs.forEach((spec, i) => {
      const parent = i === 0 || (spec.rootless && i % 7 === 0) ? undefined : paths[spec.parent % i];
      let path = parent === undefined ? spec.name : `${parent}/${spec.name}`;
      if (parent !== undefined && path.split('/').length > 10) path = `${paths[0]}/${spec.name}`;
      while (used.has(path)) path += '甲';
      used.add(path);
      paths.push(path);
    });
    return specs.map((spec, i) => ({
      path: paths[i]!,
      kind: spec.department && i > 0 ? '部门' : '单位',
      virtual: spec.virtual ? '是' : '否',
    }));
  });

describe('unit tree properties', () => {
  test.prop([forest, fc.integer()])(
    'rows in any order → tree → exportUnitRows → rebuild gives the same tree',
    (rows, seed) => {
      const shuffled = [...rows].sort(
        (a, b) => ((a.path.length * 31 + seed) % 17) - ((b.path.length * 31 + seed) % 17),
      );
      const first = buildUnitTree(shuffled);
      expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(first.tree.nodes).toHaveLength(rows.length);
      const exported = exportUnitRows(first.tree);
      const again = buildUnitTree(
        exported.map((r) => ({ path: r.path, kind: r.kind === 'department' ? '部门' : '单位', virtual: r.virtual })),
      );
      expect(exportUnitRows(again.tree)).toEqual(exported);
      for (const row of rows) {
        const node = getUnit(first.tree, row.path);
        expect(node?.kind).toBe(row.kind === '部门' ? 'department' : 'unit');
        expect(node?.virtual).toBe(row.virtual === '是');
        const parentPath = row.path.includes('/') ? row.path.slice(0, row.path.lastIndexOf('/')) : undefined;
        expect(node?.parentId === null ? undefined : first.tree.nodes[node!.parentId]!.path).toBe(parentPath);
      }
    },
  );

  test.prop([forest])('walks agree with the ids: every node once, parents before children in pre-order', (rows) => {
    const { tree: random } = buildUnitTree(rows);
    const pre = [...walkUnits(random)].map((n) => n.id);
    const post = [...walkUnits(random, { order: 'post' })].map((n) => n.id);
    expect([...pre].sort((a, b) => a - b)).toEqual(random.nodes.map((n) => n.id));
    expect([...post].sort((a, b) => a - b)).toEqual(random.nodes.map((n) => n.id));
    const seenPre = new Set<number>();
    for (const id of pre) {
      const parent = random.nodes[id]!.parentId;
      if (parent !== null) expect(seenPre.has(parent)).toBe(true);
      seenPre.add(id);
    }
    const seenPost = new Set<number>();
    for (const id of post) {
      for (const child of random.nodes[id]!.childIds) expect(seenPost.has(child)).toBe(true);
      seenPost.add(id);
    }
    const nestedCount = (units: NestedUnit[]): number => {
      let count = 0;
      const stack = [...units];
      while (stack.length) {
        count++;
        stack.push(...stack.pop()!.children);
      }
      return count;
    };
    expect(nestedCount(exportNestedUnits(random))).toBe(random.nodes.length);
  });
});
