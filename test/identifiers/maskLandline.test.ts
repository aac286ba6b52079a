import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskLandline } from '../../src/index';

describe('maskLandline', () => {
  it('keeps the area code and the last two digits of the local number', () => {
    expect(maskLandline('0730-1234567')).toBe('0730-*****67');
    expect(maskLandline('010 12345678转123')).toBe('010-******78转123');
    expect(maskLandline('(0731)88888888', { maskChar: '●' })).toBe('0731-●●●●●●88');
  });
  it('never leaves fewer than five digits hidden', () => {
    expect(maskLandline('0730-1234567', { keepEnd: 6 })).toBe('0730-*****67');
    expect(maskLandline('0730-1234567', { keepEnd: 0 })).toBe('0730-*******');
  });
  it('masks text that is no landline without leaving it readable', () => {
    expect(maskLandline('12345')).not.toContain('234');
    expect(maskLandline(null)).toBe('');
  });
  test.prop([fc.integer({ min: 1_000_000, max: 9_999_999 })])(
    'never shows the first five digits of a local number',
    (n) => {
      const masked = maskLandline(`0730-${n}`);
      expect(masked.startsWith('0730-*****')).toBe(true);
    },
  );
});
