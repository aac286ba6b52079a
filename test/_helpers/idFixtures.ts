// Synthetic identifier builders for tests: the check characters are computed here independently of
// the library (straight from the standards' formulas), so a wrong implementation cannot agree with them.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643 MOD 11-2: check = (12 − S mod 11) mod 11, 10 written X. */
export function idCheck(body17: string): string {
  const s = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body17[i]), 0);
  const v = (12 - (s % 11)) % 11;
  return v === 10 ? 'X' : String(v);
}

/** A complete 18-character number from address code, yyyymmdd and a 3-digit order code. */
export function makeId(region: string, ymd: string, order: string): string {
  const body = region + ymd + order;
  return body + idCheck(body);
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100 check: (31 − S mod 31) mod 31 with weights 3^(i−1) mod 31. */
export function usccCheck(body17: string): string {
  let w = 1;
  let s = 0;
  for (let i = 0; i < 17; i++) {
    s += USCC_ALPHABET.indexOf(body17[i]!) * w;
    w = (w * 3) % 31;
  }
  return USCC_ALPHABET[(31 - (s % 31)) % 31]!;
}

/** GB 11714 check: 11 − S mod 11 with weights 3 7 9 10 5 8 4 2; 10 → X, 11 → 0. */
export function orgCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const s = weights.reduce((acc, w, i) => acc + w * value(body8[i]!), 0);
  const v = 11 - (s % 11);
  return v === 10 ? 'X' : v === 11 ? '0' : String(v);
}

/** A full USCC whose embedded org code is valid. */
export function makeUscc(prefix8: string, orgBody8: string): string {
  const body = prefix8 + orgBody8 + orgCheck(orgBody8);
  return body + usccCheck(body);
}
