import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { _asOfYmd, _formatYmd, _isRealDate, _ymdFromEpochMs } from '../../src/identifiers/_calendar';

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect(_isRealDate(2000, 2, 29)).toBe(true);
    expect(_isRealDate(1900, 2, 29)).toBe(false);
    expect(_isRealDate(2024, 2, 29)).toBe(true);
    expect(_isRealDate(2023, 2, 29)).toBe(false);
    expect(_isRealDate(2023, 4, 31)).toBe(false);
    expect(_isRealDate(2023, 13, 1)).toBe(false);
    expect(_isRealDate(2023, 1, 0)).toBe(false);
  });

  it('reads dates in China time', () => {
    expect(_ymdFromEpochMs(Date.UTC(2026, 10, 25, 15, 59))).toBe(20261125);
    expect(_ymdFromEpochMs(Date.UTC(2026, 10, 25, 16, 0))).toBe(20261126);
  });

  it('takes asOf as text or Date and falls back to today', () => {
    expect(_asOfYmd('2026-02-28')).toBe(20260228);
    expect(_asOfYmd('2026-02-28')).toBe(20260228);
    expect(_asOfYmd(new Date('2026-02-28T20:00:00Z'))).toBe(20260301);
    const today = _ymdFromEpochMs(Date.now());
    expect([today, today + 1]).toContain(_asOfYmd('2026-02-30'));
    expect([today, today + 1]).toContain(_asOfYmd(new Date(Number.NaN)));
    expect([today, today + 1]).toContain(_asOfYmd(undefined));
  });

  test.prop([
    fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
  ])('agrees with Date and formats back', (date) => {
    const ymd = _ymdFromEpochMs(date.getTime() - 8 * 3600 * 1000);
    const iso = date.toISOString().slice(0, 10);
    expect(_formatYmd(ymd)).toBe(iso);
    const [y, m, d] = iso.split('-').map(Number);
    expect(_isRealDate(y!, m!, d!)).toBe(true);
  });
});
