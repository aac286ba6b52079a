import { REGION_CODE_COUNT, REGION_CODES, REGION_FIRST_YEAR, REGION_RETIRED_YEARS } from './generated/regionValidity';

/**
 * Address-code checks for the identifier validators (GB 11643 resident IDs, GB 32100 USCCs): which codes
 * GB/T 2260 (1981–2024, plus the project overlay) has ever had and when each went out of use. No names here,
 * so a form bundle that validates IDs does not carry them. See codes/regions/SOURCE.md for the rules.
 */

/** The code existed at some time not before the birth year (or is in use). */
export const REGION_OK = 0;
/** The code existed, but its last record ended before the birth year (see `_regionRetiredYear`). */
export const REGION_RETIRED = 1;
/** Unknown code under a known prefecture (xxxx00) or province (xx0000): real numbers carry such codes. */
export const REGION_UNKNOWN_COUNTY = 2;
/** Unknown province (or not a 6-digit code at all). */
export const REGION_UNKNOWN_PROVINCE = 3;

// Central organs register USCCs with this code (11100000000013338W is a ministry); it is no GB/T 2260 code.
const CENTRAL_REGISTRATION_CODE = 100_000;
const DIGIT_BASE = 45;
const NEW_PREFECTURE = 90;

let codes: Int32Array | undefined;
// starts[p] is the index of the first code whose first four digits are ≥ p: a code is then found among
// the few codes of its prefecture instead of by a binary search over all of them (the hot path).
let starts: Uint16Array | undefined;
// Per code: 0 while in use, else the exclusive end year of its last record minus REGION_FIRST_YEAR.
let retired: Uint8Array | undefined;

/** Value of a symbol of the generated region tables (0–90). */
export function _regionSymbol(text: string, index: number): number {
  const c = text.charCodeAt(index);
  // The alphabet runs from '#' (35) to '~' (126) and skips '\' (92).
  return c > 92 ? c - 36 : c - 35;
}

/** Decodes the generated table on first use (about a millisecond); later calls return the same arrays. */
function load(): Int32Array {
  if (codes) return codes;
  const decoded = new Int32Array(REGION_CODE_COUNT);
  const years = new Uint8Array(REGION_CODE_COUNT);
  let position = 0;
  let prefecture = 0;
  for (let i = 0; i < REGION_CODE_COUNT; i++) {
    let value = _regionSymbol(REGION_CODES, position++);
    if (value === NEW_PREFECTURE) {
      let increase = 0;
      for (;;) {
        value = _regionSymbol(REGION_CODES, position++);
        if (value < DIGIT_BASE) break;
        increase = increase * DIGIT_BASE + value - DIGIT_BASE;
      }
      prefecture += increase * DIGIT_BASE + value;
      value = _regionSymbol(REGION_CODES, position++);
    }
    decoded[i] = prefecture * 100 + value;
    years[i] = _regionSymbol(REGION_RETIRED_YEARS, i);
  }
  const firstOf = new Uint16Array(10_001);
  let next = 0;
  for (let prefix = 0; prefix <= 10_000; prefix++) {
    while (next < decoded.length && decoded[next]! < prefix * 100) next++;
    firstOf[prefix] = next;
  }
  starts = firstOf;
  retired = years;
  codes = decoded;
  return decoded;
}

/** Index of a code in the table (ascending codes), or -1. Also the key into regionNames.ts. */
export function _regionIndex(code: number): number {
  // Also rejects NaN, which would otherwise stop the search on its first comparison.
  if (!(code >= 100_000 && code <= 999_999)) return -1;
  const table = load();
  const prefix = (code / 100) | 0;
  const end = starts![prefix + 1]!;
  for (let i = starts![prefix]!; i < end; i++) {
    if (table[i] === code) return i;
  }
  return -1;
}

/** Every code of the table, ascending (the shared decoded array: do not modify). */
export function _regionCodes(): Int32Array {
  return load();
}

function checkUnknown(code: number): number {
  if (!Number.isInteger(code) || code < 100_000 || code > 999_999) return REGION_UNKNOWN_PROVINCE;
  const known = _regionIndex(code - (code % 100)) >= 0 || _regionIndex(code - (code % 10_000)) >= 0;
  return known ? REGION_UNKNOWN_COUNTY : REGION_UNKNOWN_PROVINCE;
}

/**
 * Status of a 6-digit address code on a number of someone born in `birthYear`: REGION_OK, REGION_RETIRED,
 * REGION_UNKNOWN_COUNTY or REGION_UNKNOWN_PROVINCE. Codes of any level count (110000, 430600 are on real
 * numbers); a code created after the birth year is fine, because numbers are issued later. Lists are
 * year-end snapshots, so a code whose last record ends in year Y was still in force during part of Y: it
 * counts as retired only for people born after Y. Never allocates.
 *
 * @example
 * _checkRegion(110103, 2005) // REGION_OK (崇文区, 1981–2009)
 * _checkRegion(110103, 2011) // REGION_RETIRED (_regionRetiredYear(110103) === 2010)
 */
export function _checkRegion(code: number, birthYear: number): number {
  const index = _regionIndex(code);
  if (index < 0) return checkUnknown(code);
  const end = retired![index]!;
  return end === 0 || end + REGION_FIRST_YEAR >= birthYear ? REGION_OK : REGION_RETIRED;
}

/**
 * Status of a code that only has to have existed at some time (the registration authority of a USCC):
 * REGION_OK, REGION_UNKNOWN_COUNTY or REGION_UNKNOWN_PROVINCE. 100000 (central organs) is OK.
 */
export function _checkRegionAnyTime(code: number): number {
  if (code === CENTRAL_REGISTRATION_CODE || _regionIndex(code) >= 0) return REGION_OK;
  return checkUnknown(code);
}

/** The year a code went out of use (the exclusive end of its last record); undefined while in use or unknown. */
export function _regionRetiredYear(code: number): number | undefined {
  const index = _regionIndex(code);
  const end = index < 0 ? 0 : retired![index]!;
  return end === 0 ? undefined : end + REGION_FIRST_YEAR;
}
