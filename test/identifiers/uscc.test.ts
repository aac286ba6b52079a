import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assertUscc, compactUscc, formatUscc, isValidUscc, ValidationError, validateUscc } from '../../src/index';
import { makeUscc, orgCheck, usccCheck } from '../_helpers/idFixtures';

const codes = (input: unknown, options = {}) => {
  const r = validateUscc(input, options);
  return r.ok ? r.warnings.map((i) => i.code) : r.issues.map((i) => i.code);
};

describe('validateUscc', () => {
  it('checks the GB 32100 worked example', () => {
    const r = validateUscc('91350100M000100Y43');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toMatchObject({
        code: '91350100M000100Y43',
        department: { code: '9', name: '工商' },
        category: { code: '91', name: '企业' },
        regionCode: '350100',
        orgCode: 'M000100Y-4',
        orgCodeValid: true,
      });
    }
  });

  it('accepts a check value of 0 (the mod that a port of python-stdnum forgets)', () => {
    let found: string | undefined;
    for (let i = 0; i < 2000 && !found; i++) {
      const code = makeUscc('91430102', `MA${String(i).padStart(6, '0')}`);
      if (code.endsWith('0')) found = code;
    }
    expect(found).toBeDefined();
    expect(isValidUscc(found)).toBe(true);
  });

  it('normalises case, full-width characters, spaces and hyphens', () => {
    for (const input of [
      '91350100m000100y43',
      '９１３５０１００Ｍ０００１００Ｙ４３',
      ' 91350100-M000100Y4-3 ',
      "'91350100M000100Y43",
    ]) {
      expect(isValidUscc(input), input).toBe(true);
      expect(compactUscc(input)).toBe('91350100M000100Y43');
    }
    expect(formatUscc('91350100m000100y43')).toBe('91350100M000100Y43');
  });

  it('accepts departments A, N and Y', () => {
    expect(codes(makeUscc('A1110000', 'MA000001'))).toEqual([]);
    expect(codes(makeUscc('N2430102', 'MA000001'))).toEqual([]);
    expect(codes(makeUscc('Y1430102', 'MA000001'))).toEqual([]);
  });

  it('rejects an unknown registration department', () => {
    expect(codes(makeUscc('B1430102', 'MA000001'))).toEqual(['unknown_registration_department']);
    expect(codes(makeUscc('01430102', 'MA000001'))).toEqual(['unknown_registration_department']);
  });

  it('warns on an unknown category, an unknown region and a failing embedded org code', () => {
    expect(codes(makeUscc('9A430102', 'MA000001'))).toEqual(['unknown_uscc_category']);
    expect(codes(makeUscc('91990102', 'MA000001'))).toEqual(['unknown_region']);
    const body = `91430102MA0000011`;
    const broken = body + usccCheck(body);
    expect(orgCheck('MA000001')).not.toBe('1');
    expect(codes(broken)).toEqual(['invalid_embedded_org_code']);
    const r = validateUscc(broken);
    expect(r.ok && r.value.orgCodeValid).toBe(false);
  });

  it('rejects characters outside the alphabet with their position', () => {
    const r = validateUscc('91350100M000100I43');
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'invalid_format', params: { position: 16, character: 'I' } });
    expect(codes('91350100M0001O0Y43')).toEqual(['invalid_format']);
  });

  it('requires digits in the region part', () => {
    const body = '91AB0100M000100Y4';
    expect(codes(body + usccCheck(body))).toEqual(['invalid_format']);
  });

  it('rejects a wrong check character', () => {
    const r = validateUscc('91350100M000100Y44');
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'invalid_checksum', params: { expected: '3', actual: '4' } });
  });

  it('accepts pilot-era Fuzhou/Xiamen codes only in lenient mode, with a warning', () => {
    const good = makeUscc('91350200', 'MA000001');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    expect(codes(wrongCheck)).toEqual(['invalid_checksum']);
    expect(isValidUscc(wrongCheck)).toBe(false);
    expect(codes(wrongCheck, { allowPilotCodes: true })).toEqual(['pilot_uscc_checksum']);
    expect(isValidUscc(wrongCheck, { allowPilotCodes: true })).toBe(true);
    const elsewhere = makeUscc('91430102', 'MA000001');
    const elsewhereWrong = elsewhere.slice(0, 17) + (elsewhere[17] === '1' ? '2' : '1');
    expect(codes(elsewhereWrong, { allowPilotCodes: true })).toEqual(['invalid_checksum']);
  });

  it('reports type, blank, length and spreadsheet problems', () => {
    expect(codes(null)).toEqual(['required']);
    expect(codes({})).toEqual(['invalid_type']);
    expect(codes('123')).toEqual(['invalid_length']);
    expect(codes('9.1350100E+17')).toEqual(['spreadsheet_number']);
    expect(codes(Number('913501001234567890'))).toEqual(['spreadsheet_number']);
  });

  it('throws ValidationError from assertUscc and speaks English', () => {
    expect(() => assertUscc('91350100M000100Y44')).toThrow(ValidationError);
    const r = validateUscc('91350100M000100Y44', { locale: 'en' });
    expect(!r.ok && r.issues[0]!.message).toContain('wrong check character');
  });
});

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const validUscc = fc
  .record({
    dept: fc.constantFrom('1', '5', '9', 'A', 'N', 'Y'),
    cat: fc.constantFrom('1', '2', '3'),
    region: fc.constantFrom('110000', '430102', '350200', '100000'),
    org: fc.string({ minLength: 8, maxLength: 8, unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY') }),
  })
  .map(({ dept, cat, region, org }) => {
    const body = dept + cat + region + org + fc.sample(fc.constantFrom(...ALPHABET), 1)[0];
    return body + usccCheck(body);
  });

describe('properties', () => {
  test.prop([validUscc])('random bodies with computed checks are valid', (code) => {
    expect(isValidUscc(code)).toBe(true);
    expect(validateUscc(code).ok).toBe(true);
  });

  test.prop([validUscc, fc.nat(17), fc.integer({ min: 1, max: 30 })])(
    'every single-character change is rejected',
    (code, pos, delta) => {
      const replacement = ALPHABET[(ALPHABET.indexOf(code[pos]!) + delta) % 31]!;
      const changed = code.slice(0, pos) + replacement + code.slice(pos + 1);
      expect(isValidUscc(changed)).toBe(false);
    },
  );

  test.prop([validUscc, fc.nat(16)])('every adjacent transposition is rejected', (code, pos) => {
    fc.pre(code[pos] !== code[pos + 1]);
    const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
    expect(isValidUscc(swapped)).toBe(false);
  });

  test.prop([validUscc])('the boolean and the full validator agree', (code) => {
    expect(isValidUscc(code.toLowerCase())).toBe(validateUscc(code.toLowerCase()).ok);
  });
});
