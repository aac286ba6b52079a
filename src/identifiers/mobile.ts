import { MOBILE_PREFIXES } from '../codes/generated/mobilePrefixes';
import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { phoneMessages } from '../locales/phoneMessages';
import { _expandCodeRuns } from './_expandCodeRuns';
import { _compactInput, _compactText, _isScientific, _readText } from './_normalize';

/** A valid mainland China mobile number, decoded. */
export interface MobileInfo {
  /** The 11 digits, e.g. '13812345678'. */
  number: string;
  /** The network prefix (号段), e.g. '138'. */
  prefix: string;
  /** International form, e.g. '+8613812345678'. */
  e164: string;
}

/** Options of the mobile validators. */
export interface MobileOptions {
  locale?: Locale;
}

const LABEL = { label: '手机号码', labelEn: 'mobile number' };
// After NFKC: ASCII and typographic hyphens, dots, parentheses and slashes people put between digit groups.
const SEPARATORS = /[-.()/\u2010-\u2015\u2212]/g;
// The country code (or the trunk 0 some write before a mobile number) goes only when what follows is a whole
// mobile number, so other digits are kept as written.
const COUNTRY_CODE = /^(?:\+86|0086|86|0)(?=1\d{10}$)/;
const FOREIGN = {
  reason: '只支持中国大陆手机号码（+86）',
  reasonEn: 'only mainland China numbers (+86) are supported',
};

let allocated: Set<string> | undefined;

/** Whether the number starts with a block that libphonenumber lists as mobile (3 to 5 digits long). */
function _isAllocated(number: string): boolean {
  allocated ??= new Set(_expandCodeRuns(MOBILE_PREFIXES));
  for (let length = 3; length <= 5; length++) if (allocated.has(number.slice(0, length))) return true;
  return false;
}

function _mobileDigits(compact: string): string {
  return compact.replace(SEPARATORS, '').replace(COUNTRY_CODE, '');
}

/**
 * Normalises a mobile number: full-width digits, spaces and separators, a leading apostrophe, the +86 / 0086 /
 * 86 country code or a trunk 0. Never throws; '' when the input holds no text.
 *
 * @example
 * compactMobile('+86 138-1234-5678') // '13812345678'
 */
export function compactMobile(input: unknown): string {
  const compact = _compactInput(input, null);
  return _isScientific(compact) ? compact : _mobileDigits(compact);
}

/**
 * Validates a mainland China mobile number: 11 digits starting with 1 and a network prefix 13x–19x. A prefix
 * outside libphonenumber's allocated blocks is only a warning (the table lags new blocks); 10x–12x are never
 * mobile numbers. Never throws.
 *
 * @example
 * validateMobile('138 1234 5678')
 * // { ok: true, value: { number: '13812345678', prefix: '138', e164: '+8613812345678' }, warnings: [] }
 */
export function validateMobile(input: unknown, options: MobileOptions = {}): Result<MobileInfo> {
  const issues = new _IssueCollector(LABEL, [phoneMessages], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const compact = _compactText(read.text, null);
  if (_isScientific(compact)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  const number = _mobileDigits(compact);
  // The country code is gone by now if it was +86: another one is a foreign number.
  if (/^(?:\+|00)/.test(number)) return issues.error('invalid_format', FOREIGN).fail();
  if (!/^\d+$/.test(number)) {
    return issues.error('invalid_format', { reason: '只能包含数字', reasonEn: 'only digits are allowed' }).fail();
  }
  if (number.startsWith('0')) {
    return issues
      .error('invalid_format', {
        reason: '以 0 开头的是座机号码，请填写 11 位手机号码',
        reasonEn: 'a number starting with 0 is a landline number; enter the 11-digit mobile number',
      })
      .fail();
  }
  if (number.length !== 11) return issues.error('invalid_length', { expected: 11, actual: number.length }).fail();
  if (!number.startsWith('1')) {
    return issues.error('invalid_format', { reason: '应以 1 开头', reasonEn: 'it must start with 1' }).fail();
  }
  const prefix = number.slice(0, 3);
  if (/^1[0-2]/.test(prefix)) return issues.error('invalid_mobile_prefix', { prefix }).fail();
  if (!_isAllocated(number)) issues.warn('unknown_mobile_prefix', { prefix });
  return issues.result({ number, prefix, e164: `+86${number}` });
}

/**
 * True when the number is valid (warnings allowed). Never throws.
 *
 * @example
 * isValidMobile('13812345678') // true
 * isValidMobile('12812345678') // false
 */
export function isValidMobile(input: unknown, options?: MobileOptions): boolean {
  return validateMobile(input, options).ok;
}

/**
 * '138 1234 5678' for a valid number; other input is returned compacted.
 *
 * @example
 * formatMobile('+8613812345678') // '138 1234 5678'
 */
export function formatMobile(input: unknown): string {
  const result = validateMobile(input);
  if (!result.ok) return compactMobile(input);
  const n = result.value.number;
  return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
}

/**
 * Returns the decoded number or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertMobile('13812345678').prefix // '138'
 */
export function assertMobile(input: unknown, options?: MobileOptions): MobileInfo {
  const result = validateMobile(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
