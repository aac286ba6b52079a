import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { getChildren } from '../../src/units/getChildren';
import type { UnitTree } from '../../src/units/UnitTree';

const ROOT = '屈原管理区';
const WORK = `${ROOT}/屈原管理区管委工作部门`;
const codes = (issues: { code: string; severity: string; path: unknown[] }[]) =>
  issues.map((i) => [i.code, i.severity, ...i.path]);
const paths = (tree: UnitTree) => tree.nodes.map((n) => n.path);

describe('buildUnitTree', () => {
  it('builds the tree from 单位基本情况表 rows with their fields', () => {
    const { tree, issues } = buildUnitTree([
      { path: ROOT, kind: '单位', uscc: '91350100M000100Y43' },
      { path: `${ROOT}/班子成员`, kind: '部门', virtual: '是' },
      { path: WORK, kind: '单位', virtual: '否', leaderPhone: '0730-1234567' },
      { path: `${WORK}/屈原管理区民政局`, kind: 'unit', leaderPhone: '138 1234 5678' },
      { path: `${WORK}/屈原管理区民政局/办公室`, kind: '内设机构' },
    ]);
    expect(issues).toEqual([]);
    expect(tree.rootIds).toEqual([0]);
    expect(tree.nodes.map((n) => [n.id, n.name, n.parentId, n.depth, n.kind, n.virtual, n.row])).toEqual([
      [0, ROOT, null, 0, 'unit', false, 0],
      [1, '班子成员', 0, 1, 'department', true, 1],
      [2, '屈原管理区管委工作部门', 0, 1, 'unit', false, 2],
      [3, '屈原管理区民政局', 2, 2, 'unit', false, 3],
      [4, '办公室', 3, 3, 'department', false, 4],
    ]);
    expect(tree.nodes[0]?.uscc).toBe('91350100M000100Y43');
    expect(tree.nodes[2]?.leaderPhone).toBe('0730-1234567');
    expect(tree.nodes[3]?.leaderPhone).toBe('13812345678');
    expect(tree.byPath.get(`${WORK}/屈原管理区民政局/办公室`)).toBe(4);
    expect(getChildren(tree, 0).map((n) => n.name)).toEqual(['班子成员', '屈原管理区管委工作部门']);
  });

  it('accepts rows in any order and plain path strings, keeping input order among siblings', () => {
    const { tree, issues } = buildUnitTree([`${WORK}/乙局`, `${WORK}/甲局`, WORK, ROOT]);
    expect(issues).toEqual([]);
    expect(paths(tree)).toEqual([ROOT, WORK, `${WORK}/乙局`, `${WORK}/甲局`]);
    for (const node of tree.nodes) if (node.parentId !== null) expect(node.parentId).toBeLessThan(node.id);
  });

  it('normalises paths as parseUnitPath does', () => {
    const { tree, issues } = buildUnitTree([
      ROOT,
      '屈原管理区 ／ 屈原管理区管委 工作部门',
      `${WORK}\\屈原管理区民政局`,
    ]);
    expect(issues).toEqual([]);
    expect(paths(tree)).toEqual([ROOT, WORK, `${WORK}/屈原管理区民政局`]);
  });

  it('resolves a path that omits the root when it is unambiguous (path_without_root warning)', () => {
    const { tree, issues } = buildUnitTree([ROOT, WORK, '屈原管理区管委工作部门/屈原管理区民政局']);
    expect(codes(issues)).toEqual([['path_without_root', 'warning', 2, 'path']]);
    expect(issues[0]?.params).toMatchObject({ resolved: true, path: `${WORK}/屈原管理区民政局` });
    expect(issues[0]?.message).toBe(
      '路径“屈原管理区管委工作部门/屈原管理区民政局”省略了顶级单位，已按“屈原管理区/屈原管理区管委工作部门/屈原管理区民政局”处理',
    );
    expect(tree.byPath.has(`${WORK}/屈原管理区民政局`)).toBe(true);
  });

  it('rejects a path that omits the root when it has several readings', () => {
    const { tree, issues } = buildUnitTree([
      ROOT,
      `${ROOT}/甲局`,
      `${ROOT}/乙局`,
      `${ROOT}/甲局/办公室`,
      `${ROOT}/乙局/办公室`,
      '办公室/文印室',
    ]);
    expect(codes(issues)).toEqual([['path_without_root', 'error', 5, 'path']]);
    expect(issues[0]?.params.candidates).toBe(`${ROOT}/甲局/办公室/文印室、${ROOT}/乙局/办公室/文印室`);
    expect(tree.nodes).toHaveLength(5);
  });

  it('reports missing_parent and leaves the row out, unless asked to create the parents', () => {
    const rows = [ROOT, `${WORK}/屈原管理区民政局/办公室`];
    const strict = buildUnitTree(rows);
    expect(codes(strict.issues)).toEqual([['missing_parent', 'error', 1, 'path']]);
    expect(strict.issues[0]?.params).toEqual({ parent: WORK, created: false });
    expect(strict.issues[0]?.message).toBe(`上级单位“${WORK}”不在单位表中`);
    expect(paths(strict.tree)).toEqual([ROOT]);

    const lenient = buildUnitTree(rows, { createMissingParents: true });
    expect(codes(lenient.issues)).toEqual([
      ['missing_parent', 'warning', 1, 'path'],
      ['missing_parent', 'warning', 1, 'path'],
    ]);
    expect(lenient.issues.map((i) => i.params.parent)).toEqual([WORK, `${WORK}/屈原管理区民政局`]);
    expect(lenient.tree.nodes.map((n) => [n.path, n.created ?? false, n.row])).toEqual([
      [ROOT, false, 0],
      [WORK, true, undefined],
      [`${WORK}/屈原管理区民政局`, true, undefined],
      [`${WORK}/屈原管理区民政局/办公室`, false, 1],
    ]);
  });

  it('does not reject the descendants of a declared row because of the order of a same-depth row', () => {
    // "乙局/办公室" resolves to a depth-3 path whose parent is a depth-2 row declared later in the input.
    const { tree, issues } = buildUnitTree([
      ROOT,
      `${ROOT}/甲局/办公室`,
      '乙局/办公室',
      `${ROOT}/甲局`,
      `${ROOT}/乙局`,
    ]);
    expect(codes(issues)).toEqual([['path_without_root', 'warning', 2, 'path']]);
    expect(tree.byPath.has(`${ROOT}/乙局/办公室`)).toBe(true);
  });

  it('reports duplicate_unit with the first row, also when one of them omits the root', () => {
    const { tree, issues } = buildUnitTree([
      ROOT,
      WORK,
      { path: WORK, kind: '部门' },
      '屈原管理区管委工作部门/民政局',
      `${WORK}/民政局`,
    ]);
    expect(codes(issues)).toEqual([
      ['duplicate_unit', 'error', 2, 'path'],
      ['path_without_root', 'warning', 3, 'path'],
      ['duplicate_unit', 'error', 4, 'path'],
    ]);
    expect(issues[0]?.params).toEqual({ path: WORK, otherRow: 2 });
    expect(issues[0]?.message).toBe(`单位“${WORK}”重复：与第 2 行相同`);
    expect(issues[2]?.params).toEqual({ path: `${WORK}/民政局`, otherRow: 4 });
    expect(tree.nodes[1]?.kind).toBe('unit');
    expect(tree.nodes).toHaveLength(3);
  });

  it('reports a duplicate of a row that was itself rejected', () => {
    const { issues } = buildUnitTree([ROOT, `${ROOT}/甲/乙`, `${ROOT}/甲/乙`]);
    expect(codes(issues)).toEqual([
      ['missing_parent', 'error', 1, 'path'],
      ['duplicate_unit', 'error', 2, 'path'],
    ]);
  });

  it('warns about several roots', () => {
    const { tree, issues } = buildUnitTree(['甲县', '乙县', '丙县/民政局'], { createMissingParents: true });
    expect(tree.rootIds).toHaveLength(3);
    expect(codes(issues)).toEqual([
      ['missing_parent', 'warning', 2, 'path'],
      ['multiple_roots', 'warning'],
    ]);
    expect(issues[1]?.params).toEqual({ count: 3, roots: '甲县、乙县、丙县' });
    expect(buildUnitTree(Array.from({ length: 7 }, (_, i) => `县${i}`)).issues[0]?.params.roots).toBe(
      '县0、县1、县2、县3、县4 …',
    );
  });

  it('reports bad fields of a row at their paths and keeps the row', () => {
    const { tree, issues } = buildUnitTree([
      { path: ROOT, kind: '机关', virtual: '也许', uscc: '91350100M000100Y44', leaderPhone: '1381234567' },
      { path: `${ROOT}/甲`, kind: 'constructor' },
      { path: `${ROOT}/乙`, kind: 'toString', virtual: '__proto__' },
    ]);
    expect(codes(issues)).toEqual([
      ['invalid_format', 'error', 0, 'virtual'],
      ['invalid_format', 'error', 0, 'kind'],
      ['invalid_checksum', 'error', 0, 'uscc'],
      expect.arrayContaining(['error', 0, 'leaderPhone']),
      ['invalid_format', 'error', 1, 'kind'],
      ['invalid_format', 'error', 2, 'virtual'],
      ['invalid_format', 'error', 2, 'kind'],
    ]);
    expect(tree.nodes.map((n) => n.kind)).toEqual(['unit', 'unit', 'unit']);
    expect(tree.nodes[0]?.uscc).toBeUndefined();
  });

  it('reports rows whose path is missing or bad and leaves them out', () => {
    const { tree, issues } = buildUnitTree([ROOT, {}, null, 42, `${ROOT}//甲`, { path: '  ' }, ['x']]);
    expect(codes(issues)).toEqual([
      ['required', 'error', 1, 'path'],
      ['required', 'error', 2],
      ['invalid_type', 'error', 3],
      ['empty_segment', 'error', 4, 'path'],
      ['required', 'error', 5, 'path'],
      ['invalid_type', 'error', 6],
    ]);
    expect(paths(tree)).toEqual([ROOT]);
  });

  it('adds roster paths that are missing, reading a root-less path against the table', () => {
    const { tree, issues } = buildUnitTree([ROOT, WORK], {
      rosterPaths: [
        `${WORK}/屈原管理区民政局/办公室`,
        '屈原管理区管委工作部门/屈原管理区财政局',
        WORK,
        '',
        '屈原管理区//x',
        `${ROOT}/屈原管理区民政局`,
      ],
    });
    expect(issues).toEqual([]);
    expect(tree.nodes.slice(2).map((n) => [n.path, n.created])).toEqual([
      [`${WORK}/屈原管理区民政局`, true],
      [`${WORK}/屈原管理区民政局/办公室`, true],
      [`${WORK}/屈原管理区财政局`, true],
      [`${ROOT}/屈原管理区民政局`, true],
    ]);
    expect(tree.rootIds).toEqual([0]);
  });

  it('does not make an ambiguous root-less roster path a new root', () => {
    const { tree } = buildUnitTree([ROOT, `${ROOT}/甲局/办公室`, `${ROOT}/乙局/办公室`], {
      createMissingParents: true,
      rosterPaths: ['办公室/文印室'],
    });
    expect(tree.rootIds).toEqual([0]);
    expect(tree.byPath.has('办公室/文印室')).toBe(false);
  });

  it('builds a tree from a roster alone', () => {
    const { tree, issues } = buildUnitTree([], { rosterPaths: [`${ROOT}/甲/乙`, `${ROOT}/甲/丙`, `${ROOT}/丁`] });
    expect(issues).toEqual([]);
    expect(paths(tree)).toEqual([ROOT, `${ROOT}/甲`, `${ROOT}/甲/乙`, `${ROOT}/甲/丙`, `${ROOT}/丁`]);
  });

  it('accepts any iterable, and reports what is no list without throwing', () => {
    function* rows() {
      yield ROOT;
      yield WORK;
    }
    expect(buildUnitTree(rows()).tree.nodes).toHaveLength(2);
    expect(buildUnitTree(new Set([ROOT])).tree.nodes).toHaveLength(1);
    for (const input of [undefined, null, 42, {}, Symbol('x')]) {
      const { tree, issues } = buildUnitTree(input as unknown as Iterable<unknown>);
      expect(tree.nodes).toEqual([]);
      expect(issues.map((i) => i.code)).toEqual([input == null ? 'required' : 'invalid_format']);
    }
  });

  it('gives English messages on request', () => {
    const { issues } = buildUnitTree([ROOT, ROOT], { locale: 'en' });
    expect(issues[0]?.message).toBe(`unit "${ROOT}" appears twice: same as row 1`);
  });

  it('builds a 5,000-deep chain from paths (maxDepth raised) without recursion', () => {
    const chain = Array.from({ length: 5000 }, (_, depth) => Array.from({ length: depth + 1 }, () => 'a').join('/'));
    const { tree, issues } = buildUnitTree(chain.reverse(), { maxDepth: 5000 });
    expect(issues).toEqual([]);
    expect(tree.nodes).toHaveLength(5000);
    expect(tree.nodes[4999]?.depth).toBe(4999);
    expect(tree.nodes[4999]?.parentId).toBe(4998);
  });

  test.prop([fc.array(fc.anything(), { maxLength: 20 })])('never throws on junk rows', (rows) => {
    const { tree, issues } = buildUnitTree(rows, { createMissingParents: true, rosterPaths: rows });
    expect(Array.isArray(issues)).toBe(true);
    tree.nodes.forEach((node, id) => {
      expect(node.id).toBe(id);
      if (node.parentId !== null) expect(node.parentId).toBeLessThan(id);
    });
  });
});
