/**
 * A GB/T 2260 administrative division code (6 digits) that exists in the library's table at some time,
 * as returned by `lookupRegion` or narrowed by `isRegionCode`. A branded string rather than a union of
 * 6,000 literals, which would slow every consumer's type checker.
 */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** Level of a code: xx0000 province (省级), xxxx00 prefecture (地级), any other county (县级). */
export type RegionLevel = 'province' | 'prefecture' | 'county';

/**
 * Where a record comes from when it is not GB/T 2260 alone: `permit` marks the address codes of
 * 港澳台居民居住证 (810000, 820000 and 830000, the last not a GB/T 2260 code); `statistical` a county-level
 * code of the 国家统计局 统计用区划代码 that real units carry but GB/T 2260 lacks (430671 屈原管理区).
 */
export type RegionOverlay = 'permit' | 'statistical';

/** A code that took over all or part of a region, and the year of that change. */
export interface RegionSuccessor {
  code: RegionCode;
  year: number;
}

/**
 * One period of a code: codes were renamed and reused (120110 was 东郊区 until 1991 and is 东丽区 since 1992),
 * so a code can have several records.
 *
 * @example
 * { code: '120110', name: '东郊区', level: 'county', since: 1981, until: 1992,
 *   successors: [{ code: '120110', year: 1992 }], names: ['天津市', '东郊区'] }
 */
export interface RegionRecord {
  code: RegionCode;
  name: string;
  level: RegionLevel;
  /** First year whose 12-31 list has the record (inclusive). */
  since: number;
  /** First year whose 12-31 list no longer has it (exclusive); absent while in use. */
  until?: number;
  /** Codes that took over the region or part of it (with the year), also while the record stays in use. */
  successors: RegionSuccessor[];
  /**
   * Names from the province down, in force at the same time: [province], [province, prefecture],
   * [province, prefecture, county], or [province, county] for a county directly under its province
   * (municipality districts, 省直辖县级行政区).
   */
  names: [string] | [string, string] | [string, string, string];
  /** Set when the project overlay adds or flags the record (see `RegionOverlay`). */
  overlay?: RegionOverlay;
}

/** Options of `lookupRegion`. */
export interface LookupRegionOptions {
  /** The record in force on 12-31 of this year; default: the latest record. */
  year?: number;
}
