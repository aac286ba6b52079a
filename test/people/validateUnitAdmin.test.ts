import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assertUnitAdmin, isValidUnitAdmin, validateUnitAdmin } from '../../src/people/validateUnitAdmin';
import { makeId } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const MALE_ID = makeId('110105', '19800101', '001');
const admin = {
  sequence: 1,
  name: '李四',
  sex: '男',
  mobile: '139 1234 5678',
  idNumber: MALE_ID,
  unitName: ' 示例县民政局 ',
};
const validate = (input: unknown, options = {}) => validateUnitAdmin(input, { asOf: AS_OF, ...options });
const issuesOf = (input: unknown, options = {}) => {
  const r = validate(input, options);
  return (r.ok ? r.warnings : r.issues).map((i) => [i.code, i.path.join('.')]);
};

describe('validateUnitAdmin', () => {
  it('normalises a 单位管理员信息表 row', () => {
    expect(validate(admin)).toEqual({
      ok: true,
      warnings: [],
      value: {
        sequence: 1,
        name: '李四',
        sex: '1',
        mobile: '13912345678',
        idNumber: MALE_ID,
        unitName: '示例县民政局',
      },
    });
  });

  it('requires every field but 序号', () => {
    expect(issuesOf({})).toEqual([
      ['required', 'name'],
      ['required', 'sex'],
      ['required', 'mobile'],
      ['required', 'idNumber'],
      ['required', 'unitName'],
    ]);
    const r = validate({}, { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toContain('ID card number is required');
  });

  it('takes any number of the resident ID family as 身份证号码', () => {
    expect(validate({ ...admin, idNumber: makeId('810000', '19800101', '001') }).ok).toBe(true);
    expect(validate({ ...admin, idNumber: makeId('911840', '19800101', '001') }).ok).toBe(true);
  });

  it('id_type_mismatch for another document under 身份证号码', () => {
    expect(issuesOf({ ...admin, idNumber: 'E12345678' })).toEqual([['id_type_mismatch', 'idNumber']]);
    const r = validate({ ...admin, idNumber: 'E12345678' });
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      '证件号码不符合证件类型“居民身份证”，看起来是中国护照的号码，请核对证件类型',
    );
  });

  it('sex_mismatch against the number', () => {
    expect(issuesOf({ ...admin, sex: '女' })).toEqual([['sex_mismatch', 'sex']]);
  });

  it('reports bad fields at their paths', () => {
    expect(
      issuesOf({ ...admin, sequence: 0, idNumber: `${MALE_ID.slice(0, 17)}9`, unitName: '单'.repeat(101) }),
    ).toEqual([
      ['invalid_format', 'sequence'],
      ['invalid_checksum', 'idNumber'],
      ['too_long', 'unitName'],
    ]);
  });

  it('answers junk without throwing', () => {
    expect(validateUnitAdmin(null).ok).toBe(false);
    expect(isValidUnitAdmin([])).toBe(false);
    expect(() => assertUnitAdmin('x')).toThrow();
    expect(assertUnitAdmin(admin, { asOf: AS_OF }).sex).toBe('1');
  });

  test.prop([fc.anything()])('any input answers a Result', (input) => {
    const r = validateUnitAdmin(input);
    if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});
