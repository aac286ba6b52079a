import { fc, test } from '@fast-check/vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import { assertMobile, compactMobile, formatMobile, isValidMobile, validateMobile } from '../../src/identifiers/mobile';

const codes = (input: unknown) => {
  const r = validateMobile(input);
  return r.ok ? r.warnings.map((i) => `${i.code}?`) : r.issues.map((i) => i.code);
};

describe('validateMobile', () => {
  it('accepts the usual ways of writing a number', () => {
    const inputs = [
      '13812345678',
      '138 1234 5678',
      '138-1234-5678',
      '138.1234.5678',
      '(138)12345678',
      '+86 138 1234 5678',
      '+86-13812345678',
      '(+86)13812345678',
      '0086 13812345678',
      '8613812345678',
      '013812345678',
      '１３８１２３４５６７８',
      '＋８６ １３８－１２３４－５６７８',
      "'13812345678",
      ' 13812345678\u00a0',
      '138\u200b1234\u200b5678',
      13812345678,
      13812345678n,
    ];
    for (const input of inputs) {
      expect(validateMobile(input), String(input)).toEqual({
        ok: true,
        value: { number: '13812345678', prefix: '138', e164: '+8613812345678' },
        warnings: [],
      });
    }
  });

  it('accepts every allocated block, including 16x, 17x, 19x and the partial 1610 and 17400–17405', () => {
    for (const n of ['13012345678', '14512345678', '16212345678', '16612345678', '17012345678', '19912345678']) {
      expect(codes(n), n).toEqual([]);
    }
    expect(codes('16101234567')).toEqual([]);
    expect(codes('17405123456')).toEqual([]);
  });

  it('warns about 13x–19x prefixes missing from the table instead of rejecting them', () => {
    for (const n of ['14112345678', '14912345678', '15412345678', '19412345678', '16112345678', '17461234567']) {
      expect(codes(n), n).toEqual(['unknown_mobile_prefix?']);
      expect(isValidMobile(n)).toBe(true);
    }
    const r = validateMobile('14912345678');
    expect(r.ok && r.warnings[0]?.params.prefix).toBe('149');
  });

  it('reports every issue code', () => {
    expect(codes('12812345678')).toEqual(['invalid_mobile_prefix']);
    expect(codes('10012345678')).toEqual(['invalid_mobile_prefix']);
    expect(codes('11012345678')).toEqual(['invalid_mobile_prefix']);
    expect(codes('1381234567')).toEqual(['invalid_length']);
    expect(codes('138123456789')).toEqual(['invalid_length']);
    expect(codes('23812345678')).toEqual(['invalid_format']);
    expect(codes('0730-1234567')).toEqual(['invalid_format']);
    expect(codes('138-abcd-5678')).toEqual(['invalid_format']);
    expect(codes('+852 9123 4567')).toEqual(['invalid_format']);
    expect(codes('00852 9123 4567')).toEqual(['invalid_format']);
    const foreign = validateMobile('00852 9123 4567');
    expect(!foreign.ok && foreign.issues[0]?.message).toBe('手机号码格式不正确：只支持中国大陆手机号码（+86）');
    expect(codes('1.38123E+10')).toEqual(['spreadsheet_number']);
    expect(codes(1.3812345678e15)).toEqual(['spreadsheet_number']);
    expect(codes('')).toEqual(['required']);
    expect(codes('   ')).toEqual(['required']);
    expect(codes(null)).toEqual(['required']);
    expect(codes(undefined)).toEqual(['required']);
    expect(codes({})).toEqual(['invalid_type']);
    expect(codes(13812345678.5)).toEqual(['invalid_type']);
  });

  it('keeps the country code when what follows is not a mobile number', () => {
    expect(compactMobile('8610123456')).toBe('8610123456');
    expect(codes('+86 10 1234 5678')).toEqual(['invalid_format']);
  });

  it('writes messages in Chinese by default and in English on request', () => {
    const zh = validateMobile('1381234567');
    const en = validateMobile('1381234567', { locale: 'en' });
    expect(!zh.ok && zh.issues[0]?.message).toBe('手机号码长度不正确：应为 11 位，实为 10 位');
    expect(!en.ok && en.issues[0]?.message).toBe('mobile number has the wrong length: expected 11, got 10');
    const prefix = validateMobile('12812345678', { locale: 'en' });
    expect(!prefix.ok && prefix.issues[0]?.message).toBe('mobile prefix 128 does not exist');
    const warning = validateMobile('14912345678');
    expect(warning.ok && warning.warnings[0]?.message).toBe('手机号码号段 149 未见于号段表，请核实');
  });
});

describe('compactMobile, formatMobile, assertMobile', () => {
  it('compacts and formats', () => {
    expect(compactMobile('+86 (138) 1234-5678')).toBe('13812345678');
    expect(compactMobile(13812345678)).toBe('13812345678');
    expect(compactMobile(null)).toBe('');
    expect(formatMobile('+8613812345678')).toBe('138 1234 5678');
    expect(formatMobile('１３８ １２３４ ５６７８')).toBe('138 1234 5678');
    expect(formatMobile('1381234567')).toBe('1381234567');
    expect(formatMobile(undefined)).toBe('');
  });

  it('asserts', () => {
    expect(assertMobile('13812345678').prefix).toBe('138');
    expect(() => assertMobile('12812345678')).toThrow(ValidationError);
    const error = (() => {
      try {
        assertMobile('123', { locale: 'en' });
      } catch (e) {
        return e;
      }
    })();
    expect(error instanceof ValidationError && error.issues[0]?.code).toBe('invalid_length');
    expect(error instanceof ValidationError && error.message).toBe(
      'mobile number has the wrong length: expected 11, got 3',
    );
  });
});

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

describe('properties', () => {
  test.prop([fc.integer({ min: 13, max: 19 }), digits(9)])(
    'any 13x–19x number is valid (perhaps with a warning)',
    (head, rest) => {
      expect(isValidMobile(`${head}${rest}`)).toBe(true);
    },
  );

  test.prop([fc.integer({ min: 10, max: 12 }), digits(9)])('10x–12x are never mobile numbers', (head, rest) => {
    expect(codes(`${head}${rest}`)).toEqual(['invalid_mobile_prefix']);
  });

  test.prop([fc.integer({ min: 13, max: 19 }), digits(9)])(
    'libphonenumber mobile numbers pass without warnings',
    (head, rest) => {
      const number = `${head}${rest}`;
      const phone = parsePhoneNumberFromString(number, 'CN');
      fc.pre(phone?.isValid() === true && phone.getType() === 'MOBILE');
      expect(codes(number)).toEqual([]);
    },
  );

  test.prop([fc.integer({ min: 13, max: 19 }), digits(9), fc.constantFrom('', '+86', '0086', '86', '+86 ', '(+86)')])(
    'compact, format and validate agree',
    (head, rest, country) => {
      const number = `${head}${rest}`;
      const written = `${country}${number.slice(0, 3)}-${number.slice(3, 7)} ${number.slice(7)}`;
      expect(compactMobile(written)).toBe(number);
      expect(compactMobile(formatMobile(written))).toBe(number);
    },
  );

  test.prop([
    fc.oneof(
      fc.anything(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789+-() 转#x８６') }),
    ),
  ])('no input throws', (input) => {
    expect(() => {
      validateMobile(input);
      validateMobile(input, { locale: 'en' });
      isValidMobile(input);
      compactMobile(input);
      formatMobile(input);
    }).not.toThrow();
  });

  it('junk never throws and is never valid', () => {
    const junk = [
      null,
      undefined,
      {},
      [],
      NaN,
      Infinity,
      -Infinity,
      -1,
      0,
      Symbol('x'),
      () => 1,
      new Date(0),
      /1/,
      '1'.repeat(1e6),
      `${'１'.repeat(1e5)}x`,
    ];
    for (const input of junk) {
      expect(isValidMobile(input)).toBe(false);
      expect(() => formatMobile(input)).not.toThrow();
    }
  });
});
