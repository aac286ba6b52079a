import { _regionIndex } from './_regionValidity';
import type { RegionCode } from './RegionRecord';

/**
 * Whether a value is a 6-digit GB/T 2260 code that existed at some time from 1981 to 2024, or a code of the
 * project overlay (830000 for Taiwan residence permits, statistical codes such as 430671). Exact text only:
 * no trimming, no numbers. Uses the small validity table, not the names.
 *
 * @example
 * isRegionCode('110103') // true (崇文区, retired 2010)
 * isRegionCode('830000') // true
 * isRegionCode('110100') // false (GB/T 2260 lists have no record for it)
 * isRegionCode(110101)   // false (not a string)
 */
export function isRegionCode(input: unknown): input is RegionCode {
  return typeof input === 'string' && /^\d{6}$/.test(input) && _regionIndex(Number(input)) >= 0;
}
