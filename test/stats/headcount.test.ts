import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countHeadcount, headcountOf } from '../../src/stats/countHeadcount';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import type { UnitTree } from '../../src/units/UnitTree';

const ROOT = '屈原管理区';
const WORK = `${ROOT}/屈原管理区管委工作部门`;
const { tree } = buildUnitTree([
  ROOT,
  { path: `${ROOT}/班子成员`, kind: '部门', virtual: '是' },
  WORK,
  `${WORK}/屈原管理区行政审批服务局`,
  `${WORK}/屈原管理区民政局`,
  { path: `${WORK}/屈原管理区民政局/办公室`, kind: '部门' },
]);
const id = (path: string) => tree.byPath.get(path)!;
const people = (...paths: unknown[]) => paths.map((unitPath, i) => ({ name: `人员${i}`, unitPath }));

describe('countHeadcount', () => {
  it('counts people per node (own) and per subtree (total)', () => {
    const count = countHeadcount(
      tree,
      people(
        `${ROOT}/班子成员`,
        `${ROOT}/班子成员`,
        `${WORK}/屈原管理区民政局`,
        `${WORK}/屈原管理区民政局/办公室`,
        `${WORK}/屈原管理区民政局/办公室`,
        ROOT,
      ),
    );
    expect(count.rows).toBe(6);
    expect(count.accepted).toBe(6);
    expect(count.unresolved).toEqual([]);
    expect(count.own).toBeInstanceOf(Float64Array);
    expect(count.own[id(`${ROOT}/班子成员`)]).toBe(2);
    expect(count.own[id(`${WORK}/屈原管理区民政局`)]).toBe(1);
    expect(count.total[id(`${WORK}/屈原管理区民政局`)]).toBe(3);
    expect(count.total[id(WORK)]).toBe(3);
    expect(count.own[id(ROOT)]).toBe(1);
    expect(count.total[id(ROOT)]).toBe(6);
    expect(count.total[id(`${WORK}/屈原管理区行政审批服务局`)]).toBe(0);
  });

  it('lists people whose path does not resolve, with the issue and suggestions, never dropping them', () => {
    const count = countHeadcount(
      tree,
      people(`${WORK}/屈原管理区民政局`, `${WORK}/屈原管理区行政审批局`, '', `${WORK}/屈原管理区行政审批局`),
    );
    expect(count.accepted).toBe(1);
    expect(count.accepted + count.unresolved.length).toBe(count.rows);
    expect(count.unresolved.map((u) => [u.index, u.unitPath, u.issues.map((i) => i.code)])).toEqual([
      [1, `${WORK}/屈原管理区行政审批局`, ['unknown_unit']],
      [2, '', ['required']],
      [3, `${WORK}/屈原管理区行政审批局`, ['unknown_unit']],
    ]);
    const issue = count.unresolved[0]!.issues[0]!;
    expect(issue.path).toEqual([1, 'unitPath']);
    expect(issue.params.suggestionList).toContain(`${WORK}/屈原管理区行政审批服务局`);
    expect(issue.message).toContain('是否为：屈原管理区/屈原管理区管委工作部门/屈原管理区行政审批服务局');
    expect(count.unresolved[1]!.issues[0]!.path).toEqual([2, 'unitPath']);
    expect(count.unresolved[2]!.issues[0]!.path).toEqual([3, 'unitPath']);
  });

  it('counts paths written loosely, and a root-less path once per distinct text with a warning', () => {
    const count = countHeadcount(
      tree,
      people(
        '屈原管理区 ／ 屈原管理区管委工作部门／屈原管理 区民政局',
        '屈原管理区管委工作部门/屈原管理区民政局',
        `${WORK}/屈原管理区民政局/`,
        '屈原管理区管委工作部门/屈原管理区民政局',
      ),
    );
    expect(count.accepted).toBe(4);
    expect(count.own[id(`${WORK}/屈原管理区民政局`)]).toBe(4);
    expect(count.warnings.map((w) => [w.unitPath, w.count, w.firstIndex, w.issues.map((i) => i.code)])).toEqual([
      ['屈原管理区管委工作部门/屈原管理区民政局', 2, 1, ['path_without_root']],
      [`${WORK}/屈原管理区民政局/`, 1, 2, ['empty_segment']],
    ]);
  });

  it('reads the path with unitPathOf (raw sheet rows), issue paths then start at the row', () => {
    const rows = [{ 部门名称: ROOT }, { 部门名称: '不存在' }];
    const count = countHeadcount(tree, rows, { unitPathOf: (row) => row.部门名称 });
    expect(count.accepted).toBe(1);
    expect(count.unresolved[0]?.issues[0]?.path).toEqual([1]);
  });

  it('treats junk people and throwing getters as blank paths, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const count = countHeadcount(tree, [null, 42, 'x', {}, hostile, { unitPath: 42 }, { unitPath: {} }] as unknown[]);
    expect(count.rows).toBe(7);
    expect(count.accepted).toBe(0);
    expect(count.unresolved.map((u) => u.issues[0]?.code)).toEqual([
      'required',
      'required',
      'required',
      'required',
      'required',
      'unknown_unit',
      'invalid_type',
    ]);
    const thrower = countHeadcount(tree, [{}], {
      unitPathOf: () => {
        throw new Error('boom');
      },
    });
    expect(thrower.unresolved).toHaveLength(1);
  });

  it('reads any iterable once, and reports what is no list', () => {
    function* roster() {
      for (let i = 0; i < 1000; i++) yield { unitPath: i % 2 ? ROOT : `${ROOT}/班子成员` };
    }
    const count = countHeadcount(tree, roster());
    expect([count.rows, count.accepted, count.total[0]]).toEqual([1000, 1000, 1000]);
    for (const input of [null, undefined, 42, {}]) {
      const bad = countHeadcount(tree, input as unknown as Iterable<unknown>);
      expect(bad.rows).toBe(0);
      expect(bad.issues.map((i) => i.code)).toEqual([input == null ? 'required' : 'invalid_format']);
    }
    expect(countHeadcount(tree, []).issues).toEqual([]);
  });

  it('treats something that is no tree as an empty one: everybody unresolved, nothing thrown', () => {
    for (const junk of [null, undefined, 42, {}, { nodes: 'x' }]) {
      const count = countHeadcount(junk as never, people(ROOT));
      expect([count.rows, count.accepted, count.unresolved[0]?.issues[0]?.code]).toEqual([1, 0, 'unknown_unit']);
    }
    expect(headcountOf(null as never, ROOT)).toBeUndefined();
    expect(headcountOf({} as never, 0)).toBeUndefined();
  });

  it('gives English messages on request', () => {
    const count = countHeadcount(tree, people('不存在'), { locale: 'en' });
    expect(count.unresolved[0]?.issues[0]?.message).toMatch(/^unit "不存在" is not in the unit tree/);
  });

  it('headcountOf reads one node by path or id', () => {
    const count = countHeadcount(tree, people(`${WORK}/屈原管理区民政局/办公室`, ROOT));
    expect(headcountOf(count, `${WORK} ／ 屈原管理区民政局`)).toEqual({
      id: id(`${WORK}/屈原管理区民政局`),
      name: '屈原管理区民政局',
      path: `${WORK}/屈原管理区民政局`,
      own: 0,
      total: 1,
    });
    expect(headcountOf(count, 0)?.total).toBe(2);
    expect(headcountOf(count, '不存在')).toBeUndefined();
    expect(headcountOf(count, 999)).toBeUndefined();
  });

  it('counts and rolls up a 5,000-deep chain without recursion', () => {
    const paths: string[] = [];
    for (let depth = 0, path = 'a'; depth < 5000; depth++, path += '/a') paths.push(path);
    const { tree: deep } = buildUnitTree(paths, { maxDepth: 5000 });
    const count = countHeadcount(
      deep,
      paths.map((unitPath) => ({ unitPath })),
      { maxDepth: 5000 },
    );
    expect(count.accepted).toBe(5000);
    expect(count.total[0]).toBe(5000);
    expect(count.total[4999]).toBe(1);
    expect(count.total[2500]).toBe(2500);
  });
});

/** Random tree (parents before children) and random people, some on unknown paths. */
const scenario = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    people: fc.array(fc.nat(), { maxLength: 200 }),
  })
  .map(({ parents, people }) => {
    const paths = ['根'];
    parents.forEach((p, i) => {
      const parent = paths[p % paths.length]!;
      paths.push(parent.split('/').length < 10 ? `${parent}/单位${i}` : `根/单位${i}`);
    });
    return { paths, people: people.map((n) => (n % 10 === 9 ? `根/不存在${n}` : paths[n % paths.length]!)) };
  });

function bruteTotal(random: UnitTree, own: Float64Array, id: number): number {
  let total = 0;
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    total += own[next]!;
    stack.push(...random.nodes[next]!.childIds);
  }
  return total;
}

describe('countHeadcount properties', () => {
  test.prop([scenario])('accepted + unresolved = rows, and each total is the sum over the subtree', (input) => {
    const { tree: random } = buildUnitTree(input.paths);
    const count = countHeadcount(
      random,
      input.people.map((unitPath) => ({ unitPath })),
    );
    expect(count.rows).toBe(input.people.length);
    expect(count.accepted + count.unresolved.length).toBe(count.rows);
    let sumOwn = 0;
    for (const value of count.own) sumOwn += value;
    expect(sumOwn).toBe(count.accepted);
    for (const node of random.nodes) expect(count.total[node.id]).toBe(bruteTotal(random, count.own, node.id));
    for (const person of count.unresolved) expect(person.unitPath).toMatch(/不存在/);
  });
});
