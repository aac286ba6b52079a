import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { usccMessages } from '../locales/usccMessages';
import { _compactInput, _compactText, _isScientific, _readText } from './_normalize';
import { _isOrgCodeAt } from './_orgCodeCore';
import { _checkRegionAnyTime, REGION_OK } from './_residentRegion';
import {
  _firstInvalidUsccChar,
  _inspectUscc,
  _usccCheckChar,
  USCC_BAD_CHAR,
  USCC_BAD_CHECKSUM,
  USCC_BAD_DEPARTMENT,
  USCC_BAD_LENGTH,
  USCC_BAD_REGION_FORMAT,
  USCC_OK,
  USCC_PILOT_CHECKSUM,
} from './_usccCore';
import { _usccCategoryName, _usccDepartmentName } from './_usccNames';

/** A valid 统一社会信用代码, decoded. */
export interface UsccInfo {
  /** The compact 18 characters. */
  code: string;
  /** 登记管理部门 (character 1) and its name, e.g. { code: '9', name: '工商' }. */
  department: { code: string; name: string };
  /** 机构类别 (characters 1–2) and its name when the standard defines it, e.g. { code: '91', name: '企业' }. */
  category: { code: string; name: string | undefined };
  /** 登记管理机关行政区划码 (characters 3–8); '100000' for national registrations. */
  regionCode: string;
  /** The embedded 组织机构代码 (characters 9–17) written 'XXXXXXXX-X'. */
  orgCode: string;
  /** Whether the embedded 组织机构代码 passes its own GB 11714 check. */
  orgCodeValid: boolean;
}

/** Options of the USCC validators. */
export interface UsccOptions {
  /**
   * Accept, with a warning, pilot-era codes of Fuzhou and Xiamen (region 3501/3502) whose check
   * character fails GB 32100 but whose embedded 组织机构代码 is valid. Default false.
   */
  allowPilotCodes?: boolean;
  locale?: Locale;
}

const LABEL = { label: '统一社会信用代码', labelEn: 'unified social credit code' };
const SEPARATORS = /[-‐‑‒–—−_.·/]/g;

/**
 * Normalises a 统一社会信用代码: full-width characters, spaces, hyphens, a leading apostrophe, lower case.
 *
 * @example
 * compactUscc('91350100-m000100y43') // '91350100M000100Y43'
 */
export function compactUscc(input: unknown): string {
  return _compactInput(input, SEPARATORS);
}

/**
 * Validates a 统一社会信用代码 (GB 32100-2015 with amendment 1): alphabet, 登记管理部门 (1–9, A, N, Y),
 * MOD 31 check (errors); 机构类别 unknown for the department, region code unknown, embedded 组织机构代码
 * failing GB 11714 (warnings). Never throws.
 *
 * @example
 * validateUscc('91350100M000100Y43').ok // true; value.category.name === '企业'
 */
export function validateUscc(input: unknown, options: UsccOptions = {}): Result<UsccInfo> {
  const issues = new _IssueCollector(LABEL, [usccMessages], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = _compactText(read.text, SEPARATORS);
  if (_isScientific(text)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  const status = _inspectUscc(text);
  switch (status) {
    case USCC_BAD_LENGTH:
      return issues.error('invalid_length', { expected: 18, actual: text.length }).fail();
    case USCC_BAD_CHAR: {
      const position = _firstInvalidUsccChar(text);
      const character = text[position];
      return issues
        .error('invalid_format', {
          position: position + 1,
          character,
          reason: `第 ${position + 1} 位“${character}”不是有效字符（不使用 I、O、Z、S、V）`,
          reasonEn: `character ${position + 1} "${character}" is not allowed (I, O, Z, S, V are never used)`,
        })
        .fail();
    }
    case USCC_BAD_DEPARTMENT:
      return issues.error('unknown_registration_department', { department: text[0] }).fail();
    case USCC_BAD_REGION_FORMAT:
      return issues
        .error('invalid_format', { reason: '第 3–8 位行政区划码应为数字', reasonEn: 'characters 3–8 must be digits' })
        .fail();
    case USCC_BAD_CHECKSUM:
      issues.error('invalid_checksum', { expected: _usccCheckChar(text), actual: text[17] });
      break;
    case USCC_PILOT_CHECKSUM:
      if (options.allowPilotCodes) issues.warn('pilot_uscc_checksum');
      else issues.error('invalid_checksum', { expected: _usccCheckChar(text), actual: text[17] });
      break;
  }
  const department = text[0]!;
  const categoryCode = text.slice(0, 2);
  const categoryName = _usccCategoryName(categoryCode);
  if (categoryName === undefined) issues.warn('unknown_uscc_category', { department, category: text[1] });
  const regionCode = text.slice(2, 8);
  if (_checkRegionAnyTime(Number(regionCode)) !== REGION_OK) {
    issues.warn('unknown_region', { regionCode, level: 'county' });
  }
  const orgCodeValid = _isOrgCodeAt(text, 8);
  const orgCode = `${text.slice(8, 16)}-${text[16]}`;
  if (!orgCodeValid) issues.warn('invalid_embedded_org_code', { orgCode });
  if (issues.hasErrors || (status !== USCC_OK && status !== USCC_PILOT_CHECKSUM)) return issues.fail();
  return issues.result<UsccInfo>({
    code: text,
    department: { code: department, name: _usccDepartmentName(department) ?? '' },
    category: { code: categoryCode, name: categoryName },
    regionCode,
    orgCode,
    orgCodeValid,
  });
}

/**
 * True when the code passes the error-level checks (warnings allowed). Never throws; carries no messages
 * or tables, so a form bundle that only needs the check stays small.
 *
 * @example
 * isValidUscc('91350100M000100Y43') // true
 * isValidUscc('91350100M000100Y44') // false
 */
export function isValidUscc(input: unknown, options?: UsccOptions): boolean {
  const read = _readText(input);
  if (!read.ok) return false;
  const status = _inspectUscc(_compactText(read.text, SEPARATORS));
  return status === USCC_OK || (status === USCC_PILOT_CHECKSUM && options?.allowPilotCodes === true);
}

/**
 * The compact 18 characters of a valid code; other input is returned compacted.
 *
 * @example
 * formatUscc(' 91350100m000100y43 ') // '91350100M000100Y43'
 */
export function formatUscc(input: unknown, options?: UsccOptions): string {
  const result = validateUscc(input, options);
  return result.ok ? result.value.code : compactUscc(input);
}

/**
 * Returns the decoded code or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertUscc('91350100M000100Y43').regionCode // '350100'
 */
export function assertUscc(input: unknown, options?: UsccOptions): UsccInfo {
  const result = validateUscc(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
