import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale, PathSegment } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _readText } from '../identifiers/_normalize';
import { codeTableMessages } from '../locales/codeTableMessages';
import { _tableOf } from './_codeTable';
import type { _RawCodeTable } from './_RawCodeTable';
import type { CodeEntry } from './CodeEntry';
import type { CodeOf, CodeTableId } from './CodeTableId';
import { _findCodeIn, _findExact, findCode } from './findCode';
import { CODE_TABLES } from './generated/codeTables';

/** Options of `validateCode`. */
export interface ValidateCodeOptions {
  /** Language of the messages; default 'zh-CN'. */
  locale?: Locale;
  /** Where the value sits in a larger record (e.g. `['members', 3, 'education']`). */
  path?: PathSegment[];
  /** Accept grouping codes (1 研究生教育) instead of reporting `not_selectable`. Default false. */
  allowGrouping?: boolean;
  /** Field name in Chinese messages; default the table name ('民族'). */
  label?: string;
  /** Field name in English messages; default the table's English name ('ethnic group'). */
  labelEn?: string;
}

/**
 * Validates a value against a code table, accepting what `findCode` accepts ('汉', '01', '01 汉族' …).
 * Issues: `required` (empty), `invalid_type` (not text or a whole number), `unknown_code` (params `table`,
 * `tableEn`, `tableId`, `value`), `not_selectable` (a grouping code; params add `code`, `name`). The value is
 * the entry. Never throws.
 *
 * @example
 * validateCode('ethnicity', '汉')               // { ok: true, value: { code: '01', name: '汉族', … }, warnings: [] }
 * validateCode('ethnicity', '99').issues[0].message  // '代码“99”不在民族代码表中'
 * validateCode('education', '1').issues[0].message   // '“1 研究生教育”是分类代码，请选择其下的具体项'
 */
export function validateCode<T extends CodeTableId>(
  tableId: T,
  input: unknown,
  options: ValidateCodeOptions = {},
): Result<CodeEntry<CodeOf<T>>> {
  const raw = typeof tableId === 'string' && Object.hasOwn(CODE_TABLES, tableId) ? CODE_TABLES[tableId] : undefined;
  return _validateCodeIn(raw, input, options, tableId);
}

/**
 * `validateCode` against a generated table constant (`TABLE_X`), or undefined for an unknown id (every value
 * is then unknown): the library's validators call this, so that a bundle carries only the tables it uses.
 */
export function _validateCodeIn<T extends CodeTableId>(
  raw: _RawCodeTable<T> | undefined,
  input: unknown,
  options: ValidateCodeOptions = {},
  tableId: unknown = raw?.info.id,
): Result<CodeEntry<CodeOf<T>>> {
  const codeTable = raw ? _tableOf(raw) : undefined;
  const found = typeof input === 'string' && codeTable ? _findExact(codeTable, input) : undefined;
  // A clean value (exactly a code, name or alias of a selectable entry): nothing to report, nothing to build.
  if (found && (found.selectable || options.allowGrouping)) {
    return { ok: true, value: found as CodeEntry<CodeOf<T>>, warnings: [] };
  }
  const info = codeTable?.info;
  const label = { label: options.label ?? info?.name ?? '代码', labelEn: options.labelEn ?? info?.nameEn ?? 'code' };
  const issues = new _IssueCollector(label, [codeTableMessages], options.locale, options.path);
  const read = _readText(input);
  // A number too large for a spreadsheet cell is no code of any table: report it as unknown, not as damaged.
  if (!read.ok && read.code !== 'spreadsheet_number') return issues.unreadable(read).fail();
  const table = {
    table: info ? `${info.name}代码表` : '代码表',
    tableEn: info ? `the ${info.nameEn} table` : 'the code table',
    tableId: String(tableId),
  };
  const entry = (found ?? (codeTable ? _findCodeIn(codeTable, input) : undefined)) as CodeEntry<CodeOf<T>> | undefined;
  if (!entry) {
    return issues.error('unknown_code', { ...table, value: read.ok ? read.text.trim() : String(input) }).fail();
  }
  if (!entry.selectable && !options.allowGrouping) {
    return issues
      .error('not_selectable', { ...table, value: `${entry.code} ${entry.name}`, code: entry.code, name: entry.name })
      .fail();
  }
  return issues.result(entry);
}

/**
 * True when the value names a selectable entry of the table (grouping codes too with `allowGrouping`).
 * Never throws.
 *
 * @example
 * isValidCode('sex', '男')        // true
 * isValidCode('education', '1')   // false (grouping code)
 */
export function isValidCode(
  tableId: CodeTableId,
  input: unknown,
  options: Pick<ValidateCodeOptions, 'allowGrouping'> = {},
): boolean {
  const entry = findCode(tableId, input);
  return entry !== undefined && (entry.selectable || options.allowGrouping === true);
}

/**
 * The entry a value names; throws `ValidationError` with the issues of `validateCode` otherwise.
 *
 * @example
 * assertCode('political-status', '中共党员').code // '01'
 * assertCode('sex', '3')                          // throws ValidationError (unknown_code)
 */
export function assertCode<T extends CodeTableId>(
  tableId: T,
  input: unknown,
  options?: ValidateCodeOptions,
): CodeEntry<CodeOf<T>> {
  const result = validateCode(tableId, input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
