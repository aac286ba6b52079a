import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  _checkRegion,
  _checkRegionAnyTime,
  _regionCodes,
  _regionRetiredYear,
  REGION_OK,
  REGION_RETIRED,
  REGION_UNKNOWN_COUNTY,
  REGION_UNKNOWN_PROVINCE,
} from '../../src/codes/_regionValidity';
import { isRegionCode } from '../../src/codes/isRegionCode';
import { lookupRegion } from '../../src/codes/lookupRegion';

describe('lookupRegion', () => {
  it('picks the record in force on 12-31 of the year for a reused code', () => {
    expect(lookupRegion('120110', { year: 1991 })?.name).toBe('东郊区');
    expect(lookupRegion('120110', { year: 1992 })?.name).toBe('东丽区');
    expect(lookupRegion('120110', { year: 1993 })?.name).toBe('东丽区');
    expect(lookupRegion('120110')?.name).toBe('东丽区');
    expect(lookupRegion('120110', { year: 1980 })).toBeUndefined();
  });

  it('returns the whole record', () => {
    expect(lookupRegion(120110, { year: 1991 })).toEqual({
      code: '120110',
      name: '东郊区',
      level: 'county',
      since: 1981,
      until: 1992,
      successors: [{ code: '120110', year: 1992 }],
      names: ['天津市', '东郊区'],
    });
    expect(lookupRegion('120110')).toEqual({
      code: '120110',
      name: '东丽区',
      level: 'county',
      since: 1992,
      successors: [],
      names: ['天津市', '东丽区'],
    });
  });

  it('names the regions above in force at the time', () => {
    expect(lookupRegion('430602')?.names).toEqual(['湖南省', '岳阳市', '岳阳楼区']);
    expect(lookupRegion('430602', { year: 1990 })?.names).toEqual(['湖南省', '岳阳市', '南区']);
    expect(lookupRegion('430600')).toMatchObject({ level: 'prefecture', names: ['湖南省', '岳阳市'] });
    expect(lookupRegion('430000')).toMatchObject({ level: 'province', names: ['湖南省'] });
    // Hainan's 4600xx counties (1988–2001) had no prefecture; 海南行政区 did before 1988 under Guangdong.
    expect(lookupRegion('460021')?.names).toEqual(['海南省', '琼山县']);
    expect(lookupRegion('442121')?.names).toEqual(['广东省', '海南行政区', '琼山县']);
  });

  it('gives successors with the year of the change', () => {
    expect(lookupRegion('110103')).toMatchObject({ until: 2010, successors: [{ code: '110101', year: 2010 }] });
    // A code still in use that handed territory over to others.
    expect(lookupRegion('430600')?.successors).toEqual([
      { code: '430602', year: 1984 },
      { code: '430611', year: 1984 },
    ]);
  });

  it('flags the residence-permit codes', () => {
    expect(lookupRegion('830000')).toMatchObject({ level: 'province', overlay: 'permit', names: ['台湾地区'] });
    expect(lookupRegion('810000')).toMatchObject({ name: '香港特别行政区', overlay: 'permit' });
    expect(lookupRegion('820000')?.overlay).toBe('permit');
    expect(lookupRegion('710000')?.overlay).toBeUndefined();
  });

  it('finds statistical codes GB/T 2260 lacks, flagged', () => {
    expect(lookupRegion('430671')).toMatchObject({
      name: '屈原管理区',
      level: 'county',
      overlay: 'statistical',
      names: ['湖南省', '岳阳市', '屈原管理区'],
    });
  });

  it('accepts full-width digits, spaces and numbers', () => {
    expect(lookupRegion('１２０１１０')?.name).toBe('东丽区');
    expect(lookupRegion(' 120110 ')?.name).toBe('东丽区');
    expect(lookupRegion(430671)?.code).toBe('430671');
  });

  it('returns undefined for unknown codes and junk, without throwing', () => {
    for (const junk of [
      '',
      'abc',
      '12011',
      '1201100',
      '120110.0',
      '999999',
      '000000',
      '110100',
      1.5,
      -120110,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      undefined,
      {},
      [],
      ['120110'],
      true,
      Symbol('x'),
      120110n,
    ]) {
      expect(lookupRegion(junk as never)).toBeUndefined();
    }
    for (const options of [{ year: Number.NaN }, { year: 1991.5 }, { year: '1991' }]) {
      expect(lookupRegion('120110', options as never)).toBeUndefined();
    }
    expect(lookupRegion('120110', null as never)?.name).toBe('东丽区');
    expect(lookupRegion('120110', 1991 as never)?.name).toBe('东丽区');
  });

  test.prop([fc.anything(), fc.anything()])('never throws', (code, options) => {
    expect(() => lookupRegion(code as never, options as never)).not.toThrow();
  });

  it('returns a fresh object each time', () => {
    const first = lookupRegion('120110');
    first?.names.push('x');
    expect(lookupRegion('120110')?.names).toEqual(['天津市', '东丽区']);
  });
});

describe('region validity (address codes on ID numbers)', () => {
  it('accepts codes in use, created after birth, or retired after birth', () => {
    expect(_checkRegion(110101, 1949)).toBe(REGION_OK);
    expect(_checkRegion(110118, 1949)).toBe(REGION_OK); // 密云区 since 2015: numbers are issued later
    expect(_checkRegion(110103, 2005)).toBe(REGION_OK); // 崇文区, 1981–2009
  });

  it('reports a code retired before the birth year, with the year', () => {
    expect(_checkRegion(110103, 2011)).toBe(REGION_RETIRED);
    expect(_regionRetiredYear(110103)).toBe(2010);
    // Lists are year-end snapshots: 崇文区 was still in force during part of 2010.
    expect(_checkRegion(110103, 2010)).toBe(REGION_OK);
    expect(_regionRetiredYear(110101)).toBeUndefined();
    expect(_regionRetiredYear(990101)).toBeUndefined();
  });

  it('accepts a retired code that was later reused', () => {
    // 130107 井陉矿区: 1983–1988, again since 1992.
    expect(lookupRegion('130107', { year: 1990 })).toBeUndefined();
    expect(_checkRegion(130107, 1990)).toBe(REGION_OK);
  });

  it('reports unknown counties under a known prefecture or province as such', () => {
    expect(_checkRegion(430699, 1990)).toBe(REGION_UNKNOWN_COUNTY);
    expect(_checkRegion(110199, 1990)).toBe(REGION_UNKNOWN_COUNTY);
    expect(_checkRegion(439999, 1990)).toBe(REGION_UNKNOWN_COUNTY);
  });

  it('reports unknown provinces and non-codes', () => {
    for (const code of [990101, 0, 100000, 200101, 12345, 1201100, -110101, 110101.5, Number.NaN]) {
      expect(_checkRegion(code, 1990)).toBe(REGION_UNKNOWN_PROVINCE);
    }
  });

  it('accepts province and prefecture codes themselves', () => {
    expect(_checkRegion(430000, 1990)).toBe(REGION_OK);
    expect(_checkRegion(430600, 1990)).toBe(REGION_OK);
  });

  it('never limits residence-permit codes by birth year', () => {
    for (const code of [810000, 820000, 830000]) {
      for (const birthYear of [1900, 1950, 1996, 2024]) expect(_checkRegion(code, birthYear)).toBe(REGION_OK);
    }
  });

  it('knows statistical codes', () => {
    expect(_checkRegion(430671, 1960)).toBe(REGION_OK);
  });

  it('checks registration-authority codes at any time (USCC)', () => {
    expect(_checkRegionAnyTime(110103)).toBe(REGION_OK);
    expect(_checkRegionAnyTime(100000)).toBe(REGION_OK); // central organs
    expect(_checkRegionAnyTime(110199)).toBe(REGION_UNKNOWN_COUNTY);
    expect(_checkRegionAnyTime(990000)).toBe(REGION_UNKNOWN_PROVINCE);
  });

  it('round-trips every code of the table through lookupRegion', () => {
    const codes = _regionCodes();
    expect(codes.length).toBeGreaterThan(6400);
    let previous = 0;
    for (const code of codes) {
      expect(code).toBeGreaterThan(previous);
      previous = code;
      const record = lookupRegion(code);
      expect(record?.code).toBe(String(code));
      if (!record) continue;
      expect(lookupRegion(code, { year: record.since })?.name).toBe(record.name);
      expect(_checkRegion(code, record.since)).toBe(REGION_OK);
      expect(_checkRegion(code, 1981)).toBe(REGION_OK);
      expect(isRegionCode(String(code))).toBe(true);
      expect(record.names.at(-1)).toBe(record.name);
      expect(record.names.every((name) => name !== '')).toBe(true);
      if (record.until === undefined) expect(_regionRetiredYear(code)).toBeUndefined();
    }
  });

  test.prop([fc.integer({ min: -1, max: 1_000_000 }), fc.integer({ min: 1850, max: 2100 })])(
    'agrees with lookupRegion and isRegionCode on any number',
    (code, birthYear) => {
      const status = _checkRegion(code, birthYear);
      const known = isRegionCode(String(code).padStart(6, '0'));
      expect(status === REGION_OK || status === REGION_RETIRED).toBe(known);
      expect(lookupRegion(code) !== undefined).toBe(known && code >= 100_000);
      const retiredYear = _regionRetiredYear(code);
      if (status === REGION_RETIRED) expect(retiredYear).toBeLessThan(birthYear);
      if (retiredYear !== undefined && retiredYear < birthYear) expect(status).toBe(REGION_RETIRED);
    },
  );
});

describe('isRegionCode', () => {
  it('narrows 6-digit strings of known codes', () => {
    expect(isRegionCode('110103')).toBe(true);
    expect(isRegionCode('830000')).toBe(true);
    expect(isRegionCode('430671')).toBe(true);
    expect(isRegionCode('110100')).toBe(false);
    expect(isRegionCode(' 110103')).toBe(false);
    expect(isRegionCode(110103)).toBe(false);
    expect(isRegionCode(null)).toBe(false);
  });
});
