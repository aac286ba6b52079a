import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/people/Person';
import { assertPerson, isValidPerson, validatePerson } from '../../src/people/validatePerson';
import { makeId } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const FEMALE_ID = makeId('110105', '19491231', '002');
const MALE_ID = makeId('430602', '19850315', '123');

const row = {
  sequence: '1',
  name: ' 张　三 ',
  sex: '女',
  unitPath: '示例县 ／ 示例县民政局／办公室',
  post: ' 办公室\n主任 ',
  idType: '身份证',
  idNumber: '110105 19491231 002x',
  landline: '（0730）1234567',
  mobile: '+86 138-1234-5678',
};

const validate = (input: unknown, options = {}) => validatePerson(input, { asOf: AS_OF, ...options });
const issuesOf = (input: unknown, options = {}) => {
  const r = validate(input, options);
  return (r.ok ? r.warnings : r.issues).map((i) => [i.code, i.path.join('.')]);
};

describe('validatePerson', () => {
  it('normalises a row as clerks fill it', () => {
    expect(validate(row)).toEqual({
      ok: true,
      warnings: [],
      value: {
        sequence: 1,
        name: '张三',
        sex: '2',
        unitPath: '示例县/示例县民政局/办公室',
        post: '办公室 主任',
        idType: 'resident-id',
        idNumber: FEMALE_ID,
        landline: '0730-1234567',
        mobile: '13812345678',
      } satisfies Person,
    });
  });

  it('leaves out blank optional fields', () => {
    const r = validate({ ...row, sequence: '', post: null, landline: undefined });
    expect(r.ok && Object.keys(r.value)).toEqual(['name', 'sex', 'unitPath', 'idType', 'idNumber', 'mobile']);
  });

  it('accepts 男/女/1/2/男性 for 性别', () => {
    for (const [sex, code] of [
      ['女', '2'],
      ['2', '2'],
      ['女性', '2'],
      [2, '2'],
    ] as const) {
      const r = validate({ ...row, sex });
      expect(r.ok && r.value.sex).toBe(code);
    }
    const male = validate({ ...row, sex: '男性', idNumber: MALE_ID });
    expect(male.ok && male.value.sex).toBe('1');
  });

  it('reports every missing required field at its path', () => {
    expect(issuesOf({})).toEqual([
      ['required', 'name'],
      ['required', 'sex'],
      ['required', 'unitPath'],
      ['required', 'idNumber'],
      ['required', 'mobile'],
    ]);
  });

  it('reports field issues under the field', () => {
    expect(
      issuesOf({
        ...row,
        sequence: '第一',
        name: '张三1',
        sex: '3',
        unitPath: 'a//b',
        mobile: '1381234567',
        landline: '0731-8888888',
      }),
    ).toEqual([
      ['invalid_format', 'sequence'],
      ['invalid_name', 'name'],
      ['unknown_code', 'sex'],
      ['empty_segment', 'unitPath'],
      ['invalid_local_number_length', 'landline'],
      ['invalid_length', 'mobile'],
    ]);
    expect(issuesOf({ ...row, post: '长'.repeat(101) })).toEqual([['too_long', 'post']]);
  });

  it('sex_mismatch: 性别 must agree with the ID number', () => {
    const r = validate({ ...row, sex: '男' });
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'sex_mismatch',
        severity: 'error',
        path: ['sex'],
        params: { declared: '男', declaredEn: 'male', fromId: '女', fromIdEn: 'female' },
        message: '性别“男”与证件号码中的性别“女”不一致',
      },
    ]);
    const en = validate({ ...row, sex: '1' }, { locale: 'en' });
    expect(en.ok ? '' : en.issues[0]?.message).toBe('sex "male" differs from the sex "female" in the ID number');
  });

  it('does not compare 性别 with numbers that do not encode it', () => {
    expect(validate({ ...row, sex: '男', idType: '护照', idNumber: 'E12345678' }).ok).toBe(true);
    expect(validate({ ...row, sex: '未说明的性别' }).ok).toBe(true);
  });

  it('id_type_mismatch: the number must fit 证件类型', () => {
    expect(issuesOf({ ...row, idType: '护照' })).toEqual([['id_type_mismatch', 'idNumber']]);
    expect(issuesOf({ ...row, idNumber: 'E12345678' })).toEqual([['id_type_mismatch', 'idNumber']]);
  });

  it('infers 居民身份证 when 证件类型 is blank and the number is one', () => {
    const r = validate({ ...row, idType: '' });
    expect(r.ok && r.value.idType).toBe('resident-id');
    expect(issuesOf({ ...row, idType: '', idNumber: 'E12345678' })).toEqual([['required', 'idType']]);
  });

  it('keeps warnings on a valid record', () => {
    const r = validate({ ...row, mobile: '14912345678' });
    expect(r.ok && r.warnings.map((w) => [w.code, w.path])).toEqual([['unknown_mobile_prefix', ['mobile']]]);
  });

  it('prefixes paths with options.path and orders errors first', () => {
    const r = validate({ ...row, mobile: '14912345678', name: '' }, { path: ['rows', 4] });
    expect(r.ok ? [] : r.issues.map((i) => [i.severity, i.path])).toEqual([
      ['error', ['rows', 4, 'name']],
      ['warning', ['rows', 4, 'mobile']],
    ]);
  });

  it('answers junk with a Result', () => {
    for (const junk of [null, undefined, 42, 'x', [], () => 1]) {
      const r = validatePerson(junk);
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([[]]);
    }
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        has: () => {
          throw new Error('trap');
        },
      },
    );
    expect(validatePerson(trap).ok).toBe(false);
    expect(isValidPerson({ name: '张三' })).toBe(false);
    expect(() => assertPerson({})).toThrow('姓名不能为空');
    expect(assertPerson(row, { asOf: AS_OF }).idNumber).toBe(FEMALE_ID);
  });
});

// Generated valid persons pass; swapping 性别 gives sex_mismatch and nothing else.
const digit = fc.constantFrom(...'0123456789');
const person = fc
  .record({
    region: fc.constantFrom('110105', '430602', '440305', '650102'),
    date: fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2008-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    order: fc.string({ unit: digit, minLength: 3, maxLength: 3 }),
    surname: fc.constantFrom('张', '李', '王', '欧阳', '买买提·'),
    given: fc.string({ unit: fc.constantFrom(...'三四五伟芳娜敏静'), minLength: 1, maxLength: 2 }),
    units: fc.array(fc.constantFrom('示例县', '民政局', '办公室', '财政局', '某某乡'), { minLength: 1, maxLength: 4 }),
    mobile: fc.tuple(
      fc.constantFrom('138', '139', '150', '186', '199'),
      fc.string({ unit: digit, minLength: 8, maxLength: 8 }),
    ),
    landline: fc.option(
      fc.string({ unit: digit, minLength: 7, maxLength: 7 }).map((d) => `0730-${d}`),
      { nil: undefined },
    ),
    sexAs: fc.constantFrom('code', 'name'),
  })
  .map((p) => {
    const idNumber = makeId(p.region, p.date.toISOString().slice(0, 10).replaceAll('-', ''), p.order);
    const male = Number(p.order[2]) % 2 === 1;
    return {
      name: p.surname + p.given,
      sex: p.sexAs === 'code' ? (male ? '1' : '2') : male ? '男' : '女',
      unitPath: p.units.join('/'),
      idType: '居民身份证',
      idNumber,
      mobile: p.mobile.join(''),
      ...(p.landline === undefined ? {} : { landline: p.landline }),
    };
  });

describe('properties', () => {
  test.prop([person])('generated valid persons pass', (input) => {
    const r = validate(input);
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    expect(r.ok && r.value.idNumber).toBe(input.idNumber);
  });

  test.prop([person])('swapping 性别 gives sex_mismatch, at sex, and nothing else', (input) => {
    const swapped = { '1': '2', '2': '1', 男: '女', 女: '男' }[input.sex];
    expect(issuesOf({ ...input, sex: swapped })).toEqual([['sex_mismatch', 'sex']]);
  });

  test.prop([fc.dictionary(fc.constantFrom(...Object.keys(row), 'x'), fc.anything())])(
    'records with junk fields answer a Result',
    (input) => {
      const r = validatePerson(input);
      if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
    },
  );
});

describe('validatePerson: clean and messy spellings of one row agree', () => {
  it('gives the same value for clean cells (fast paths) and padded ones (general paths)', () => {
    const clean = {
      name: '张三',
      sex: '女',
      unitPath: '示例县/示例县民政局',
      post: '科员',
      idType: '身份证',
      idNumber: FEMALE_ID,
      mobile: '13812345678',
    };
    const messy = Object.fromEntries(Object.entries(clean).map(([k, v]) => [k, ` ${v} `]));
    const a = validatePerson(clean);
    expect(a.ok).toBe(true);
    expect(a).toEqual(validatePerson(messy));
  });
});
