/** GB 11714-1997 weights for the 8 body characters. */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Value of a body character: digits 0–9, letters A–Z 10–35 (not the USCC alphabet); -1 otherwise. */
function value(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** The check character of the 8 body characters at `offset`, or '' when a body character is invalid. */
export function _orgCodeCheckChar(text: string, offset = 0): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = value(text.charCodeAt(offset + i));
    if (v < 0) return '';
    sum += v * WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** True when the 9 characters at `offset` are a body and its correct check character. */
export function _isOrgCodeAt(text: string, offset = 0): boolean {
  const check = _orgCodeCheckChar(text, offset);
  return check !== '' && text[offset + 8] === check;
}
