import type { IssueCode } from '../errors/issueCodes';

/** The text of an input, or why there is none. Private: validators share it so none cleans input itself. */
export type _Text =
  | { ok: true; text: string; fromNumber: boolean }
  | { ok: false; code: Extract<IssueCode, 'invalid_type' | 'required' | 'spreadsheet_number'>; received: string };

/** Spreadsheets keep 15 significant digits: a number this large has already lost digits. */
const SPREADSHEET_NUMBER_LIMIT = 1e15;

// Whitespace of every kind (NBSP, ideographic space), zero-width characters and BOM, which pasted text carries.
const INVISIBLE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/g;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i;
const COMPACT = /^[0-9A-Z]+$/;
const ASCII = /^[\x00-\x7f]*$/;

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * Reads any input as text: strings as they are, safe integers as their digits, bigints; numbers that a
 * spreadsheet has already rounded (≥ 1e15) are reported as such, everything else is a type error.
 */
export function _readText(input: unknown): _Text {
  if (typeof input === 'string') {
    return input.trim() === ''
      ? { ok: false, code: 'required', received: 'string' }
      : { ok: true, text: input, fromNumber: false };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, code: 'invalid_type', received: 'number' };
    if (Math.abs(input) >= SPREADSHEET_NUMBER_LIMIT)
      return { ok: false, code: 'spreadsheet_number', received: 'number' };
    if (!Number.isInteger(input) || input < 0) return { ok: false, code: 'invalid_type', received: 'number' };
    return { ok: true, text: String(input), fromNumber: true };
  }
  if (typeof input === 'bigint') {
    return input < 0n
      ? { ok: false, code: 'invalid_type', received: 'bigint' }
      : { ok: true, text: input.toString(), fromNumber: true };
  }
  if (input === undefined || input === null) return { ok: false, code: 'required', received: describe(input) };
  return { ok: false, code: 'invalid_type', received: describe(input) };
}

/**
 * The one normalisation for identifier text: NFKC (full-width digits and Ｘ), no whitespace or invisible
 * characters, no leading apostrophe (Excel's text marker), the given separators removed, upper case.
 */
export function _compactText(text: string, separators: RegExp | null): string {
  // Digits and capital letters only (every stored number): nothing to change, no separator (punctuation and
  // spaces only) to remove. ASCII: NFKC changes nothing. Both save allocations on the common inputs.
  if (COMPACT.test(text)) return text;
  let s = (ASCII.test(text) ? text : text.normalize('NFKC')).replace(INVISIBLE, '');
  if (s.startsWith("'")) s = s.slice(1);
  if (separators) s = s.replace(separators, '');
  return s.toUpperCase();
}

/** Text that a spreadsheet wrote in scientific notation, such as `4.30102E+17`. */
export function _isScientific(text: string): boolean {
  return SCIENTIFIC.test(text);
}

/** `compactX` for any input: the cleaned text, or '' when the input holds no text. */
export function _compactInput(input: unknown, separators: RegExp | null): string {
  if (typeof input === 'string') return _compactText(input, separators);
  if ((typeof input === 'number' && Number.isFinite(input)) || typeof input === 'bigint') {
    return _compactText(
      typeof input === 'number' && Number.isInteger(input) ? input.toFixed(0) : String(input),
      separators,
    );
  }
  return '';
}
