import { describe, expect, it } from 'vitest';
import { orgCodeSchema, residentIdSchema, usccSchema } from '../../src/index';

describe('identifier schemas', () => {
  it('output the compact value', () => {
    expect(residentIdSchema().parse('11010519491231002x')).toBe('11010519491231002X');
    expect(usccSchema().parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(orgCodeSchema().parse('M000100Y4')).toBe('M000100Y-4');
  });

  it('report our Chinese message and code, or English on request', () => {
    const zh = residentIdSchema().safeParse('110105194912310021');
    expect(zh.success).toBe(false);
    expect(zh.error?.issues[0]?.message).toBe('公民身份号码校验码错误：应为 X，实为 1');
    expect(zh.error?.issues[0]).toMatchObject({ code: 'custom', params: { issueCode: 'invalid_checksum' } });
    const en = usccSchema({ locale: 'en' }).safeParse('91350100M000100Y44');
    expect(en.error?.issues[0]?.message).toContain('wrong check character');
  });

  it('take validator options', () => {
    expect(residentIdSchema({ allowLegacy15: true }).parse('110105491231002')).toBe('11010519491231002X');
    expect(residentIdSchema().safeParse('110105491231002').success).toBe(false);
  });

  it('are Standard Schemas', async () => {
    const schema = residentIdSchema();
    const ok = await schema['~standard'].validate('11010519491231002X');
    expect(ok).toEqual({ value: '11010519491231002X' });
    const bad = await schema['~standard'].validate(null);
    expect('issues' in bad && bad.issues?.[0]?.message).toBe('公民身份号码不能为空');
  });

  it('never throw from safeParse on junk', () => {
    for (const junk of [undefined, {}, [], Symbol('s'), () => 1, Number.NaN, 1e300, -1n]) {
      expect(usccSchema().safeParse(junk).success).toBe(false);
    }
  });
});
