import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import { assertPowerItem, isValidPowerItem, validatePowerItem } from '../../src/sanding/validatePowerItem';
import { validatePowerList } from '../../src/sanding/validatePowerList';
import {
  assertResponsibilityItem,
  isValidResponsibilityItem,
  validateResponsibilityItem,
} from '../../src/sanding/validateResponsibilityItem';
import { validateResponsibilityList } from '../../src/sanding/validateResponsibilityList';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { AS_OF, DEPARTMENT, history, issuesOf } from './_fixtures';

const CONTEXT = { history, date: '2024-06-30', asOf: AS_OF };

const power = {
  name: '社会团体成立登记',
  category: '行政许可',
  department: DEPARTMENT,
  target: '社会团体',
  basis: '《社会团体登记管理条例》第九条',
  function: '负责全县社会组织登记管理',
};

const responsibility = {
  name: '受理责任',
  content: '公示应当提交的材料，一次性告知补正材料',
  basis: '《中华人民共和国行政许可法》第三十二条',
  accountability: '登记受理人员',
  function: 'F01',
};

const { tree } = buildUnitTree([
  { path: '示例县', kind: '单位' },
  { path: DEPARTMENT, kind: '单位' },
  { path: `${DEPARTMENT}/社会救助股`, kind: '部门' },
  { path: '示例县/示例县公安局', kind: '单位' },
]);

describe('validatePowerItem', () => {
  it('normalises an item; links by name or id', () => {
    expect(validatePowerItem({ ...power, category: '许可', code: ' QL-001 ' }, CONTEXT)).toEqual({
      ok: true,
      warnings: [],
      value: {
        code: 'QL-001',
        name: '社会团体成立登记',
        category: 'licensing',
        department: DEPARTMENT,
        target: '社会团体',
        basis: '《社会团体登记管理条例》第九条',
        function: '负责全县社会组织登记管理',
        functionId: 'F01',
      },
    });
    expect(assertPowerItem({ ...power, function: 'F01' }, CONTEXT).function).toBe('负责全县社会组织登记管理');
    // Without a history the link is taken as written.
    expect(assertPowerItem({ ...power, function: '任意职能' }).function).toBe('任意职能');
    expect(assertPowerItem({ ...power, category: '行政强制措施' }).category).toBe('coercion');
    expect(assertPowerItem({ ...power, category: '其他' }).category).toBe('other');
  });

  it('requires name, category, department, basis and function (target is optional)', () => {
    const result = validatePowerItem({ target: '' });
    expect(issuesOf(result).map((i) => i.path[0])).toEqual(['name', 'category', 'department', 'basis', 'function']);
    expect(issuesOf(result)[3]!.message).toBe('实施依据不能为空');
    expect(isValidPowerItem({ ...power, target: undefined })).toBe(true);
    expect(() => assertPowerItem(null)).toThrow(ValidationError);
  });

  it('knows the ten categories only', () => {
    const result = validatePowerItem({ ...power, category: '行政备案' });
    expect(issuesOf(result)[0]).toMatchObject({ code: 'unknown_code', path: ['category'] });
  });

  it('links only to a function in force on the date, with suggestions', () => {
    const gone = validatePowerItem({ ...power, function: '负责全县救灾工作' }, CONTEXT);
    expect(issuesOf(gone)[0]).toMatchObject({
      code: 'function_not_found',
      path: ['function'],
      message: '关联的职能“负责全县救灾工作”不是示例县/示例县民政局在 2024-06-30 的职能',
    });
    // Still in force in 2018.
    expect(validatePowerItem({ ...power, function: '负责全县救灾工作' }, { ...CONTEXT, date: '2018-01-01' }).ok).toBe(
      true,
    );
    const near = validatePowerItem({ ...power, function: '负责全县婚姻登记' }, { ...CONTEXT, locale: 'en' });
    expect(issuesOf(near)[0]!.params.suggestionList).toEqual(['负责全县婚姻登记管理', '负责全县社会组织登记管理']);
    expect(issuesOf(near)[0]!.message).toMatch(/; did you mean: 负责全县婚姻登记管理/);
  });

  it('wants the department or one of its organs as 实施部门', () => {
    for (const department of [
      DEPARTMENT,
      `${DEPARTMENT}/社会救助股`,
      '示例县民政局',
      '社会救助股',
      '示例县民政局/社会救助股',
    ]) {
      expect(validatePowerItem({ ...power, department }, CONTEXT).ok).toBe(true);
    }
    const other = validatePowerItem({ ...power, department: '示例县/示例县公安局' }, CONTEXT);
    expect(issuesOf(other)).toMatchObject([
      {
        code: 'department_mismatch',
        path: ['department'],
        message: '实施部门“示例县/示例县公安局”不是“示例县/示例县民政局”或其内设机构',
      },
    ]);
  });

  it('resolves 实施部门 in a tree', () => {
    const inTree = validatePowerItem({ ...power, department: '示例县民政局/社会救助股' }, { ...CONTEXT, tree });
    expect(inTree).toMatchObject({ ok: true, value: { department: `${DEPARTMENT}/社会救助股` } });
    expect(issuesOf(inTree).map((i) => i.code)).toEqual(['path_without_root']);
    const unknown = validatePowerItem({ ...power, department: `${DEPARTMENT}/社会事务股` }, { ...CONTEXT, tree });
    expect(issuesOf(unknown)[0]).toMatchObject({ code: 'unknown_unit', path: ['department'] });
    const other = validatePowerItem({ ...power, department: '示例县/示例县公安局' }, { ...CONTEXT, tree });
    expect(issuesOf(other)[0]!.code).toBe('department_mismatch');
  });
});

describe('validatePowerList', () => {
  it('validates every item and finds repeats', () => {
    const result = validatePowerList(
      [
        power,
        { ...power, category: '许可', basis: '同上' },
        { ...power, name: '社会团体变更登记', code: 'QL-1' },
        { ...power, name: '社会团体注销登记', code: 'QL-1' },
        { ...power, name: '社会团体成立登记', department: `${DEPARTMENT}/社会救助股` },
        { ...power, function: '负责全县救灾工作' },
      ],
      { ...CONTEXT, path: ['powers'] },
    );
    expect(issuesOf(result).map((i) => [i.code, i.path, i.message])).toEqual([
      ['duplicate_entry', ['powers', 1, 'name'], '事项名称“社会团体成立登记”重复：第 2 项与第 1 项相同'],
      ['duplicate_entry', ['powers', 3, 'name'], '事项名称“社会团体注销登记”重复：第 4 项与第 3 项相同'],
      ['function_not_found', ['powers', 5, 'function'], expect.any(String)],
    ]);
  });

  it('takes any iterable, and reports what is no list', () => {
    function* items() {
      yield power;
    }
    expect(validatePowerList(items(), CONTEXT)).toMatchObject({ ok: true, value: [{ category: 'licensing' }] });
    expect(validatePowerList([], CONTEXT)).toEqual({ ok: true, value: [], warnings: [] });
    expect(issuesOf(validatePowerList(undefined))[0]!.code).toBe('required');
    expect(issuesOf(validatePowerList('事项'))[0]!.code).toBe('invalid_type');
    expect(issuesOf(validatePowerList(42, { locale: 'en' }))[0]!.message).toMatch(/^list has the wrong type/);
  });
});

describe('responsibility lists', () => {
  it('validates an item', () => {
    expect(validateResponsibilityItem(responsibility, CONTEXT)).toEqual({
      ok: true,
      warnings: [],
      value: { ...responsibility, function: '负责全县社会组织登记管理', functionId: 'F01' },
    });
    expect(isValidResponsibilityItem(responsibility)).toBe(true);
    const empty = validateResponsibilityItem({}, CONTEXT);
    expect(issuesOf(empty).map((i) => i.path[0])).toEqual(['name', 'content', 'basis', 'accountability', 'function']);
    expect(() => assertResponsibilityItem({ ...responsibility, function: 'F02' }, CONTEXT)).toThrow(ValidationError);
  });

  it('lets a name recur under another function or content, but not the same item twice', () => {
    const result = validateResponsibilityList(
      [
        responsibility,
        { ...responsibility, content: '依法审查申请材料' },
        { ...responsibility, function: '负责全县婚姻登记管理' },
        { ...responsibility, function: '负责全县社会组织登记管理' },
      ],
      CONTEXT,
    );
    expect(issuesOf(result).map((i) => [i.code, i.path])).toEqual([['duplicate_entry', [3, 'name']]]);
  });
});
