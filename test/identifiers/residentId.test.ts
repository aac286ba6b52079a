import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assertResidentId,
  compactResidentId,
  convertResidentId15To18,
  formatResidentId,
  isValidResidentId,
  lookupRegion,
  ValidationError,
  validateResidentId,
} from '../../src/index';
import { idCheck, makeId } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const codes = (input: unknown, options = {}) => {
  const r = validateResidentId(input, { asOf: AS_OF, ...options });
  return r.ok ? r.warnings.map((i) => i.code) : r.issues.map((i) => i.code);
};

describe('validateResidentId', () => {
  it('decodes the GB 11643 sample', () => {
    const r = validateResidentId('11010519491231002X', { asOf: AS_OF });
    expect(r).toEqual({
      ok: true,
      value: {
        number: '11010519491231002X',
        kind: 'resident',
        regionCode: '110105',
        birthDate: '1949-12-31',
        sex: 'female',
      },
      warnings: [],
    });
  });

  it('reads the sex from the order code', () => {
    const male = assertResidentId(makeId('430102', '19900101', '123'), { asOf: AS_OF });
    expect(male.sex).toBe('male');
    expect(assertResidentId(makeId('430102', '19900101', '124'), { asOf: AS_OF }).sex).toBe('female');
  });

  it('accepts lower-case x, full-width input, separators and an Excel apostrophe', () => {
    for (const input of [
      '11010519491231002x',
      '１１０１０５１９４９１２３１００２Ｘ',
      '110105 19491231 002X',
      "'11010519491231002X",
      '110105-19491231-002X',
      '\u200b11010519491231002X\u00a0',
    ]) {
      expect(validateResidentId(input, { asOf: AS_OF }).ok, input).toBe(true);
      expect(compactResidentId(input)).toBe('11010519491231002X');
    }
  });

  it('handles a check value of 0 and of 10 (X)', () => {
    // find bodies whose check is 0 and X by search over order codes, independently computed
    const bodies = Array.from({ length: 200 }, (_, i) => `43010219900101${String(i).padStart(3, '0')}`);
    const zero = bodies.find((b) => idCheck(b) === '0')!;
    const ten = bodies.find((b) => idCheck(b) === 'X')!;
    expect(isValidResidentId(`${zero}0`, { asOf: AS_OF })).toBe(true);
    expect(isValidResidentId(`${ten}X`, { asOf: AS_OF })).toBe(true);
    expect(isValidResidentId(`${ten}0`, { asOf: AS_OF })).toBe(false);
  });

  it('reports a wrong check character with the expected one', () => {
    const r = validateResidentId('110105194912310021', { asOf: AS_OF });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({
        code: 'invalid_checksum',
        severity: 'error',
        path: [],
        params: { expected: 'X', actual: '1' },
      });
      expect(r.issues[0]!.message).toContain('校验码');
    }
  });

  it('rejects impossible and future birth dates, warns before 1900', () => {
    expect(codes(makeId('430102', '19900230', '123'))).toEqual(['invalid_birth_date']);
    expect(codes(makeId('430102', '19001301', '123'))).toEqual(['invalid_birth_date']);
    expect(codes(makeId('430102', '20261126', '123'))).toEqual(['future_birth_date']);
    expect(codes(makeId('430102', '20261125', '123'))).toEqual([]);
    expect(codes(makeId('430102', '18991231', '123'))).toEqual(['doubtful_birth_date']);
    expect(codes(makeId('430102', '20000229', '123'))).toEqual([]);
    expect(codes(makeId('430102', '19000229', '123'))).toEqual(['invalid_birth_date']);
  });

  it('takes asOf as a Date in China time', () => {
    const id = makeId('430102', '20261126', '123');
    // 2026-11-25T16:30Z is already 2026-11-26 in Beijing.
    expect(isValidResidentId(id, { asOf: new Date('2026-11-25T16:30:00Z') })).toBe(true);
    expect(isValidResidentId(id, { asOf: new Date('2026-11-25T15:30:00Z') })).toBe(false);
  });

  it('rejects an unknown province', () => {
    expect(codes(makeId('990102', '19900101', '123'))).toEqual(['unknown_region']);
    expect(codes(makeId('000000', '19900101', '123'))).toEqual(['unknown_region']);
  });

  it('decodes residence permits of any birth year, and only with the exact 810000/820000/830000', () => {
    const hk = assertResidentId(makeId('810000', '19500101', '123'), { asOf: AS_OF });
    expect(hk).toMatchObject({ kind: 'hong-kong-permit', regionCode: '810000' });
    expect(assertResidentId(makeId('820000', '19900101', '124'), { asOf: AS_OF }).kind).toBe('macao-permit');
    expect(assertResidentId(makeId('830000', '19400101', '124'), { asOf: AS_OF }).kind).toBe('taiwan-permit');
    expect(codes(makeId('810101', '19900101', '123'))).toEqual(['unknown_region']);
  });

  it('decodes 2023 permanent-residence cards', () => {
    const pr = assertResidentId(makeId('911840', '19850615', '001'), { asOf: AS_OF });
    expect(pr).toMatchObject({
      kind: 'foreign-permanent',
      regionCode: '110000',
      nationality: '840',
      birthDate: '1985-06-15',
      sex: 'male',
    });
    expect(codes(makeId('999840', '19850615', '001'))).toEqual(['unknown_region']);
  });

  it('reports spreadsheet damage as its own issue', () => {
    const id = makeId('430102', '19900101', '123');
    expect(codes(Number(id.slice(0, 17)) * 10)).toEqual(['spreadsheet_number']);
    expect(codes(4.30102199001011e17)).toEqual(['spreadsheet_number']);
    expect(codes('4.30102E+17')).toEqual(['spreadsheet_number']);
    expect(codes('4.30102199001011E+17')).toEqual(['spreadsheet_number']);
    // 15 significant digits, then zeros: what Excel leaves of an 18-digit number shown as text
    const damaged = `${id.slice(0, 15)}000`;
    if (idCheck(damaged.slice(0, 17)) !== '0') expect(codes(damaged)).toEqual(['spreadsheet_number']);
  });

  it('refuses 15-character numbers unless asked', () => {
    expect(codes('110105491231002')).toEqual(['legacy_15_digit']);
    expect(codes('11010519491231002X'.slice(0, 15))).toEqual(['legacy_15_digit']);
    const r = validateResidentId('110105491231002', { asOf: AS_OF, allowLegacy15: true });
    expect(r.ok && r.value).toMatchObject({
      number: '11010519491231002X',
      legacy15: '110105491231002',
      birthDate: '1949-12-31',
    });
    expect(codes('110105491331002', { allowLegacy15: true })).toEqual(['invalid_birth_date']);
  });

  it('reads 2017 permanent-residence cards when asked', () => {
    const r = validateResidentId('USA110085061500', { asOf: AS_OF, allowLegacy15: true });
    expect(r.ok && r.value).toMatchObject({
      kind: 'foreign-permanent',
      nationality: 'USA',
      birthDate: '1985-06-15',
      number: 'USA110085061500',
    });
    expect(codes('USA110085061500')).toEqual(['legacy_15_digit']);
    expect(codes('USA110085133200', { allowLegacy15: true })).toEqual(['invalid_birth_date']);
  });

  it('reports type, blank, length and format problems', () => {
    expect(codes(null)).toEqual(['required']);
    expect(codes(undefined)).toEqual(['required']);
    expect(codes('  ')).toEqual(['required']);
    expect(codes({})).toEqual(['invalid_type']);
    expect(codes([])).toEqual(['invalid_type']);
    expect(codes(1.5)).toEqual(['invalid_type']);
    expect(codes('1101051949123100')).toEqual(['invalid_length']);
    expect(codes('11010519491231002Y')).toEqual(['invalid_format']);
  });

  it('speaks English on request', () => {
    const r = validateResidentId('110105194912310021', { asOf: AS_OF, locale: 'en' });
    expect(!r.ok && r.issues[0]!.message).toBe('resident ID number has a wrong check character: expected X, got 1');
  });
});

describe('convert, format, assert', () => {
  it('converts 15 digits to 18', () => {
    expect(convertResidentId15To18('110105491231002')).toBe('11010519491231002X');
    expect(convertResidentId15To18('11010519491231002X')).toBeUndefined();
    expect(convertResidentId15To18(null)).toBeUndefined();
  });
  it('formats valid input and leaves invalid input compacted', () => {
    expect(formatResidentId('110105 19491231 002x')).toBe('11010519491231002X');
    expect(formatResidentId('abc 1')).toBe('ABC1');
  });
  it('throws ValidationError with issues', () => {
    expect(() => assertResidentId('110105194912310021')).toThrow(ValidationError);
    try {
      assertResidentId('x');
    } catch (e) {
      expect((e as ValidationError).issues[0]!.code).toBe('invalid_length');
    }
  });
});

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const validId = fc
  .record({
    region: fc.constantFrom('110105', '430102', '440305', '650102', '810000', '830000'),
    date: fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2020-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    order: fc.array(digit, { minLength: 3, maxLength: 3 }).map((a) => a.join('')),
  })
  .map(({ region, date, order }) => makeId(region, date.toISOString().slice(0, 10).replaceAll('-', ''), order));

describe('properties', () => {
  test.prop([validId])('random bodies with computed checks are valid', (id) => {
    expect(isValidResidentId(id, { asOf: AS_OF })).toBe(true);
    expect(validateResidentId(id, { asOf: AS_OF }).ok).toBe(true);
  });

  test.prop([validId, fc.nat(17), fc.integer({ min: 1, max: 10 })])(
    'every single-character change is rejected',
    (id, pos, delta) => {
      const alphabet = '0123456789X';
      const current = alphabet.indexOf(id[pos]!);
      // the last position takes 0-9 and X, the others 0-9 only
      const size = pos === 17 ? 11 : 10;
      const replacement = alphabet[(current + delta) % size]!;
      fc.pre(replacement !== id[pos]);
      const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
      expect(isValidResidentId(changed, { asOf: AS_OF })).toBe(false);
    },
  );

  test.prop([validId, fc.nat(16)])('every adjacent transposition is rejected', (id, pos) => {
    fc.pre(id[pos] !== id[pos + 1]);
    const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
    expect(isValidResidentId(swapped, { asOf: AS_OF })).toBe(false);
  });

  test.prop([validId])('the boolean and the full validator agree', (id) => {
    const lower = id.toLowerCase();
    expect(isValidResidentId(lower, { asOf: AS_OF })).toBe(validateResidentId(lower, { asOf: AS_OF }).ok);
  });

  test.prop([fc.string({ minLength: 18, maxLength: 18, unit: fc.constantFrom(...'0123456789X') })])(
    'the boolean and the full validator agree on random strings',
    (s) => {
      expect(isValidResidentId(s, { asOf: AS_OF })).toBe(validateResidentId(s, { asOf: AS_OF }).ok);
    },
  );
});

describe('historical address codes (GB/T 2260 1981–2024)', () => {
  it('accepts a code retired after the birth year and rejects one retired before it', () => {
    // 110103 崇文区 was merged into 东城区 in 2010
    expect(codes(makeId('110103', '20050101', '123'))).toEqual([]);
    expect(codes(makeId('110103', '20100101', '123'))).toEqual([]);
    const r = validateResidentId(makeId('110103', '20110101', '123'), { asOf: AS_OF });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'region_retired_before_birth',
      severity: 'error',
      params: { regionCode: '110103', until: 2010, birthYear: 2011 },
    });
    expect(!r.ok && r.issues[0]!.message).toBe('地址码 110103 已于 2010 年撤销，早于出生年份 2011');
  });

  it('accepts a code created after the birth year (numbers are issued later)', () => {
    // 110119 延庆区 exists since 2015
    expect(codes(makeId('110119', '19600101', '123'))).toEqual([]);
  });

  it('warns on an unknown county under a known prefecture or province, and accepts overlay codes', () => {
    const r = validateResidentId(makeId('430699', '19900101', '123'), { asOf: AS_OF });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toMatchObject({
      code: 'unknown_region',
      severity: 'warning',
      params: { regionCode: '430699' },
    });
    expect(codes(makeId('430671', '19800101', '123'))).toEqual([]);
  });

  it('accepts prefecture and province codes found on real numbers', () => {
    expect(codes(makeId('430600', '19700101', '123'))).toEqual([]);
    expect(codes(makeId('430000', '19700101', '123'))).toEqual([]);
  });

  it('names the region in force when the number was issued, with lookupRegion injected', () => {
    const born1990 = validateResidentId(makeId('120110', '19900101', '123'), { asOf: AS_OF, lookupRegion });
    expect(born1990.ok && born1990.value.regionNames).toEqual(['天津市', '东郊区']);
    const born1995 = validateResidentId(makeId('120110', '19950101', '123'), { asOf: AS_OF, lookupRegion });
    expect(born1995.ok && born1995.value.regionNames).toEqual(['天津市', '东丽区']);
    // a code created after the birth: the names of its first year
    const later = validateResidentId(makeId('110119', '19600101', '123'), { asOf: AS_OF, lookupRegion });
    expect(later.ok && later.value.regionNames).toEqual(['北京市', '延庆区']);
    const plain = validateResidentId(makeId('120110', '19900101', '123'), { asOf: AS_OF });
    expect(plain.ok && 'regionNames' in plain.value).toBe(false);
    const permit = validateResidentId(makeId('830000', '19500101', '123'), { asOf: AS_OF, lookupRegion });
    expect(permit.ok && permit.value.regionNames?.[0]).toBe('台湾地区');
  });
});
