import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import {
  assertLandline,
  compactLandline,
  formatLandline,
  isValidLandline,
  validateLandline,
} from '../../src/identifiers/landline';

const codes = (input: unknown) => {
  const r = validateLandline(input);
  return r.ok ? r.warnings.map((i) => `${i.code}?`) : r.issues.map((i) => i.code);
};

// The table as committed in codes/: the validator must agree with every row.
const table = readFileSync(new URL('../../codes/landline-area-codes/areaCodes.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [areaCode = '', lengths = ''] = line.split('\t');
    return { areaCode, lengths: lengths.split(',').map(Number) };
  });

describe('validateLandline', () => {
  it('accepts the usual ways of writing 0730-1234567', () => {
    const inputs = [
      '0730-1234567',
      '(0730)1234567',
      '（0730）1234567',
      '(0730) 123-4567',
      '0730 1234567',
      '07301234567',
      '0730—1234567',
      '０７３０－１２３４５６７',
      "'0730-1234567",
      '+86 730 1234567',
      '+86-730-1234567',
      '+86 (0)730 1234567',
      '0086-730-1234567',
      '0086 0730 1234567',
    ];
    for (const input of inputs) {
      expect(validateLandline(input), input).toEqual({
        ok: true,
        value: {
          areaCode: '0730',
          localNumber: '1234567',
          number: '07301234567',
          e164: '+867301234567',
          formatted: '0730-1234567',
        },
        warnings: [],
      });
    }
  });

  it('reads extensions', () => {
    for (const input of [
      '0730-1234567-123',
      '0730-1234567转123',
      '0730-1234567 转 123',
      '0730-1234567 ext. 123',
      '0730-1234567ext123',
      '0730-1234567 x123',
      '0730-1234567#123',
      '0730-1234567分机123',
      '（0730）1234567－123',
    ]) {
      const r = validateLandline(input);
      expect(r.ok && r.value.extension, input).toBe('123');
      expect(r.ok && r.value.formatted, input).toBe('0730-1234567转123');
    }
    // A trailing group is an extension only when the number is complete without it.
    expect(formatLandline('0730-123-4567')).toBe('0730-1234567');
    expect(formatLandline('010-1234-5678')).toBe('010-12345678');
    const noExtension = validateLandline('0730-1234567');
    expect(noExtension.ok && 'extension' in noExtension.value).toBe(false);
  });

  it('knows the local-number length of each area code', () => {
    expect(codes('0730-1234567')).toEqual([]);
    expect(codes('0731-88888888')).toEqual([]);
    expect(codes('010-12345678')).toEqual([]);
    expect(codes('021-61234567')).toEqual([]);
    expect(codes('0433-1234567')).toEqual([]);
    expect(codes('0433-12345678')).toEqual([]);
    expect(codes('0731-8888888')).toEqual(['invalid_local_number_length']);
    expect(codes('0730-12345678')).toEqual(['invalid_local_number_length']);
    expect(codes('010-1234567')).toEqual(['invalid_local_number_length']);
    const r = validateLandline('0731-8888888');
    expect(!r.ok && r.issues[0]?.params).toMatchObject({ areaCode: '0731', expected: '8', actual: 7, lengths: [8] });
  });

  it('agrees with every row of codes/landline-area-codes', () => {
    expect(table.length).toBeGreaterThan(300);
    for (const { areaCode, lengths } of table) {
      for (const length of [7, 8]) {
        const number = `${areaCode}-${'23456789'.slice(0, length)}`;
        expect(isValidLandline(number), number).toBe(lengths.includes(length));
        if (!lengths.includes(length)) expect(codes(number)).toEqual(['invalid_local_number_length']);
      }
    }
  });

  it('warns about an area code of the right shape that the table lacks, then accepts 7 or 8 digits', () => {
    expect(codes('026-12345678')).toEqual(['unknown_area_code?']);
    expect(codes('0300-1234567')).toEqual(['unknown_area_code?']);
    expect(codes('0300-12345678')).toEqual(['unknown_area_code?']);
    expect(codes('0300-123456')).toEqual(['invalid_length', 'unknown_area_code']);
    const r = validateLandline('0300-123456', { locale: 'en' });
    expect(!r.ok && r.issues[0]?.message).toBe('landline number has the wrong length: expected 11 or 12, got 10');
  });

  it('reports every issue code', () => {
    expect(codes('1234567')).toEqual(['missing_area_code']);
    expect(codes('12345678')).toEqual(['missing_area_code']);
    expect(codes(1234567)).toEqual(['missing_area_code']);
    expect(codes('13812345678')).toEqual(['invalid_format']);
    expect(codes('+86 138 1234 5678')).toEqual(['invalid_format']);
    expect(codes('0138 1234 5678')).toEqual(['invalid_format']);
    expect(codes('730-1234567')).toEqual(['invalid_format']);
    expect(codes('+852 2123 4567')).toEqual(['invalid_format']);
    expect(codes('00852 2123 4567')).toEqual(['invalid_format']);
    expect(codes('0730-123456a')).toEqual(['invalid_format']);
    expect(codes('转123')).toEqual(['invalid_format']);
    expect(codes('0')).toEqual(['invalid_length']);
    expect(codes('0730')).toEqual(['invalid_local_number_length']);
    expect(codes(7301234567)).toEqual(['spreadsheet_number']);
    expect(codes('7.30123E+9')).toEqual(['spreadsheet_number']);
    expect(codes('')).toEqual(['required']);
    expect(codes(null)).toEqual(['required']);
    expect(codes([])).toEqual(['invalid_type']);
    expect(codes(-7301234567)).toEqual(['invalid_type']);
  });

  it('writes messages in Chinese by default and in English on request', () => {
    const zh = validateLandline('0731-8888888');
    const en = validateLandline('0731-8888888', { locale: 'en' });
    expect(!zh.ok && zh.issues[0]?.message).toBe('区号 0731 的本地号码应为 8 位，实为 7 位');
    expect(!en.ok && en.issues[0]?.message).toBe('local numbers under area code 0731 have 8 digits, got 7');
    const missing = validateLandline('1234567');
    expect(!missing.ok && missing.issues[0]?.message).toBe('座机号码缺少区号，应写成“区号-号码”，如 0730-1234567');
    const mobile = validateLandline('13812345678', { locale: 'en' });
    expect(!mobile.ok && mobile.issues[0]?.message).toBe(
      'landline number has an invalid format: this is a mobile number',
    );
    const unknown = validateLandline('026-12345678');
    expect(unknown.ok && unknown.warnings[0]?.message).toBe('区号 026 不在区号表中，请核实');
  });
});

describe('compactLandline, formatLandline, assertLandline', () => {
  it('compacts and formats', () => {
    expect(compactLandline('（0730）123 4567 ext. 12')).toBe('07301234567转12');
    expect(compactLandline('+86 10 1234 5678')).toBe('01012345678');
    expect(compactLandline({})).toBe('');
    expect(formatLandline('07301234567')).toBe('0730-1234567');
    expect(formatLandline('+86 730 1234567#8')).toBe('0730-1234567转8');
    expect(formatLandline('0731-888 8888')).toBe('07318888888');
    expect(formatLandline(null)).toBe('');
  });

  it('asserts', () => {
    expect(assertLandline('0730-1234567转8')).toMatchObject({ areaCode: '0730', extension: '8' });
    expect(() => assertLandline('0731-8888888')).toThrow(ValidationError);
    expect(() => assertLandline('0731-8888888')).toThrow('区号 0731 的本地号码应为 8 位，实为 7 位');
  });
});

const digit = fc.constantFrom(...'0123456789');
const localNumber = (length: number) =>
  fc
    .tuple(fc.constantFrom(...'2345678'), fc.string({ unit: digit, minLength: length - 1, maxLength: length - 1 }))
    .map(([lead, rest]) => lead + rest);
const tableRow = fc.constantFrom(...table);

describe('properties', () => {
  const allowed = tableRow.chain((row) =>
    fc
      .constantFrom(...row.lengths)
      .chain(localNumber)
      .map((local) => [row.areaCode, local] as const),
  );
  test.prop([allowed])('random local numbers of an allowed length are valid', ([areaCode, local]) => {
    expect(codes(`${areaCode}-${local}`)).toEqual([]);
    expect(formatLandline(`+86 ${areaCode.slice(1)} ${local}`)).toBe(`${areaCode}-${local}`);
  });

  test.prop([tableRow, fc.constantFrom(7, 8).chain((length) => localNumber(length))])(
    'a local number of another length is rejected under a known area code',
    ({ areaCode, lengths }, local) => {
      fc.pre(!lengths.includes(local.length));
      expect(codes(`${areaCode}-${local}`)).toEqual(['invalid_local_number_length']);
    },
  );

  test.prop([
    fc.oneof(
      fc.constant('10'),
      fc.integer({ min: 20, max: 29 }).map(String),
      fc.integer({ min: 300, max: 999 }).map(String),
    ),
    fc.constantFrom(7, 8).chain((length) => localNumber(length)),
  ])('never rejects a number libphonenumber accepts as a fixed line', (area, local) => {
    const phone = parsePhoneNumberFromString(`0${area}${local}`, 'CN');
    fc.pre(phone?.isValid() === true && phone.getType() === 'FIXED_LINE');
    expect(codes(`0${area}-${local}`)).toEqual([]);
  });

  test.prop([
    fc.oneof(
      fc.anything(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789+-()（）转#xX. 86') }),
    ),
  ])('no input throws', (input) => {
    expect(() => {
      validateLandline(input);
      validateLandline(input, { locale: 'en' });
      isValidLandline(input);
      compactLandline(input);
      formatLandline(input);
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
      -1,
      Symbol('x'),
      () => 1,
      '0'.repeat(1e6),
      `0730-${'1'.repeat(1e6)}转1`,
    ];
    for (const input of junk) {
      expect(isValidLandline(input)).toBe(false);
      expect(() => formatLandline(input)).not.toThrow();
    }
  });
});
