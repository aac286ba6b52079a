import { _isRealDate } from './_calendar';
import { _checkRegion, REGION_OK, REGION_RETIRED, REGION_UNKNOWN_COUNTY } from './_residentRegion';

/** ISO 7064 MOD 11-2 weights 2^(18−i) mod 11 for positions 1..17 (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

// Problems found in an 18-character number, as bits so the boolean path allocates nothing.
export const F_CHECKSUM = 1;
export const F_DATE_INVALID = 2;
export const F_DATE_FUTURE = 4;
export const F_DATE_DOUBTFUL = 8;
export const F_REGION_UNKNOWN = 16;
export const F_REGION_RETIRED = 32;
export const F_REGION_DOUBTFUL = 64;
/** Not 17 ASCII digits and a digit or X: nothing else was checked. */
export const F_SHAPE = 128;
export const F_ERRORS = F_CHECKSUM | F_DATE_INVALID | F_DATE_FUTURE | F_REGION_UNKNOWN | F_REGION_RETIRED;

/** Earliest year accepted as a birth year at all; before 1900 is only doubtful. */
const MIN_BIRTH_YEAR = 1800;
const DOUBTFUL_BEFORE_YEAR = 1900;

/** The MOD 11-2 check character of 17 digits (the caller guarantees digits). */
export function _residentIdCheckChar(text: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (text.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True when every character is an ASCII digit or X: text that needs no normalisation. */
export function _isPlainIdText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 88) return false;
  }
  return true;
}

/** True when text is 17 ASCII digits followed by a digit or X (upper case). */
export function _isResidentIdShape(text: string): boolean {
  if (text.length !== 18) return false;
  for (let i = 0; i < 17; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const last = text.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88;
}

function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** 'resident', a residence permit, or a 2023 permanent-residence card, from the address code. */
export type _Kind18 = 'resident' | 'hong-kong-permit' | 'macao-permit' | 'taiwan-permit' | 'foreign-permanent';

export function _kindOf18(text: string): _Kind18 {
  if (text.charCodeAt(0) === 57) return 'foreign-permanent';
  if (text.endsWith('0000', 6)) {
    const p = digits(text, 0, 2);
    if (p === 81) return 'hong-kong-permit';
    if (p === 82) return 'macao-permit';
    if (p === 83) return 'taiwan-permit';
  }
  return 'resident';
}

/**
 * Checks an 18-character text and returns its problems as F_* bits (0 when valid; F_SHAPE alone when it
 * is not 17 digits and a digit or X). `quick` stops at a wrong check character, for the boolean path.
 * `asOfYmd` is today as yyyymmdd.
 */
export function _inspectResidentId18(text: string, asOfYmd: number, quick = false): number {
  let flags = 0;
  let sum = 0;
  let region = 0;
  let ymd = 0;
  // One pass checks the shape, sums the weights and reads the address code and the birth date.
  for (let i = 0; i < 6; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return F_SHAPE;
    sum += d * WEIGHTS[i]!;
    region = region * 10 + d;
  }
  for (let i = 6; i < 14; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return F_SHAPE;
    sum += d * WEIGHTS[i]!;
    ymd = ymd * 10 + d;
  }
  for (let i = 14; i < 17; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return F_SHAPE;
    sum += d * WEIGHTS[i]!;
  }
  const last = text.charCodeAt(17);
  if ((last < 48 || last > 57) && last !== 88) return F_SHAPE;
  if (CHECK_CHARS.charCodeAt(sum % 11) !== last) {
    if (quick) return F_CHECKSUM;
    flags |= F_CHECKSUM;
  }
  const year = Math.floor(ymd / 10_000);
  if (year < MIN_BIRTH_YEAR || !_isRealDate(year, Math.floor(ymd / 100) % 100, ymd % 100)) {
    if (quick) return F_DATE_INVALID;
    flags |= F_DATE_INVALID;
  } else {
    if (ymd > asOfYmd) flags |= F_DATE_FUTURE;
    if (year < DOUBTFUL_BEFORE_YEAR) flags |= F_DATE_DOUBTFUL;
  }
  if (region >= 900_000) {
    // 2023 permanent-residence card: characters 2–3 are the province of the accepting authority.
    const status = _checkRegion((Math.floor(region / 1000) % 100) * 10_000, year);
    if (status !== REGION_OK && status !== REGION_RETIRED) flags |= F_REGION_UNKNOWN;
    return flags;
  }
  if (region >= 810_000 && region < 840_000) {
    // Residence permits carry exactly 810000 / 820000 / 830000, whatever the holder's birth year.
    if (region % 10_000 !== 0) flags |= F_REGION_UNKNOWN;
    return flags;
  }
  const status = _checkRegion(region, year);
  if (status === REGION_RETIRED) flags |= F_REGION_RETIRED;
  else if (status === REGION_UNKNOWN_COUNTY) flags |= F_REGION_DOUBTFUL;
  else if (status !== REGION_OK) flags |= F_REGION_UNKNOWN;
  return flags;
}
