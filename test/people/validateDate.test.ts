import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateDate } from '../../src/people/validateDate';

const AS_OF = '2026-11-25';
const value = (input: unknown, options = {}) => {
  const r = validateDate(input, { asOf: AS_OF, ...options });
  return r.ok ? r.value : r.issues.map((i) => i.code).join(',');
};

describe('validateDate', () => {
  it('reads the shapes clerks write', () => {
    for (const text of [
      '1990-01-02',
      '1990/1/2',
      '1990.01.02',
      '1990年1月2日',
      '19900102',
      ' 1990 - 1 - 2 ',
      '１９９０－０１－０２',
      '1990-01-02 00:00:00',
    ]) {
      expect(value(text), text).toBe('1990-01-02');
    }
    expect(value(19900102)).toBe('1990-01-02');
  });

  it('takes a Date as its date in China', () => {
    expect(value(new Date('1990-01-01T16:30:00Z'))).toBe('1990-01-02');
    expect(value(new Date(Number.NaN))).toBe('invalid_date');
  });

  it('reads year-month with precision month', () => {
    for (const text of ['2020-03', '2020.3', '2020年3月', '202003', '2020-03-15']) {
      expect(value(text, { precision: 'month' }), text).toBe('2020-03');
    }
    expect(value('2020-13', { precision: 'month' })).toBe('invalid_date');
    expect(value('2020-03')).toBe('invalid_date');
  });

  it('rejects impossible and future dates', () => {
    expect(value('1990-02-30')).toBe('invalid_date');
    expect(value('1700-01-01')).toBe('invalid_date');
    expect(value('2026-11-26')).toBe('future_date');
    expect(value('2026-11-25')).toBe('2026-11-25');
    expect(value('2026-11', { precision: 'month' })).toBe('2026-11');
    expect(value('2026-12', { precision: 'month' })).toBe('future_date');
    expect(value('2030-01-01', { allowFuture: true })).toBe('2030-01-01');
  });

  it('reports missing and wrong types, with the field label, in Chinese or English', () => {
    expect(value('')).toBe('required');
    expect(value(null)).toBe('required');
    expect(value({})).toBe('invalid_type');
    expect(value(1.5)).toBe('invalid_type');
    const r = validateDate('1990-02-30', { label: '出生日期' });
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      '出生日期“1990-02-30”不是有效日期，应写成 1990-01-01、1990/1/1 或 1990年1月1日',
    );
    const en = validateDate('2030-01-01', { asOf: AS_OF, labelEn: 'birth date', locale: 'en' });
    expect(en.ok ? '' : en.issues[0]?.message).toBe('birth date 2030-01-01 is after 2026-11-25');
  });

  test.prop([
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-24T00:00:00Z'), noInvalidDate: true }),
  ])('every real date round-trips in every shape', (date) => {
    const iso = date.toISOString().slice(0, 10);
    const [y, m, d] = iso.split('-').map(Number);
    expect(value(iso)).toBe(iso);
    expect(value(`${y}年${m}月${d}日`)).toBe(iso);
    expect(value(`${y}/${m}/${d}`)).toBe(iso);
    expect(value(iso.replaceAll('-', ''))).toBe(iso);
  });

  test.prop([fc.anything()])('never throws', (input) => {
    expect(typeof validateDate(input).ok).toBe('boolean');
  });
});
