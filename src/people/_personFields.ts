import { TABLE_SEX } from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _readText } from '../identifiers/_normalize';
import { validateLandline } from '../identifiers/landline';
import { validateMobile } from '../identifiers/mobile';
import { recordMessages } from '../locales/recordMessages';
import { parseUnitPath } from '../units/parseUnitPath';
import type { _FieldLabel } from './_RecordReader';
import type { SexCode } from './Person';
import { validateText } from './validateText';

/** Labels of the fields of the 单位用户信息表 and 单位管理员信息表, as the forms print them. */
export const _PEOPLE_LABELS = {
  sequence: { label: '序号', labelEn: 'sequence number' },
  name: { label: '姓名', labelEn: 'name' },
  sex: { label: '性别', labelEn: 'sex' },
  unitPath: { label: '部门名称（全路径）', labelEn: 'unit path' },
  post: { label: '职务', labelEn: 'post' },
  idType: { label: '证件类型', labelEn: 'ID type' },
  idNumber: { label: '证件号码', labelEn: 'ID number' },
  landline: { label: '座机号码', labelEn: 'landline number' },
  mobile: { label: '手机号码', labelEn: 'mobile number' },
  residentIdNumber: { label: '身份证号码', labelEn: 'ID card number' },
  unitName: { label: '单位名称', labelEn: 'unit name' },
} satisfies Record<string, _FieldLabel>;

/** `{ locale }` options for the validators of other domains, shared so a row builds none (they never mutate them). */
export function _localeOptions(locale: Locale | undefined): { locale?: Locale } {
  return locale === 'zh-CN' ? ZH_CN : locale === 'en' ? EN : locale === undefined ? NO_LOCALE : { locale };
}
const ZH_CN: { locale: Locale } = { locale: 'zh-CN' };
const EN: { locale: Locale } = { locale: 'en' };
const NO_LOCALE: { locale?: Locale } = {};

// Spelled out: a spread at module level would keep the labels in every bundle of the single-file build.
const SEX_OPTIONS = {
  'zh-CN': { label: '性别', labelEn: 'sex', locale: 'zh-CN' as Locale },
  en: { label: '性别', labelEn: 'sex', locale: 'en' as Locale },
  none: { label: '性别', labelEn: 'sex' },
};

/** The value of a successful result mapped, the issues kept. */
export function _mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: map(result.value), warnings: result.warnings } : result;
}

/** 序号: a positive whole number, written as a number or as digits ('１', ' 12 '). */
export function _validateSequence(input: unknown, locale: Locale | undefined): Result<number> {
  const issues = new _IssueCollector(_PEOPLE_LABELS.sequence, [recordMessages], locale);
  const notPositive = { reason: '应为正整数', reasonEn: 'expected a positive whole number' };
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input > 0
      ? issues.result(input)
      : issues.error('invalid_format', notPositive).fail();
  }
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = read.text.normalize('NFKC').trim();
  const value = /^\d{1,15}$/.test(text) ? Number(text) : 0;
  return value > 0 ? issues.result(value) : issues.error('invalid_format', { ...notPositive, value: text }).fail();
}

/** 性别 as people write it (男 / 女 / 男性 / 1 / 2 …): its GB/T 2261.1 code. */
export function _validateSex(input: unknown, locale: Locale | undefined): Result<SexCode> {
  const options =
    locale === 'zh-CN'
      ? SEX_OPTIONS['zh-CN']
      : locale === 'en'
        ? SEX_OPTIONS.en
        : locale === undefined
          ? SEX_OPTIONS.none
          : { ..._PEOPLE_LABELS.sex, locale };
  const result = _validateCodeIn(TABLE_SEX, input, options);
  return result.ok ? { ok: true, value: result.value.code, warnings: result.warnings } : result;
}

/** 部门名称(全路径): the normalised path string. */
export function _validateUnitPathText(input: unknown, locale: Locale | undefined): Result<string> {
  const result = parseUnitPath(input, _localeOptions(locale));
  return result.ok ? { ok: true, value: result.value.path, warnings: result.warnings } : result;
}

/** A free-text field of these forms (职务, 单位名称). */
export function _validateFormText(input: unknown, label: _FieldLabel, locale: Locale | undefined): Result<string> {
  const { label: zh, labelEn } = label;
  return validateText(
    input,
    locale === undefined ? { label: zh, labelEn, maxLength: 100 } : { label: zh, labelEn, maxLength: 100, locale },
  );
}

/** 手机号码: the 11 digits. */
export function _validateMobileNumber(input: unknown, locale: Locale | undefined): Result<string> {
  const result = validateMobile(input, _localeOptions(locale));
  return result.ok ? { ok: true, value: result.value.number, warnings: result.warnings } : result;
}

/** 座机号码: the display form '0730-1234567'. */
export function _validateLandlineNumber(input: unknown, locale: Locale | undefined): Result<string> {
  const result = validateLandline(input, _localeOptions(locale));
  return result.ok ? { ok: true, value: result.value.formatted, warnings: result.warnings } : result;
}
