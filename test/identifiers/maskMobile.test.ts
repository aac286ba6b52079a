import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskMobile } from '../../src/identifiers/maskMobile';

describe('maskMobile', () => {
  it('keeps the prefix and the last four digits of a number', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('+86 138-1234-5678')).toBe('138****5678');
    expect(maskMobile('１３８１２３４５６７８')).toBe('138****5678');
    expect(maskMobile(13812345678)).toBe('138****5678');
  });

  it('masks invalid text too, keeping its length', () => {
    expect(maskMobile('1381234567')).toBe('138***4567');
    expect(maskMobile('138123456789')).toBe('138*****6789');
  });

  it('never leaves a short text readable', () => {
    expect(maskMobile('1234567')).toBe('1*****7');
    expect(maskMobile('12')).toBe('**');
  });

  it('returns an empty string when there is no text', () => {
    for (const input of [null, undefined, '', '   ', {}, [], Symbol('x')]) expect(maskMobile(input)).toBe('');
  });

  it('takes options', () => {
    expect(maskMobile('13812345678', { keepStart: 0, keepEnd: 4, maskChar: '●' })).toBe('●●●●●●●5678');
  });
});

describe('properties', () => {
  test.prop([
    fc.integer({ min: 13, max: 19 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
  ])('hides exactly the middle four digits of a valid number', (head, rest) => {
    const number = `${head}${rest}`;
    expect(maskMobile(number)).toBe(`${number.slice(0, 3)}****${number.slice(7)}`);
  });

  test.prop([fc.anything()])('no input throws', (input) => {
    expect(() => maskMobile(input)).not.toThrow();
  });
});
