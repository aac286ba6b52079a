import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CodeTableId } from '../../src/codes/CodeTableId';
import { listCodeTables } from '../../src/codes/getCodeTable';
import { assertCode, isValidCode, validateCode } from '../../src/codes/validateCode';
import { ValidationError } from '../../src/errors/ValidationError';

const IDS = listCodeTables().map((info) => info.id);
const first = (table: CodeTableId, input: unknown, options = {}) => {
  const result = validateCode(table, input, options);
  return result.ok ? undefined : result.issues[0];
};

describe('validateCode', () => {
  it('returns the entry of what forms write', () => {
    const result = validateCode('ethnicity', ' 汉 ');
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ code: '01', name: '汉族' }), warnings: [] });
    expect(validateCode('sex', 2)).toMatchObject({ ok: true, value: { code: '2', name: '女' } });
    expect(validateCode('job-post', '0211 事业单位管理岗位')).toMatchObject({ ok: true, value: { code: '0211' } });
  });

  it('reports unknown codes with the table name (zh and en)', () => {
    expect(first('ethnicity', '99')).toEqual({
      code: 'unknown_code',
      severity: 'error',
      path: [],
      params: {
        label: '民族',
        labelEn: 'ethnic group',
        table: '民族代码表',
        tableEn: 'the ethnic group table',
        tableId: 'ethnicity',
        value: '99',
      },
      message: '代码“99”不在民族代码表中',
    });
    expect(first('ethnicity', '99', { locale: 'en' })?.message).toBe('"99" is not in the ethnic group table');
    expect(first('job-post', '4')?.message).toBe('代码“4”不在工作岗位代码表中');
    expect(first('party-org-category', ' 汉族 ')?.params.value).toBe('汉族');
  });

  it('reports grouping codes as not selectable unless allowed', () => {
    expect(first('education', '1')).toMatchObject({
      code: 'not_selectable',
      params: { table: '学历代码表', value: '1 研究生教育', code: '1', name: '研究生教育' },
      message: '“1 研究生教育”是分类代码，请选择其下的具体项',
    });
    expect(first('party-org-category', '党的基层组织', { locale: 'en' })?.message).toBe(
      '"6 党的基层组织" is a grouping code; choose one of the entries under it',
    );
    expect(validateCode('education', '1', { allowGrouping: true })).toMatchObject({ ok: true, value: { code: '1' } });
  });

  it('reports empty and wrongly typed input', () => {
    expect(first('sex', '')).toMatchObject({ code: 'required', message: '性别不能为空' });
    expect(first('sex', null)).toMatchObject({ code: 'required', message: '性别不能为空' });
    expect(first('sex', undefined, { locale: 'en' })?.message).toBe('sex is required');
    expect(first('sex', { code: '1' })).toMatchObject({ code: 'invalid_type', params: { received: 'object' } });
    expect(first('sex', 1.5)).toMatchObject({ code: 'invalid_type' });
    expect(first('sex', 1e20)).toMatchObject({ code: 'unknown_code', params: { value: '100000000000000000000' } });
  });

  it('uses the label and path it is given', () => {
    const issue = first('education', '博士后', {
      label: '最高学历',
      labelEn: 'highest education',
      path: ['members', 3, 'education'],
    });
    expect(issue).toMatchObject({
      code: 'unknown_code',
      path: ['members', 3, 'education'],
      params: { label: '最高学历' },
    });
    expect(first('sex', '', { label: '性别（必填）' })?.message).toBe('性别（必填）不能为空');
  });

  it('fails, without throwing, for an unknown table', () => {
    expect(first('nope' as CodeTableId, '1')).toMatchObject({
      code: 'unknown_code',
      params: { table: '代码表', tableId: 'nope' },
    });
  });

  test.prop([fc.constantFrom(...IDS), fc.anything()])('never throws', (table, input) => {
    const result = validateCode(table, input);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    else expect(result.value.selectable).toBe(true);
  });
});

describe('isValidCode and assertCode', () => {
  it('agree with validateCode', () => {
    expect(isValidCode('sex', '男')).toBe(true);
    expect(isValidCode('education', '1')).toBe(false);
    expect(isValidCode('education', '1', { allowGrouping: true })).toBe(true);
    expect(isValidCode('sex', null)).toBe(false);
    expect(isValidCode('sex', 42)).toBe(false);
    expect(assertCode('political-status', '中共党员').code).toBe('01');
    expect(() => assertCode('sex', '3')).toThrow(ValidationError);
    expect(() => assertCode('sex', '3')).toThrow('代码“3”不在性别代码表中');
  });
});
