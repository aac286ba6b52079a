import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _compactInput, _compactText, _isScientific, _readText } from './_normalize';

/** A valid mainland China postal code (邮政编码). */
export interface PostalCodeInfo {
  /** The 6 digits, e.g. '414000'. */
  code: string;
}

/** Options of the postal code validators. */
export interface PostalCodeOptions {
  locale?: Locale;
}

const LABEL = { label: '邮政编码', labelEn: 'postal code' };
const SEPARATORS = /[-.\u2010-\u2015\u2212]/g;

/**
 * Normalises a postal code: full-width digits, spaces, a leading apostrophe. Never throws; '' when the input
 * holds no text. A number that lost its leading 0 is not padded back: that is for the validator to report.
 *
 * @example
 * compactPostalCode('４１４ ０００') // '414000'
 */
export function compactPostalCode(input: unknown): string {
  return _compactInput(input, SEPARATORS);
}

/**
 * Validates a mainland China postal code: 6 digits. Codes may start with 0 (010000 呼和浩特), so a
 * spreadsheet number with 5 digits is reported as a number that lost its leading 0. Never throws.
 *
 * @example
 * validatePostalCode('414000') // { ok: true, value: { code: '414000' }, warnings: [] }
 * validatePostalCode(10000).ok // false: spreadsheet_number (it was 010000)
 */
export function validatePostalCode(input: unknown, options: PostalCodeOptions = {}): Result<PostalCodeInfo> {
  const issues = new _IssueCollector(LABEL, [], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const code = _compactText(read.text, SEPARATORS);
  if (_isScientific(code)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  if (!/^\d+$/.test(code)) {
    return issues.error('invalid_format', { reason: '只能包含数字', reasonEn: 'only digits are allowed' }).fail();
  }
  // Postal codes start 01–08 or higher, never 00: a numeric cell drops exactly one leading 0.
  if (read.fromNumber && code.length === 5) return issues.error('spreadsheet_number', { lost: 'leading_zero' }).fail();
  if (code.length !== 6) return issues.error('invalid_length', { expected: 6, actual: code.length }).fail();
  return issues.result({ code });
}

/**
 * True when the code is valid. Never throws.
 *
 * @example
 * isValidPostalCode('010000') // true
 */
export function isValidPostalCode(input: unknown, options?: PostalCodeOptions): boolean {
  return validatePostalCode(input, options).ok;
}

/**
 * The 6 digits for a valid code; other input is returned compacted.
 *
 * @example
 * formatPostalCode(' ４１４０００ ') // '414000'
 */
export function formatPostalCode(input: unknown): string {
  const result = validatePostalCode(input);
  return result.ok ? result.value.code : compactPostalCode(input);
}

/**
 * Returns the code or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertPostalCode(414000).code // '414000'
 */
export function assertPostalCode(input: unknown, options?: PostalCodeOptions): PostalCodeInfo {
  const result = validatePostalCode(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
