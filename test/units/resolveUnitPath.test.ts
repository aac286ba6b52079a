import { describe, expect, it } from 'vitest';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { resolveUnitPath } from '../../src/units/resolveUnitPath';

const ROOT = '屈原管理区';
const WORK = `${ROOT}/屈原管理区管委工作部门`;
const { tree } = buildUnitTree([
  ROOT,
  { path: `${ROOT}/班子成员`, kind: '部门', virtual: '是' },
  WORK,
  `${WORK}/屈原管理区行政审批服务局`,
  `${WORK}/屈原管理区民政局`,
  `${WORK}/屈原管理区民政局/办公室`,
  `${WORK}/屈原管理区财政局`,
  `${WORK}/屈原管理区财政局/办公室`,
  `${ROOT}/营田镇`,
  `${ROOT}/营田镇/营田社区`,
]);

const pathOf = (input: unknown) => {
  const result = resolveUnitPath(tree, input);
  return result.ok ? result.value.path : result.issues.map((i) => i.code).join(',');
};

describe('resolveUnitPath', () => {
  it('finds a path however it is written', () => {
    expect(pathOf(`${WORK}/屈原管理区民政局`)).toBe(`${WORK}/屈原管理区民政局`);
    expect(pathOf('屈原管理区 ／ 屈原管理区管委工作部门\\屈原管理 区民政局')).toBe(`${WORK}/屈原管理区民政局`);
    expect(pathOf(ROOT)).toBe(ROOT);
  });

  it('resolves a path that omits the root with a warning when there is one reading', () => {
    const result = resolveUnitPath(tree, '屈原管理区管委工作部门/屈原管理区民政局');
    expect(result.ok && result.value.path).toBe(`${WORK}/屈原管理区民政局`);
    expect(result.ok && result.warnings.map((i) => [i.code, i.severity, i.params.path])).toEqual([
      ['path_without_root', 'warning', `${WORK}/屈原管理区民政局`],
    ]);
    expect(pathOf('营田镇/营田社区')).toBe(`${ROOT}/营田镇/营田社区`);
  });

  it('fails on an ambiguous root-less path and lists the readings', () => {
    const result = resolveUnitPath(tree, '办公室');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.params.candidates).toBe(
      `${WORK}/屈原管理区民政局/办公室、${WORK}/屈原管理区财政局/办公室`,
    );
  });

  it('suggests 行政审批服务局 for 行政审批局 and never creates it', () => {
    const size = tree.nodes.length;
    const result = resolveUnitPath(tree, `${WORK}/屈原管理区行政审批局`);
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues[0] : undefined;
    expect(issue?.code).toBe('unknown_unit');
    expect(issue?.severity).toBe('error');
    expect(issue?.params.suggestionList).toEqual([
      `${WORK}/屈原管理区行政审批服务局`,
      expect.any(String),
      expect.any(String),
    ]);
    expect(issue?.message).toMatch(
      /^单位“屈原管理区\/屈原管理区管委工作部门\/屈原管理区行政审批局”不在单位组织架构中，是否为：屈原管理区\/屈原管理区管委工作部门\/屈原管理区行政审批服务局、/,
    );
    expect(tree.nodes).toHaveLength(size);
  });

  it('suggests a typo higher up and keeps the rest of the path when it exists', () => {
    const result = resolveUnitPath(tree, '屈原管理区/屈原管理区管委工作部/屈原管理区民政局/办公室');
    expect(!result.ok && result.issues[0]?.params.suggestionList).toContain(`${WORK}/屈原管理区民政局/办公室`);
  });

  it('suggests per path when several paths share one mistyped unit (near names are reused, the rest is not)', () => {
    // 屈原管理区民证局 (证 for 政) under three different rests: the same near sibling, three suggestions.
    const fresh = buildUnitTree([ROOT, WORK, `${WORK}/屈原管理区民政局`, `${WORK}/屈原管理区民政局/办公室`]).tree;
    const suggestionsOf = (input: string) => {
      const result = resolveUnitPath(fresh, input);
      return result.ok ? [] : result.issues[0]?.params.suggestionList;
    };
    expect(suggestionsOf(`${WORK}/屈原管理区民证局/办公室`)).toEqual([`${WORK}/屈原管理区民政局/办公室`]);
    expect(suggestionsOf(`${WORK}/屈原管理区民证局/信访室`)).toEqual([`${WORK}/屈原管理区民政局`]);
    expect(suggestionsOf(`${WORK}/屈原管理区民证局`)).toEqual([`${WORK}/屈原管理区民政局`]);
    expect(suggestionsOf(`${WORK}/屈原管理区民证局/办公室`)).toEqual([`${WORK}/屈原管理区民政局/办公室`]);
  });

  it('suggests a unit that moved under another parent', () => {
    const result = resolveUnitPath(tree, `${ROOT}/屈原管理区民政局`);
    expect(!result.ok && result.issues[0]?.params.suggestionList).toContain(`${WORK}/屈原管理区民政局`);
  });

  it('does not let a common last name (办公室 under many units) crowd out the near miss', () => {
    const many = buildUnitTree([
      '县',
      ...Array.from({ length: 30 }, (_, i) => `县/局${i}`),
      ...Array.from({ length: 30 }, (_, i) => `县/局${i}/办公室`),
      '县/民政局',
      '县/民政局/办公室',
    ]).tree;
    const result = resolveUnitPath(many, '县/民证局/办公室');
    expect(!result.ok && result.issues[0]?.params.suggestionList).toEqual(['县/民政局/办公室']);
  });

  it('limits the suggestions and leaves them out when nothing is close', () => {
    const few = resolveUnitPath(tree, `${WORK}/屈原管理区行政审批局`, { suggestions: 1 });
    expect(!few.ok && few.issues[0]?.params.suggestionList).toHaveLength(1);
    const none = resolveUnitPath(tree, '完全不同的单位');
    expect(!none.ok && none.issues[0]?.params.suggestions).toBeUndefined();
    expect(!none.ok && none.issues[0]?.message).toBe('单位“完全不同的单位”不在单位组织架构中');
  });

  it('passes the path issues through, in English on request', () => {
    expect(pathOf('')).toBe('required');
    expect(pathOf(`${ROOT}//营田镇`)).toBe('empty_segment');
    const en = resolveUnitPath(tree, `${WORK}/屈原管理区行政审批局`, { locale: 'en' });
    expect(!en.ok && en.issues[0]?.message).toMatch(/^unit ".*" is not in the unit tree; did you mean: /);
  });

  it('resolves in a very deep tree with maxDepth raised', () => {
    const chain = Array.from({ length: 2000 }, (_, depth) => Array.from({ length: depth + 1 }, () => 'b').join('/'));
    const deep = buildUnitTree(chain, { maxDepth: 2000 }).tree;
    const last = resolveUnitPath(deep, chain[1999], { maxDepth: 2000 });
    expect(last.ok && last.value.id).toBe(1999);
    const unknown = resolveUnitPath(deep, `${chain[1998]}/bb`, { maxDepth: 2000 });
    expect(!unknown.ok && unknown.issues[0]?.params.suggestionList).toEqual([chain[1999]]);
  });
});
