import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { residentIdMessages } from '../locales/residentIdMessages';
import { _asOfYmd, _formatYmd, _isRealDate } from './_calendar';
import { _compactInput, _compactText, _isScientific, _readText } from './_normalize';
import {
  _inspectResidentId18,
  _isPlainIdText,
  _isResidentIdShape,
  _kindOf18,
  _residentIdCheckChar,
  F_CHECKSUM,
  F_DATE_DOUBTFUL,
  F_DATE_FUTURE,
  F_DATE_INVALID,
  F_ERRORS,
  F_REGION_DOUBTFUL,
  F_REGION_RETIRED,
  F_REGION_UNKNOWN,
  F_SHAPE,
} from './_residentIdCore';
import { _regionRetiredYear } from './_residentRegion';

/** What kind of document an 18-character number belongs to (same layout, different address semantics). */
export type ResidentIdKind = 'resident' | 'hong-kong-permit' | 'macao-permit' | 'taiwan-permit' | 'foreign-permanent';

/** Sex encoded by the order code (odd = male). */
export type Sex = 'male' | 'female';

/** A valid 公民身份号码 (or a number of the same family), decoded. */
export interface ResidentIdInfo {
  /** The compact number: 18 characters (15 only for a 2017 permanent-residence card). */
  number: string;
  kind: ResidentIdKind;
  /** The 6-digit address code (for 2023 permanent-residence cards: the province, e.g. '110000'); null for 2017 cards. */
  regionCode: string | null;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** null only for a 2017 permanent-residence card, whose number does not encode it. */
  sex: Sex | null;
  /** The ISO 3166-1 nationality of a permanent-residence card: numeric (2023) or alpha-3 (2017). */
  nationality?: string;
  /** The old 15-digit number this one was converted from (with `allowLegacy15`). */
  legacy15?: string;
  /**
   * Names of the address code [province, prefecture?, county] in force when the number was most plausibly
   * issued (the birth year, or the code's first year when it was created later); only with the
   * `lookupRegion` option.
   */
  regionNames?: string[];
}

/** The region lookup a caller injects to get `regionNames` (the library's `lookupRegion`). */
export type RegionNameLookup = (
  code: string,
  options: { year?: number },
) => { readonly names: readonly string[] } | undefined;

/** Options of the resident ID validators. */
export interface ResidentIdOptions {
  /** "Today" for the future-birth-date rule: a Date or 'YYYY-MM-DD'; default the current date in China. */
  asOf?: Date | string;
  /** Accept old 15-digit numbers (GB 11643-1989) and 15-character 2017 permanent-residence cards. Default false. */
  allowLegacy15?: boolean;
  /**
   * Pass `lookupRegion` to have `regionNames` in the value. Injected rather than imported so that a form
   * bundle that only validates carries the 4 kB validity table, not the 40 kB of names.
   */
  lookupRegion?: RegionNameLookup;
  locale?: Locale;
}

const LABEL = { label: '公民身份号码', labelEn: 'resident ID number' };
const SEPARATORS = /[-‐‑‒–—−_.·/]/g;
const LEGACY_DIGITS = /^\d{15}$/;
const PR_2017 = /^[A-Z]{3}\d{12}$/;

/**
 * Normalises a 公民身份号码 as people type or paste it: full-width digits and Ｘ, spaces, hyphens, a
 * leading apostrophe, lower-case x.
 *
 * @example
 * compactResidentId(' 11010519491231002x ') // '11010519491231002X'
 */
export function compactResidentId(input: unknown): string {
  return _compactInput(input, SEPARATORS);
}

function decode18(number: string): Omit<ResidentIdInfo, 'legacy15'> {
  const kind = _kindOf18(number);
  const info: Omit<ResidentIdInfo, 'legacy15'> = {
    number,
    kind,
    regionCode: kind === 'foreign-permanent' ? `${number.slice(1, 3)}0000` : number.slice(0, 6),
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
    sex: (number.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
  };
  if (kind === 'foreign-permanent') info.nationality = number.slice(3, 6);
  return info;
}

function report18(number: string, flags: number, asOfYmd: number, issues: _IssueCollector): void {
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  const birthYear = Number(number.slice(6, 10));
  if (flags & F_CHECKSUM) {
    // Excel keeps 15 significant digits and pads with zeros: that damage deserves its own message.
    if (number.endsWith('000')) issues.error('spreadsheet_number', { trailingZeros: true });
    else issues.error('invalid_checksum', { expected: _residentIdCheckChar(number), actual: number[17] });
  }
  if (flags & F_DATE_INVALID) issues.error('invalid_birth_date', { birthDate });
  if (flags & F_DATE_FUTURE) issues.error('future_birth_date', { birthDate, asOf: _formatYmd(asOfYmd) });
  const regionCode = number.startsWith('9') ? `${number.slice(1, 3)}0000` : number.slice(0, 6);
  if (flags & F_REGION_UNKNOWN) issues.error('unknown_region', { regionCode, level: 'province' });
  if (flags & F_REGION_RETIRED) {
    issues.error('region_retired_before_birth', {
      regionCode,
      birthYear,
      until: _regionRetiredYear(Number(regionCode)),
    });
  }
  if (flags & F_DATE_DOUBTFUL) issues.warn('doubtful_birth_date', { birthDate });
  if (flags & F_REGION_DOUBTFUL) issues.warn('unknown_region', { regionCode, level: 'county' });
}

function validateLegacy(text: string, options: ResidentIdOptions, issues: _IssueCollector): ResidentIdInfo | undefined {
  if (!options.allowLegacy15) {
    issues.error('legacy_15_digit', { length: 15 });
    return undefined;
  }
  if (PR_2017.test(text)) {
    const yy = Number(text.slice(7, 9));
    const asOfYmd = _asOfYmd(options.asOf);
    // yymmdd: the century that does not put the birth date in the future.
    let year = 2000 + yy;
    if (year * 10_000 + Number(text.slice(9, 13)) > asOfYmd) year -= 100;
    const month = Number(text.slice(9, 11));
    const day = Number(text.slice(11, 13));
    const birthDate = `${year}-${text.slice(9, 11)}-${text.slice(11, 13)}`;
    if (!_isRealDate(year, month, day)) {
      issues.error('invalid_birth_date', { birthDate });
      return undefined;
    }
    return {
      number: text,
      kind: 'foreign-permanent',
      regionCode: null,
      birthDate,
      sex: null,
      nationality: text.slice(0, 3),
    };
  }
  // GB 11643-1989: insert the century 19 and append the MOD 11-2 check.
  const body = `${text.slice(0, 6)}19${text.slice(6)}`;
  const number = body + _residentIdCheckChar(body);
  const asOfYmd = _asOfYmd(options.asOf);
  const flags = _inspectResidentId18(number, asOfYmd);
  report18(number, flags, asOfYmd, issues);
  return flags & F_ERRORS ? undefined : { ...decode18(number), legacy15: text };
}

// The years the region data covers: a code unknown at birth is looked up in the following years.
const LAST_DATA_YEAR = 2100;

function withRegionNames(info: ResidentIdInfo, lookup: RegionNameLookup | undefined): ResidentIdInfo {
  if (!lookup || info.regionCode === null) return info;
  const birthYear = Number(info.birthDate.slice(0, 4));
  for (let year = birthYear; year <= LAST_DATA_YEAR; year++) {
    const record = lookup(info.regionCode, { year });
    if (record) return { ...info, regionNames: [...record.names] };
    if (year === birthYear && !lookup(info.regionCode, {})) break;
  }
  return info;
}

/**
 * Validates a 公民身份号码 (GB 11643-1999), a 港澳台居民居住证 number (810000/820000/830000) or a 2023
 * 外国人永久居留身份证 number (first digit 9): layout, MOD 11-2 check, birth date (real, not after `asOf`;
 * before 1900 doubtful), address code, and spreadsheet damage. Old 15-character numbers only with
 * `allowLegacy15`. Never throws.
 *
 * @example
 * validateResidentId('11010519491231002X')
 * // { ok: true, value: { number: '11010519491231002X', kind: 'resident', regionCode: '110105',
 * //   birthDate: '1949-12-31', sex: 'female' }, warnings: [] }
 * validateResidentId(4.30102199001011e17).ok // false, issue code 'spreadsheet_number'
 */
export function validateResidentId(input: unknown, options: ResidentIdOptions = {}): Result<ResidentIdInfo> {
  const issues = new _IssueCollector(LABEL, [residentIdMessages], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = _compactText(read.text, SEPARATORS);
  if (_isScientific(text)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  if (text.length === 15 && (LEGACY_DIGITS.test(text) || PR_2017.test(text))) {
    const legacy = validateLegacy(text, options, issues);
    return issues.result(legacy && withRegionNames(legacy, options.lookupRegion));
  }
  if (text.length !== 18) return issues.error('invalid_length', { expected: 18, actual: text.length }).fail();
  if (!_isResidentIdShape(text)) {
    return issues
      .error('invalid_format', {
        reason: '应为 17 位数字加 1 位数字或 X',
        reasonEn: 'expected 17 digits and a digit or X',
      })
      .fail();
  }
  const asOfYmd = _asOfYmd(options.asOf);
  const flags = _inspectResidentId18(text, asOfYmd);
  report18(text, flags, asOfYmd, issues);
  return issues.result(flags & F_ERRORS ? undefined : withRegionNames(decode18(text), options.lookupRegion));
}

/**
 * True when the number is valid (warnings allowed). Never throws; a clean 18-character string is checked
 * without allocating.
 *
 * @example
 * isValidResidentId('11010519491231002X') // true
 * isValidResidentId('110105194912310021') // false (check character)
 */
export function isValidResidentId(input: unknown, options?: ResidentIdOptions): boolean {
  if (typeof input === 'string') {
    // Text that needs no normalisation is decided here without building issues.
    if (input.length === 18) {
      const flags = _inspectResidentId18(input, _asOfYmd(options?.asOf), true);
      if ((flags & F_SHAPE) === 0) return (flags & F_ERRORS) === 0;
    } else if (_isPlainIdText(input) && (input.length !== 15 || options?.allowLegacy15 !== true)) {
      return false;
    }
  }
  return validateResidentId(input, options).ok;
}

/**
 * The compact form of a valid number (15-digit numbers converted with `allowLegacy15`); other input
 * is returned compacted and unchanged.
 *
 * @example
 * formatResidentId('110105 19491231 002x') // '11010519491231002X'
 */
export function formatResidentId(input: unknown, options?: ResidentIdOptions): string {
  const result = validateResidentId(input, options);
  return result.ok ? result.value.number : compactResidentId(input);
}

/**
 * Returns the decoded number or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertResidentId('11010519491231002X').sex // 'female'
 */
export function assertResidentId(input: unknown, options?: ResidentIdOptions): ResidentIdInfo {
  const result = validateResidentId(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
