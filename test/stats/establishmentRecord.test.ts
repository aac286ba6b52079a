import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import {
  assertEstablishmentRecord,
  isValidEstablishmentRecord,
  validateEstablishmentRecord,
} from '../../src/stats/validateEstablishmentRecord';

const ZERO = { administrative: 0, 'political-legal': 0, 'public-institution': 0, worker: 0 };

function issuesOf(input: unknown, locale?: 'en') {
  const result = validateEstablishmentRecord(input, locale ? { locale } : {});
  return result.ok ? result.warnings : result.issues;
}

describe('validateEstablishmentRecord', () => {
  it('normalises a record written as people write it', () => {
    const result = validateEstablishmentRecord({
      unitPath: '示例县 ／ 示例县民政局',
      level: '县（市、区）级',
      system: '政府',
      category: '公益一类',
      fundingForm: '全额',
      nameplate: '否',
      approved: { 行政编制: '１２', 工勤: 2, 'political-legal': '0' },
      actual: { administrative: '11人', 工勤编制: '2' },
      leaderPosts: '4',
      leaders: 4,
      declared: { own: { approved: 14, actual: '13' }, total: { approved: '1,234' } },
    });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        unitPath: '示例县/示例县民政局',
        level: 'county',
        system: 'government',
        category: 'public-welfare-1',
        fundingForm: 'full-appropriation',
        nameplate: false,
        approved: { ...ZERO, administrative: 12, worker: 2 },
        actual: { ...ZERO, administrative: 11, worker: 2 },
        leaderPosts: 4,
        leaders: 4,
        declared: { own: { approved: 14, actual: 13 }, total: { approved: 1234 } },
      },
    });
  });

  it('needs only the unit path; empty types are 0', () => {
    expect(assertEstablishmentRecord({ unitPath: '示例县' })).toEqual({
      unitPath: '示例县',
      nameplate: false,
      approved: ZERO,
    });
    expect(
      assertEstablishmentRecord({ unitPath: '示例县', nameplate: '是', approved: { 行政编制: '' } }),
    ).toMatchObject({
      nameplate: true,
      approved: ZERO,
    });
  });

  it('adds up the subdivisions of 事业编制', () => {
    const record = assertEstablishmentRecord({ unitPath: '示例县', approved: { 参公事业编制: 3, 其他事业编制: 2 } });
    expect(record.approved['public-institution']).toBe(5);
  });

  it('accepts its own output unchanged', () => {
    const record = assertEstablishmentRecord({
      unitPath: '示例县/示例县民政局',
      level: '乡级',
      system: '纪委监委',
      approved: { 行政编制: 3 },
      actual: { 行政编制: 3 },
      declared: { total: { actual: 9 } },
    });
    expect(assertEstablishmentRecord(record)).toEqual(record);
  });

  it.each([
    [-1, '不能为负数'],
    ['-3', '不能为负数'],
    [1.5, '应为整数'],
    ['2.5', '应为整数'],
    ['十二', '应为非负整数'],
    ['12 个', '应为非负整数'],
  ])('rejects the count %s (%s)', (value, reason) => {
    const [issue] = issuesOf({ unitPath: '示例县', approved: { 行政编制: value } });
    expect(issue).toMatchObject({
      code: 'invalid_format',
      severity: 'error',
      path: ['approved', '行政编制'],
      params: { reason },
    });
    expect(issue!.message).toBe(`行政编制核定编制格式不正确：${reason}`);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, {}, [], true])('rejects the count %s as a type error', (value) => {
    expect(issuesOf({ unitPath: '示例县', leaderPosts: value })[0]).toMatchObject({
      code: 'invalid_type',
      path: ['leaderPosts'],
    });
  });

  it('accepts 12.0 and big counts with thousands separators', () => {
    expect(
      assertEstablishmentRecord({ unitPath: '示例县', approved: { 行政编制: '12.0', 事业编制: '12,345' } }).approved,
    ).toEqual({ ...ZERO, administrative: 12, 'public-institution': 12345 });
  });

  it('reports unknown types, types given twice and a type with its subdivision', () => {
    expect(issuesOf({ unitPath: '示例县', approved: { 行政编制X: 1 } })[0]).toMatchObject({
      code: 'unknown_code',
      path: ['approved', '行政编制X'],
    });
    const twice = issuesOf({ unitPath: '示例县', approved: { 行政编制: 1, 行政: 2 } });
    expect(twice.map((i) => [i.code, i.path])).toEqual([['invalid_format', ['approved', '行政']]]);
    const both = issuesOf({ unitPath: '示例县', actual: { 事业编制: 5, 参公事业编制: 2 } });
    expect(both.map((i) => [i.code, i.path])).toEqual([['invalid_format', ['actual', '参公事业编制']]]);
  });

  it('reports bad codes, a bad nameplate flag and a missing or bad unit path', () => {
    const issues = issuesOf({ level: '镇级', system: '外交部', category: '公益类', nameplate: '也许', approved: 12 });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', ['unitPath']],
      ['unknown_code', ['level']],
      ['unknown_code', ['system']],
      ['not_selectable', ['category']],
      ['invalid_format', ['nameplate']],
      ['invalid_type', ['approved']],
    ]);
    expect(issuesOf({ unitPath: '示例县//民政局' })[0]).toMatchObject({ code: 'empty_segment', path: ['unitPath'] });
  });

  it('checks a declared 本级合计 against the parts (rollup_mismatch)', () => {
    const issues = issuesOf({
      unitPath: '示例县',
      approved: { 行政编制: 5, 工勤编制: 1 },
      actual: { 行政编制: 4 },
      declared: { own: { approved: 7, actual: 4 }, total: { approved: 1 } },
    });
    expect(issues).toEqual([
      {
        code: 'rollup_mismatch',
        severity: 'error',
        path: ['declared', 'own', 'approved'],
        params: {
          unit: '示例县',
          field: '本级核定编制',
          fieldEn: 'own approved establishment',
          declared: 7,
          computed: 6,
        },
        message: '示例县：本级核定编制填报合计 7，各项之和为 6',
      },
    ]);
    // No reported actual numbers: the 实有 合计 waits for the roster (rollupEstablishment).
    expect(isValidEstablishmentRecord({ unitPath: '示例县', declared: { own: { actual: 9 } } })).toBe(true);
  });

  it('reports bad declared blocks', () => {
    const issues = issuesOf({ unitPath: '示例县', declared: { own: 3, total: { actual: -2 } } });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['declared', 'own']],
      ['invalid_format', ['declared', 'total', 'actual']],
    ]);
    expect(issuesOf({ unitPath: '示例县', declared: 'x' })[0]).toMatchObject({
      code: 'invalid_type',
      path: ['declared'],
    });
  });

  it('puts issues under the record path and speaks English on request', () => {
    const result = validateEstablishmentRecord(
      { unitPath: '示例县', approved: { 工勤编制: -1 } },
      { path: ['records', 2], locale: 'en' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({
      path: ['records', 2, 'approved', '工勤编制'],
      message: 'approved establishment (worker establishment) has an invalid format: must not be negative',
    });
  });

  it('takes the unit path limits of the tree', () => {
    const deep = Array.from({ length: 12 }, (_, i) => `第${i}级`).join('/');
    expect(issuesOf({ unitPath: deep })[0]).toMatchObject({ code: 'path_too_deep', path: ['unitPath'] });
    expect(isValidEstablishmentRecord({ unitPath: deep }, { maxDepth: 12 })).toBe(true);
  });

  it('throws only from assert', () => {
    expect(() => assertEstablishmentRecord({})).toThrow(ValidationError);
  });

  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('no');
      },
      ownKeys() {
        throw new Error('no');
      },
    },
  );
  it.each([null, undefined, 42, 'x', [], hostile, { unitPath: '示例县', approved: hostile, declared: hostile }])(
    'never throws on junk input %#',
    (input) => {
      expect(() => validateEstablishmentRecord(input)).not.toThrow();
      expect(isValidEstablishmentRecord(input)).toBe(false);
    },
  );

  test.prop([fc.anything()])('never throws on anything', (input) => {
    expect(() => validateEstablishmentRecord(input)).not.toThrow();
    expect(() =>
      validateEstablishmentRecord({ unitPath: '示例县', approved: input, actual: { 行政编制: input } }),
    ).not.toThrow();
  });

  test.prop([fc.nat({ max: 1_000_000 })])('reads every non-negative integer, as a number or as text', (n) => {
    for (const value of [n, String(n), String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))]) {
      expect(assertEstablishmentRecord({ unitPath: '示例县', approved: { 工勤编制: value } }).approved.worker).toBe(n);
    }
  });
});
