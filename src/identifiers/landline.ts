import { LANDLINE_AREA_CODES } from '../codes/generated/landlineAreaCodes';
import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { phoneMessages } from '../locales/phoneMessages';
import { _expandCodeRuns } from './_expandCodeRuns';
import { _compactInput, _compactText, _isScientific, _readText } from './_normalize';

/** A valid mainland China landline number (固定电话), decoded. */
export interface LandlineInfo {
  /** 区号 with its trunk 0: '010', '0730'. */
  areaCode: string;
  /** The local number, 7 or 8 digits as the area code requires. */
  localNumber: string;
  /** 分机号, when one was written ('转123', 'ext. 123', '#123', '-123'). */
  extension?: string;
  /** Area code and local number: '07301234567'. */
  number: string;
  /** International form without the extension: '+867301234567'. */
  e164: string;
  /** Display form: '0730-1234567', with an extension '0730-1234567转123'. */
  formatted: string;
}

/** Options of the landline validators. */
export interface LandlineOptions {
  locale?: Locale;
}

const LABEL = { label: '座机号码', labelEn: 'landline number' };
// On compact text (NFKC, no spaces, upper case): the extension after its marker, at the very end.
const EXTENSION = /(?:转|分机|EXT\.?|X|#)(\d{1,6})$/;
const SEPARATORS = /[-.()/\u2010-\u2015\u2212]+/;
const INTERNATIONAL = /^(?:\+|00)86/;
const MOBILE = /^1\d{10}$/;
const NOT_DIGITS = {
  reason: '只能包含数字、分隔符和分机号',
  reasonEn: 'only digits, separators and an extension are allowed',
};
const NOT_LANDLINE = { reason: '这是手机号码，不是座机号码', reasonEn: 'this is a mobile number' };
const FOREIGN = { reason: '只支持中国大陆号码（+86）', reasonEn: 'only mainland China numbers (+86) are supported' };

let areaCodes: Map<string, readonly number[]> | undefined;

/** Local-number lengths under an area code (with its 0), or undefined when libphonenumber does not know it. */
function _localLengths(areaCode: string): readonly number[] | undefined {
  if (!areaCodes) {
    areaCodes = new Map();
    for (const group of LANDLINE_AREA_CODES.split(';')) {
      const [lengths = '', list = ''] = group.split(':');
      const parsed = Array.from(lengths, Number);
      for (const code of _expandCodeRuns(list)) areaCodes.set(`0${code}`, parsed);
    }
  }
  return areaCodes.get(areaCode);
}

/** 010 and 02x are the only 3-digit area codes; every other starts 03–09 and has 4 digits. */
function _areaCodeLength(national: string): number {
  return national[1] === '1' || national[1] === '2' ? 3 : 4;
}

function _isComplete(national: string): boolean {
  if (!/^0[1-9]\d+$/.test(national)) return false;
  const areaLength = _areaCodeLength(national);
  return (_localLengths(national.slice(0, areaLength)) ?? [7, 8]).includes(national.length - areaLength);
}

function _national(groups: string[]): string {
  const joined = groups.join('');
  const international = INTERNATIONAL.exec(joined);
  if (!international) return joined;
  const rest = joined.slice(international[0].length);
  // +86 before a mobile number keeps it a mobile number (reported as such), not area code 0138.
  return rest.startsWith('0') || MOBILE.test(rest) ? rest : `0${rest}`;
}

/** Splits compact text into the national number (trunk 0 restored after +86) and the extension. */
function _splitLandline(compact: string): { national: string; extension: string | undefined } {
  const marked = EXTENSION.exec(compact);
  const groups = (marked ? compact.slice(0, marked.index) : compact).split(SEPARATORS).filter((g) => g !== '');
  if (marked) return { national: _national(groups), extension: marked[1] };
  // '0730-1234567-123': a last hyphenated group is an extension only when the number is whole without it and
  // not with it, so '0730-123-4567' stays one local number.
  const last = groups.at(-1);
  if (groups.length > 1 && last !== undefined && /^\d{1,6}$/.test(last)) {
    const without = _national(groups.slice(0, -1));
    if (_isComplete(without) && !_isComplete(_national(groups))) return { national: without, extension: last };
  }
  return { national: _national(groups), extension: undefined };
}

/**
 * Normalises a landline number: full-width characters, spaces, separators and parentheses go, +86 / 0086
 * becomes the trunk 0, an extension is written '转123'. Never throws; '' when the input holds no text.
 *
 * @example
 * compactLandline('（0730）123 4567 ext. 12') // '07301234567转12'
 */
export function compactLandline(input: unknown): string {
  const compact = _compactInput(input, null);
  if (_isScientific(compact)) return compact;
  const { national, extension } = _splitLandline(compact);
  return extension === undefined ? national : `${national}转${extension}`;
}

/**
 * Validates a mainland China landline number: 区号 (010, 02x or a 4-digit 0xxx) and a local number of the length
 * that area uses (7 or 8 digits, from Google libphonenumber's data: 0730 岳阳 has 7, 0731 长沙 8), optionally
 * an extension. An area code libphonenumber does not know is a warning, and then 7 or 8 digits pass. Never throws.
 *
 * @example
 * validateLandline('0730-1234567').ok // true
 * validateLandline('0731-8888888').ok // false: invalid_local_number_length (0731 numbers have 8 digits)
 */
export function validateLandline(input: unknown, options: LandlineOptions = {}): Result<LandlineInfo> {
  const issues = new _IssueCollector(LABEL, [phoneMessages], options.locale);
  const or = options.locale === 'en' ? ' or ' : ' 或 ';
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const compact = _compactText(read.text, null);
  if (_isScientific(compact)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  const { national, extension } = _splitLandline(compact);
  if (!/^\d+$/.test(national)) {
    const foreign = /^(?:\+|00)/.test(national);
    return issues.error('invalid_format', foreign ? FOREIGN : NOT_DIGITS).fail();
  }
  if (!national.startsWith('0')) {
    if (MOBILE.test(national)) return issues.error('invalid_format', NOT_LANDLINE).fail();
    if (national.length === 7 || national.length === 8) return issues.error('missing_area_code').fail();
    // A numeric cell drops the leading 0 of the area code: 0730-1234567 arrives as 7301234567.
    if (read.fromNumber && national.length >= 9 && national.length <= 11) {
      return issues.error('spreadsheet_number', { lost: 'leading_zero' }).fail();
    }
    return issues
      .error('invalid_format', { reason: '区号应以 0 开头', reasonEn: 'the area code must start with 0' })
      .fail();
  }
  if (national.startsWith('00')) return issues.error('invalid_format', FOREIGN).fail();
  // 01x other than 010 is not an area code; '0138…' is a mobile number dialled with the trunk 0.
  if (MOBILE.test(national.slice(1)) && !national.startsWith('010')) {
    return issues.error('invalid_format', NOT_LANDLINE).fail();
  }
  const areaLength = _areaCodeLength(national);
  const areaCode = national.slice(0, areaLength);
  const localNumber = national.slice(areaLength);
  const lengths = _localLengths(areaCode);
  if (lengths) {
    if (!lengths.includes(localNumber.length)) {
      issues.error('invalid_local_number_length', {
        areaCode,
        expected: lengths.join(or),
        actual: localNumber.length,
        lengths,
      });
    }
  } else {
    if (localNumber !== '') issues.warn('unknown_area_code', { areaCode });
    if (localNumber.length !== 7 && localNumber.length !== 8) {
      const expected = `${areaLength + 7}${or}${areaLength + 8}`;
      issues.error('invalid_length', { expected, actual: national.length });
    }
  }
  if (issues.hasErrors) return issues.fail();
  const formatted = `${areaCode}-${localNumber}${extension === undefined ? '' : `转${extension}`}`;
  const e164 = `+86${national.slice(1)}`;
  return issues.result<LandlineInfo>(
    extension === undefined
      ? { areaCode, localNumber, number: national, e164, formatted }
      : { areaCode, localNumber, extension, number: national, e164, formatted },
  );
}

/**
 * True when the number is valid (warnings allowed). Never throws.
 *
 * @example
 * isValidLandline('010-12345678') // true
 */
export function isValidLandline(input: unknown, options?: LandlineOptions): boolean {
  return validateLandline(input, options).ok;
}

/**
 * '0730-1234567' (with an extension '0730-1234567转123') for a valid number; other input is returned compacted.
 *
 * @example
 * formatLandline('+86 730 1234567') // '0730-1234567'
 */
export function formatLandline(input: unknown): string {
  const result = validateLandline(input);
  return result.ok ? result.value.formatted : compactLandline(input);
}

/**
 * Returns the decoded number or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertLandline('0730-1234567转8').extension // '8'
 */
export function assertLandline(input: unknown, options?: LandlineOptions): LandlineInfo {
  const result = validateLandline(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
