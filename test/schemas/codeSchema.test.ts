import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { codeSchema } from '../../src/schemas/codeSchema';

describe('codeSchema', () => {
  it('outputs the code of what forms write', () => {
    expect(codeSchema('ethnicity').parse('汉')).toBe('01');
    expect(codeSchema('ethnicity').parse('０１')).toBe('01');
    expect(codeSchema('sex').parse(1)).toBe('1');
    expect(codeSchema('id-type').parse('身份证')).toBe('resident-id');
  });

  it('fails with our Chinese message and issue code by default', () => {
    const result = codeSchema('sex').safeParse('3');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      message: '代码“3”不在性别代码表中',
      params: { issueCode: 'unknown_code', table: '性别代码表' },
    });
  });

  it('speaks English on request and rejects grouping codes unless allowed', () => {
    const result = codeSchema('education', { locale: 'en' }).safeParse('1');
    expect(result.error?.issues[0]?.message).toBe(
      '"1 研究生教育" is a grouping code; choose one of the entries under it',
    );
    expect(codeSchema('education', { allowGrouping: true }).parse('1')).toBe('1');
  });

  it('reports the field path inside an object', () => {
    const member = z.object({ sex: codeSchema('sex'), education: codeSchema('education', { label: '学历' }) });
    expect(member.parse({ sex: '男', education: '本科' })).toEqual({ sex: '1', education: '21' });
    const result = member.safeParse({ sex: '男', education: '' });
    expect(result.error?.issues).toMatchObject([{ path: ['education'], message: '学历不能为空' }]);
  });

  it('is a Standard Schema', async () => {
    const result = await codeSchema('political-status')['~standard'].validate('中共党员');
    expect(result).toEqual({ value: '01' });
  });
});
