import { type _RegionRow, _regionOverlayFlag, _regionRows, _regionSuccessors } from './_regionRecords';
import type { LookupRegionOptions, RegionCode, RegionLevel, RegionOverlay, RegionRecord } from './RegionRecord';

// A year after every record's end: the records still in use are the ones in force then.
const NOW = Infinity;
const OVERLAYS: Record<string, RegionOverlay> = { p: 'permit', s: 'statistical' };

function inForce(rows: _RegionRow[], year: number): _RegionRow | undefined {
  return rows.find((row) => row.since <= year && (row.until === 0 || row.until > year));
}

function toCode(input: unknown): number {
  let text: string;
  if (typeof input === 'number') text = Number.isInteger(input) ? String(input) : '';
  else if (typeof input === 'string') text = input.normalize('NFKC').trim();
  else return -1;
  return /^\d{6}$/.test(text) ? Number(text) : -1;
}

function namesOf(code: number, level: RegionLevel, name: string, year: number): RegionRecord['names'] {
  if (level === 'province') return [name];
  const provinceCode = code - (code % 10_000);
  const province = inForce(_regionRows(provinceCode), year)?.name ?? '';
  if (level === 'prefecture') return [province, name];
  const prefectureCode = code - (code % 100);
  // Hainan's counties of 1988–2001 (4600xx) sit directly under the province, like municipality districts.
  const prefecture = prefectureCode === provinceCode ? undefined : inForce(_regionRows(prefectureCode), year)?.name;
  return prefecture === undefined ? [province, name] : [province, prefecture, name];
}

/**
 * Looks up a GB/T 2260 administrative division code (1981–2024, plus the project overlay): its name, level,
 * validity years, successor codes and the names of the regions above it. Codes were renamed and reused, so
 * `year` picks the record in force on 12-31 of that year; without it the latest record is returned. Accepts
 * the code as a 6-digit string (full-width digits allowed) or number; returns undefined for an unknown code,
 * a year without a record, or any other input, and never throws. The names table (about 35 kB gzip) is
 * parsed on first use.
 *
 * @param code - 6-digit code, e.g. '430602' or 430602
 * @param options - `year`: the record in force on 12-31 of that year
 * @returns a fresh record, or undefined
 * @example
 * lookupRegion('120110', { year: 1991 })?.name // '东郊区'
 * lookupRegion(120110)
 * // { code: '120110', name: '东丽区', level: 'county', since: 1992, successors: [], names: ['天津市', '东丽区'] }
 * lookupRegion('430671')?.overlay // 'statistical' (屈原管理区, names ['湖南省', '岳阳市', '屈原管理区'])
 * lookupRegion('999999') // undefined
 */
export function lookupRegion(code: string | number, options?: LookupRegionOptions): RegionRecord | undefined {
  const number = toCode(code);
  if (number < 0) return undefined;
  const year = typeof options === 'object' && options !== null ? options.year : undefined;
  if (year !== undefined && !Number.isInteger(year)) return undefined;
  const rows = _regionRows(number);
  const row = year === undefined ? rows[0] : inForce(rows, year);
  if (!row) return undefined;
  let level: RegionLevel = 'county';
  if (number % 10_000 === 0) level = 'province';
  else if (number % 100 === 0) level = 'prefecture';
  const overlay = OVERLAYS[_regionOverlayFlag(number)];
  return {
    code: String(number) as RegionCode,
    name: row.name,
    level,
    since: row.since,
    ...(row.until === 0 ? {} : { until: row.until }),
    successors: _regionSuccessors(number, row).map((s) => ({ code: String(s.code) as RegionCode, year: s.year })),
    names: namesOf(number, level, row.name, year ?? (row.until === 0 ? NOW : row.until - 1)),
    ...(overlay ? { overlay } : {}),
  };
}
