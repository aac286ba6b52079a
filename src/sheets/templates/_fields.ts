import {
  type CodeTableId,
  checkRoster,
  createIssue,
  type Issue,
  lookupCode,
  parseUnitPath,
  type Result,
  type RosterRecord,
  validateLandline,
  validateMobile,
  validateUscc,
} from 'cn-orgdata';
import type { SheetChoice, SheetColumn, SheetValidateOptions } from '../SheetTemplate';

/**
 * The roster checks no row can make alone (`checkRoster`): the same ID number on two rows (error, on the
 * later row), the same mobile number for two people (warning). Messages name both rows.
 */
export const _checkRosterRecords = (
  records: readonly { row: number; value: object }[],
  options: SheetValidateOptions,
): readonly Issue[] =>
  checkRoster(
    records.map(({ row, value }) => {
      const v = value as { name?: string; unitPath?: string; unitName?: string; idNumber?: string; mobile?: string };
      // Only what checkRoster reads: cheaper than a copy of each record.
      return {
        row,
        name: v.name,
        unitPath: v.unitPath,
        unitName: v.unitName,
        idNumber: v.idNumber,
        mobile: v.mobile,
      } as RosterRecord;
    }),
    { locale: options.locale, ...(options.revealValues === undefined ? {} : { revealValues: options.revealValues }) },
  ).issues;

/** A Result with its value transformed (issues untouched). */
export function _mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: map(result.value), warnings: result.warnings } : result;
}

/** 部门名称(全路径) → the canonical path 'a/b/c'. */
export const _unitPathField = (value: unknown, o: SheetValidateOptions) =>
  _mapResult(parseUnitPath(value, { locale: o.locale }), (p) => p.path);

/** 统一社会信用代码 → the compact 18 characters. */
export const _usccField = (value: unknown, o: SheetValidateOptions) =>
  _mapResult(validateUscc(value, { locale: o.locale }), (u) => u.code);

/** 手机号码 → 11 digits. */
export const _mobileField = (value: unknown, o: SheetValidateOptions) =>
  _mapResult(validateMobile(value, { locale: o.locale }), (m) => m.number);

/** 座机号码 → '0730-1234567'. */
export const _landlineField = (value: unknown, o: SheetValidateOptions) =>
  _mapResult(validateLandline(value, { locale: o.locale }), (l) => l.formatted);

/** A phone that may be either (部门负责人电话, 联系电话): eleven digits from 1 read as a mobile, the rest as a landline. */
export const _phoneField = (value: unknown, o: SheetValidateOptions): Result<string> => {
  const digits = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/\D/g, '') : '';
  if (/^(?:86)?1\d{10}$/.test(digits)) return _mobileField(value, o);
  return _landlineField(value, o);
};

/** 是 / 否 as clerks write them. */
export const _YES_NO: readonly SheetChoice[] = [
  { value: true, label: '是', aliases: ['y', 'yes', 'true', '1', '√', '✓', '✔'] },
  { value: false, label: '否', aliases: ['n', 'no', 'false', '0', '×', '✗', '✘'] },
];

/** 是/否 as written on a form. */
export const _formatYesNo = (value: unknown): string => (value === true ? '是' : value === false ? '否' : '');

/** A code written as its name (男, 汉族, 正式党员): for tables whose names are unique and familiar. */
export const _codeName =
  (table: CodeTableId) =>
  (value: unknown): string =>
    lookupCode(table, String(value))?.name ?? String(value);

/** A code written as "code name" ('21 大学', '011 公务员'): unambiguous and readable; read back by code. */
export const _codeAndName =
  (table: CodeTableId) =>
  (value: unknown): string => {
    const entry = lookupCode(table, String(value));
    return entry ? `${entry.code} ${entry.name}` : String(value);
  };

// '14', '14人', '１４名': the unit word is what clerks add to a number of people.
const COUNT_TEXT = /^(\d{1,9})\s*[人名个]?$/;

/** A number of people as clerks write it (14, '14', '14人') → 14; anything else is invalid_format. */
export const _countField =
  (label: string, labelEn: string) =>
  (value: unknown, o: SheetValidateOptions): Result<number> => {
    const text = typeof value === 'number' ? String(value) : String(value).normalize('NFKC').trim();
    const match = COUNT_TEXT.exec(text);
    if (match) return { ok: true, value: Number(match[1]), warnings: [] };
    const params = {
      label,
      labelEn,
      value: text,
      reason: '应为不小于 0 的整数（人数）',
      reasonEn: 'expected a number of people',
    };
    return { ok: false, issues: [createIssue('invalid_format', 'error', params, o.locale)] };
  };

/** The 序号 column every list form opens with (numbered when written). */
export const _sequenceColumn = (): SheetColumn => ({
  field: 'sequence',
  label: '序号',
  labelEn: 'sequence number',
  type: 'integer',
  autoNumber: true,
  width: 6,
});

/** The 姓名 column of the people forms. */
export const _nameColumn = (width: number): SheetColumn => ({
  field: 'name',
  label: '姓名',
  labelEn: 'name',
  type: 'text',
  required: true,
  width,
});

/** The 性别 column of the people forms: written as 男 / 女, read as names or codes. */
export const _sexColumn = (note?: string): SheetColumn => ({
  field: 'sex',
  label: '性别',
  labelEn: 'sex',
  type: 'code',
  codeTable: 'sex',
  required: true,
  width: 6,
  ...(note === undefined ? {} : { note }),
  format: _codeName('sex'),
});
