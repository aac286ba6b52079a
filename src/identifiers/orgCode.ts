import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _compactInput, _compactText, _isScientific, _readText } from './_normalize';
import { _orgCodeCheckChar } from './_orgCodeCore';

/** A valid 组织机构代码, decoded. */
export interface OrgCodeInfo {
  /** The compact 9 characters, e.g. 'M000100Y4'. */
  code: string;
  /** Written as on certificates: 'XXXXXXXX-X'. */
  formatted: string;
}

/** Options of the org code validators. */
export interface OrgCodeOptions {
  locale?: Locale;
}

const LABEL = { label: '组织机构代码', labelEn: 'organisation code' };
const SEPARATORS = /[-‐‑‒–—−_.·/]/g;
const SHAPE = /^[0-9A-Z]{8}[0-9X]$/;

/**
 * Normalises a 组织机构代码: full-width characters, spaces, the hyphen before the check character.
 *
 * @example
 * compactOrgCode('m000100y-4') // 'M000100Y4'
 */
export function compactOrgCode(input: unknown): string {
  return _compactInput(input, SEPARATORS);
}

/**
 * Validates a 组织机构代码 (GB 11714-1997): 8 body characters (digits or A–Z) and the MOD 11 check
 * character (10 written X, 11 written 0). Never throws.
 *
 * @example
 * validateOrgCode('M000100Y-4') // { ok: true, value: { code: 'M000100Y4', formatted: 'M000100Y-4' }, warnings: [] }
 */
export function validateOrgCode(input: unknown, options: OrgCodeOptions = {}): Result<OrgCodeInfo> {
  const issues = new _IssueCollector(LABEL, [], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = _compactText(read.text, SEPARATORS);
  if (_isScientific(text)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  if (text.length !== 9) return issues.error('invalid_length', { expected: 9, actual: text.length }).fail();
  if (!SHAPE.test(text)) {
    return issues
      .error('invalid_format', {
        reason: '应为 8 位数字或大写字母加 1 位校验码（数字或 X）',
        reasonEn: 'expected 8 digits or letters and a check digit or X',
      })
      .fail();
  }
  const expected = _orgCodeCheckChar(text);
  if (expected !== text[8]) return issues.error('invalid_checksum', { expected, actual: text[8] }).fail();
  return issues.result({ code: text, formatted: `${text.slice(0, 8)}-${text[8]}` });
}

/**
 * True when the code is valid. Never throws.
 *
 * @example
 * isValidOrgCode('M000100Y4') // true
 */
export function isValidOrgCode(input: unknown): boolean {
  const read = _readText(input);
  if (!read.ok) return false;
  const text = _compactText(read.text, SEPARATORS);
  return SHAPE.test(text) && _orgCodeCheckChar(text) === text[8];
}

/**
 * 'XXXXXXXX-X' for a valid code; other input is returned compacted.
 *
 * @example
 * formatOrgCode('M000100Y4') // 'M000100Y-4'
 */
export function formatOrgCode(input: unknown): string {
  const result = validateOrgCode(input);
  return result.ok ? result.value.formatted : compactOrgCode(input);
}

/**
 * Returns the decoded code or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertOrgCode('M000100Y4').formatted // 'M000100Y-4'
 */
export function assertOrgCode(input: unknown, options?: OrgCodeOptions): OrgCodeInfo {
  const result = validateOrgCode(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
