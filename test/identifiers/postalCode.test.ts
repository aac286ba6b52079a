import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import {
  assertPostalCode,
  compactPostalCode,
  formatPostalCode,
  isValidPostalCode,
  validatePostalCode,
} from '../../src/identifiers/postalCode';

const codes = (input: unknown) => {
  const r = validatePostalCode(input);
  return r.ok ? r.warnings.map((i) => `${i.code}?`) : r.issues.map((i) => i.code);
};

describe('validatePostalCode', () => {
  it('accepts 6 digits however they arrive', () => {
    for (const input of ['414000', ' 414 000 ', '４１４０００', "'414000", '414-000', 414000, 414000n]) {
      expect(validatePostalCode(input), String(input)).toEqual({ ok: true, value: { code: '414000' }, warnings: [] });
    }
    expect(isValidPostalCode('010000')).toBe(true);
    expect(isValidPostalCode("'010000")).toBe(true);
  });

  it('reports a numeric cell that lost its leading 0 (010000 呼和浩特 stored as 10000)', () => {
    expect(codes(10000)).toEqual(['spreadsheet_number']);
    expect(codes(10000n)).toEqual(['spreadsheet_number']);
    const r = validatePostalCode(10000);
    expect(!r.ok && r.issues[0]?.params.lost).toBe('leading_zero');
    expect(!r.ok && r.issues[0]?.message).toContain('开头的 0 已丢失');
    const en = validatePostalCode(10000, { locale: 'en' });
    expect(!en.ok && en.issues[0]?.message).toContain('lost its leading 0');
    // Text with 5 digits was typed that way: a plain length error.
    expect(codes('10000')).toEqual(['invalid_length']);
  });

  it('reports every issue code', () => {
    expect(codes('41400')).toEqual(['invalid_length']);
    expect(codes('4140001')).toEqual(['invalid_length']);
    expect(codes(1000)).toEqual(['invalid_length']);
    expect(codes('41400A')).toEqual(['invalid_format']);
    expect(codes('4.14E+5')).toEqual(['spreadsheet_number']);
    expect(codes('')).toEqual(['required']);
    expect(codes(undefined)).toEqual(['required']);
    expect(codes({ code: '414000' })).toEqual(['invalid_type']);
    expect(codes(414000.5)).toEqual(['invalid_type']);
  });

  it('writes messages in Chinese by default and in English on request', () => {
    const zh = validatePostalCode('41400');
    const en = validatePostalCode('41400', { locale: 'en' });
    expect(!zh.ok && zh.issues[0]?.message).toBe('邮政编码长度不正确：应为 6 位，实为 5 位');
    expect(!en.ok && en.issues[0]?.message).toBe('postal code has the wrong length: expected 6, got 5');
    const format = validatePostalCode('41400A', { locale: 'en' });
    expect(!format.ok && format.issues[0]?.message).toBe('postal code has an invalid format: only digits are allowed');
  });
});

describe('compactPostalCode, formatPostalCode, assertPostalCode', () => {
  it('compacts, formats and asserts', () => {
    expect(compactPostalCode(' ４１４ ０００ ')).toBe('414000');
    expect(compactPostalCode(10000)).toBe('10000');
    expect(compactPostalCode(null)).toBe('');
    expect(formatPostalCode(414000)).toBe('414000');
    expect(formatPostalCode('41 400')).toBe('41400');
    expect(assertPostalCode('414000')).toEqual({ code: '414000' });
    expect(() => assertPostalCode('41400')).toThrow(ValidationError);
  });
});

describe('properties', () => {
  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 })])(
    'any 6 digits are valid',
    (code) => {
      expect(formatPostalCode(code)).toBe(code);
      expect(isValidPostalCode(code)).toBe(true);
    },
  );

  test.prop([fc.oneof(fc.anything(), fc.string({ unit: 'binary' }))])('no input throws', (input) => {
    expect(() => {
      validatePostalCode(input);
      validatePostalCode(input, { locale: 'en' });
      isValidPostalCode(input);
      compactPostalCode(input);
      formatPostalCode(input);
    }).not.toThrow();
  });

  it('junk never throws and is never valid', () => {
    for (const input of [null, undefined, {}, [], NaN, Infinity, -1, Symbol('x'), () => 1, '4'.repeat(1e6)]) {
      expect(isValidPostalCode(input)).toBe(false);
    }
  });
});
