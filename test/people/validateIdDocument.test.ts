import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assertIdDocument, isValidIdDocument, validateIdDocument } from '../../src/people/validateIdDocument';
import { makeId } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const RESIDENT = makeId('110105', '19491231', '002');
const HK_PERMIT = makeId('810000', '19900101', '123');
const PERMANENT_2023 = makeId('911840', '19850615', '001');

function check(type: unknown, number: unknown, options = {}) {
  return validateIdDocument(type, number, { asOf: AS_OF, ...options });
}
const codes = (type: unknown, number: unknown, options = {}) => {
  const r = check(type, number, options);
  return (r.ok ? r.warnings : r.issues).map((i) => `${i.severity === 'error' ? '' : '?'}${i.code}`);
};

describe('validateIdDocument: the resident ID family', () => {
  it('accepts 居民身份证 as forms write it and decodes the number', () => {
    const r = check('身份证', ' 110105 19491231 002x ');
    expect(r).toEqual({
      ok: true,
      warnings: [],
      value: {
        idType: 'resident-id',
        number: RESIDENT,
        residentId: {
          number: RESIDENT,
          kind: 'resident',
          regionCode: '110105',
          birthDate: '1949-12-31',
          sex: 'female',
        },
      },
    });
    for (const type of ['居民身份证', '二代身份证', 'resident-id', '户口簿']) expect(codes(type, RESIDENT)).toEqual([]);
  });

  it('reports the resident ID issues when the number is shaped like one', () => {
    expect(codes('身份证', `${RESIDENT.slice(0, 17)}1`)).toEqual(['invalid_checksum']);
    expect(codes('身份证', RESIDENT.slice(0, 17))).toEqual(['invalid_length']);
    expect(codes('身份证', 110105194912310020)).toEqual(['spreadsheet_number']);
    expect(codes('身份证', '110105491231002')).toEqual(['legacy_15_digit']);
    expect(check('身份证', '110105491231002', { allowLegacy15: true }).ok).toBe(true);
  });

  it('港澳台居民居住证 takes 810000/820000/830000 numbers only', () => {
    expect(check('港澳台居民居住证', HK_PERMIT).ok).toBe(true);
    expect(codes('港澳台居民居住证', RESIDENT)).toEqual(['id_type_mismatch']);
    expect(codes('身份证', HK_PERMIT)).toEqual(['id_type_mismatch']);
  });

  it('外国人永久居留身份证 takes the 2023 card and the 2017 15-character card', () => {
    const r = check('外国人永久居留身份证', PERMANENT_2023);
    expect(r.ok && r.value.residentId?.nationality).toBe('840');
    // 2017 card: nationality, 4-digit office code, yymmdd, 2 digits.
    const old = check('永久居留身份证', 'USA110085061512');
    expect(old.ok && old.value.residentId).toMatchObject({ birthDate: '1985-06-15', sex: null, nationality: 'USA' });
    expect(codes('身份证', 'USA110085061512')).toEqual(['id_type_mismatch']);
    expect(codes('身份证', PERMANENT_2023)).toEqual(['id_type_mismatch']);
    // A 2017 card with an impossible date keeps its own issue.
    expect(codes('外国人永久居留身份证', 'USA110085131512')).toEqual(['invalid_birth_date']);
    expect(codes('外国人永久居留身份证', '110105491231002')).toEqual(['id_type_mismatch']);
  });
});

describe('validateIdDocument: passports and permits', () => {
  it('accepts the Chinese passport series', () => {
    for (const number of [
      'E12345678',
      'EA1234567',
      'EF1260892',
      'G12345678',
      '141234567',
      'P1234567',
      'P.1234567',
      'PE1234567',
      'S1234567',
      'S12345678',
      'SE1234567',
      'DE1234567',
      'K12345678',
      'MA1234567',
      'e 1234 5678',
    ]) {
      expect(codes('中国护照', number), number).toEqual([]);
      expect(codes('护照', number), number).toEqual([]);
    }
    expect(check('护照', 'p.1234567')).toMatchObject({ ok: true, value: { idType: 'passport', number: 'P1234567' } });
  });

  it('is lenient with doubtful Chinese passport numbers: warnings, not errors', () => {
    expect(codes('中国护照', 'EI1234567')).toEqual(['?invalid_format']); // no I in the series
    expect(codes('中国护照', 'X1234567')).toEqual(['?invalid_format']);
    expect(codes('中国护照', 'H12345678')).toEqual(['?id_type_mismatch']);
    expect(check('中国护照', 'H12345678').ok).toBe(true);
  });

  it('rejects what no passport can be', () => {
    expect(codes('中国护照', 'E1234')).toEqual(['?invalid_format']);
    expect(codes('中国护照', 'E12')).toEqual(['invalid_length']);
    expect(codes('外国护照', 'AB-CD')).toEqual(['invalid_length']);
    expect(codes('外国护照', '护照123456')).toEqual(['invalid_format']);
    expect(codes('外国护照', 'X'.repeat(18))).toEqual(['invalid_length']);
  });

  it('accepts foreign passports of 5 to 17 letters and digits', () => {
    for (const number of ['123456789', 'C01X00T47', 'AB12345', '12345']) expect(codes('外国护照', number)).toEqual([]);
  });

  it('港澳居民来往内地通行证: H or M and 8 digits, 10 on old cards', () => {
    for (const number of ['H12345678', 'M12345678', 'H1234567801', 'H12345678(01)']) {
      expect(codes('回乡证', number), number).toEqual([]);
    }
    expect(codes('港澳居民来往内地通行证', 'H1234567')).toEqual(['invalid_format']);
    expect(codes('港澳居民来往内地通行证', 'X12345678')).toEqual(['invalid_format']);
  });

  it('台湾居民来往大陆通行证: 8 digits, older ones with an issue count', () => {
    for (const number of ['12345678', '1234567801', '12345678(B)', '12345678B1']) {
      expect(codes('台胞证', number), number).toEqual([]);
    }
    expect(codes('台湾居民来往大陆通行证', '1234567')).toEqual(['invalid_format']);
  });
});

describe('id_type_mismatch', () => {
  it('is an error when the number clearly belongs to another type', () => {
    const cases: [string, string, string][] = [
      ['身份证', 'E12345678', '中国护照'],
      ['身份证', 'H12345678', '港澳居民来往内地通行证'],
      ['身份证', '12345678', '台湾居民来往大陆通行证'],
      ['护照', RESIDENT, '居民身份证'],
      ['外国护照', RESIDENT, '居民身份证'],
      ['中国护照', RESIDENT, '居民身份证'],
      ['中国护照', 'M12345678', '港澳居民来往内地通行证'],
      ['中国护照', '12345678', '台湾居民来往大陆通行证'],
      ['回乡证', 'E12345678', '中国护照'],
      ['回乡证', RESIDENT, '居民身份证'],
      ['台胞证', 'H12345678', '港澳居民来往内地通行证'],
      ['户口簿', 'G12345678', '中国护照'],
      ['港澳台居民居住证', RESIDENT, '居民身份证'],
    ];
    for (const [type, number, looksLike] of cases) {
      const r = check(type, number);
      expect(r.ok, `${type} ${number}`).toBe(false);
      if (r.ok) continue;
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ code: 'id_type_mismatch', severity: 'error', path: ['number'] });
      expect(r.issues[0]?.params.looksLike).toBe(looksLike);
    }
  });

  it('names both types in Chinese and English', () => {
    const zh = check('身份证', 'E12345678');
    expect(zh.ok ? [] : zh.issues.map((i) => i.message)).toEqual([
      '证件号码不符合证件类型“居民身份证”，看起来是中国护照的号码，请核对证件类型',
    ]);
    const en = check('护照', RESIDENT, { locale: 'en' });
    expect(en.ok ? undefined : en.issues[0]).toMatchObject({
      params: { idType: '护照', idTypeEn: 'passport', looksLike: '居民身份证', looksLikeEn: 'resident identity card' },
      message:
        'the ID number does not fit ID type "passport"; it looks like a resident identity card number, check the ID type',
    });
  });

  it('is only a warning under 军官证 / 警官证, whose new cards may carry the resident number', () => {
    const r = check('军官证', RESIDENT);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toMatchObject({
      code: 'id_type_mismatch',
      severity: 'warning',
      params: { doubtful: true },
    });
    expect(r.ok && r.warnings[0]?.message).toBe('证件号码看起来是居民身份证的号码，请核实证件类型“军官证”是否正确');
  });

  it('does not apply to 其他', () => {
    expect(codes('其他', RESIDENT)).toEqual([]);
  });
});

describe('free-form documents', () => {
  it('军官证 and 警官证 take letters, digits and Han characters', () => {
    expect(check('军官证', ' 南字第 0012345 号 ')).toMatchObject({ ok: true, value: { number: '南字第0012345号' } });
    expect(check('警官证', '武警字123456').ok).toBe(true);
    expect(codes('军官证', '南字第0012345号!')).toEqual(['invalid_format']);
    expect(codes('军官证', '1'.repeat(31))).toEqual(['too_long']);
  });

  it('其他 takes any text', () => {
    expect(check('其他证件', ' 某某 证  123 ')).toMatchObject({
      ok: true,
      value: { idType: 'other', number: '某某 证 123' },
    });
    expect(codes('其他', 'x'.repeat(51))).toEqual(['too_long']);
    expect(codes('其他', 'ab\u0000c')).toEqual(['invalid_format']);
  });
});

describe('the 证件类型 itself', () => {
  it('is inferred from a resident-family number when blank', () => {
    expect(check('', RESIDENT)).toMatchObject({ ok: true, value: { idType: 'resident-id' } });
    expect(check(undefined, HK_PERMIT)).toMatchObject({ ok: true, value: { idType: 'hmt-residence-permit' } });
    expect(check(null, PERMANENT_2023)).toMatchObject({
      ok: true,
      value: { idType: 'foreign-permanent-residence-id' },
    });
    // Shaped like a resident ID but wrong: its own issues, under 居民身份证.
    expect(codes(' ', `${RESIDENT.slice(0, 17)}1`)).toEqual(['invalid_checksum']);
  });

  it('is required when the number is not a resident ID', () => {
    const r = check('', 'E12345678');
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['required', ['idType']]]);
  });

  it('must be in the id-type table', () => {
    const r = check('火星证', '123');
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['unknown_code', ['idType']]]);
  });

  it('reports a blank number', () => {
    const r = check('身份证', '  ', { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['required', ['number'], 'ID number is required'],
    ]);
  });

  it('puts issues under options.path', () => {
    const r = check('身份证', 'E12345678', { path: ['people', 3] });
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(['people', 3, 'number']);
  });
});

describe('isValidIdDocument / assertIdDocument', () => {
  it('answer without throwing except assert', () => {
    expect(isValidIdDocument('护照', RESIDENT)).toBe(false);
    expect(isValidIdDocument('台胞证', '12345678')).toBe(true);
    expect(assertIdDocument('台胞证', '12345678').idType).toBe('tw-mainland-permit');
    expect(() => assertIdDocument('护照', RESIDENT)).toThrow('看起来是居民身份证');
  });
});

describe('properties', () => {
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
  const letter = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ');

  test.prop([
    fc.oneof(
      digits(8).map((d) => `E${d}`),
      fc.tuple(letter, digits(7)).map(([l, d]) => `E${l}${d}`),
    ),
  ])('every e-passport number passes under 中国护照 and fails under 身份证 as a passport', (number) => {
    expect(codes('中国护照', number)).toEqual([]);
    const r = check('身份证', number);
    expect(r.ok ? undefined : r.issues[0]?.params.looksLike).toBe('中国护照');
  });

  test.prop([fc.constantFrom('H', 'M'), digits(8)])('every 回乡证 number passes', (letter, d) => {
    expect(codes('港澳居民来往内地通行证', `${letter}${d}`)).toEqual([]);
  });

  test.prop([fc.anything(), fc.anything()])('junk never throws and answers a Result', (type, number) => {
    const r = validateIdDocument(type, number);
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});
