import { _codeKey, _nameKey, _numberKey } from './_codeKeys';
import { type _CodeTable, _entryOfCodeKey, _getCodeTable, _namesOf, _numbersOf } from './_codeTable';
import type { CodeEntry } from './CodeEntry';
import type { CodeOf, CodeTableId } from './CodeTableId';

// Longer text is not a code table value; stop before normalising it.
const MAX_LENGTH = 200;
const HAN = /\p{Script=Han}/u;
const HAN_LAST = /\p{Script=Han}(?!.*\p{Script=Han})/u;
const EDGE_NOISE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const CODE_LIKE = /^[0-9A-Z]+(?:-[0-9A-Z]+)*$/;

/** True when the name key is one of the entry's names (its name, an alias, either without the optional suffix). */
function isNameOf(table: _CodeTable, entry: CodeEntry, nameKey: string): boolean {
  const suffix = table.info.optionalSuffix ?? '';
  return [entry.name, ...entry.aliases].some((name) => {
    const key = _nameKey(name);
    return key === nameKey || (suffix !== '' && key.endsWith(suffix) && key.slice(0, -suffix.length) === nameKey);
  });
}

/** The entry when `code` and `name` both name the same one ('01 汉族', '汉族（01）', '19 其他'). */
function findPair(table: _CodeTable, code: string, name: string): CodeEntry | undefined {
  const codeKey = code.replace(EDGE_NOISE, '');
  if (!CODE_LIKE.test(codeKey)) return undefined;
  const byCode = _entryOfCodeKey(table, codeKey);
  return byCode !== undefined && isNameOf(table, byCode, _nameKey(name)) ? byCode : undefined;
}

function findText(table: _CodeTable, text: string): CodeEntry | undefined {
  const key = _codeKey(text);
  if (key === '') return undefined;
  const byCode = _entryOfCodeKey(table, key);
  if (byCode) return byCode;
  const byName = _namesOf(table).get(_nameKey(key));
  if (byName) return byName;
  const first = HAN.exec(key)?.index ?? -1;
  if (first > 0) {
    const found = findPair(table, key.slice(0, first), key.slice(first));
    if (found) return found;
  }
  const last = HAN_LAST.exec(key)?.index ?? -1;
  if (last >= 0 && last < key.length - 1) return findPair(table, key.slice(last + 1), key.slice(0, last + 1));
  return undefined;
}

/**
 * The entry of a text that is exactly a code, name or alias of the table (the common case: a clean form
 * value) — one Map lookup. The index holds what `findText` answers for those texts, so it cannot disagree.
 */
export function _findExact(table: _CodeTable, text: string): CodeEntry | undefined {
  let exact = table.exact;
  if (!exact) {
    exact = new Map();
    for (const entry of table.entries) {
      for (const text of [entry.code, entry.name, ...entry.aliases]) {
        const found = text.length <= MAX_LENGTH ? findText(table, text) : undefined;
        if (found) exact.set(text, found);
      }
    }
    table.exact = exact;
  }
  return exact.get(text);
}

/**
 * Finds an entry from what people write on forms: the code ('01', '1' where unambiguous, '０１'), the name
 * or an alias ('汉族', '汉', '崩龙族' → 46 德昂族, '中共党员'), or both ('01 汉族', '01-汉族', '汉族(01)' — both
 * parts must name the same entry). Whitespace, full-width forms and punctuation inside names are ignored.
 * A number is read as a code that may have lost its leading zeros, so it matches only when that is
 * unambiguous (job-post 11 could be '11' or '011': undefined). Grouping codes are found too (check
 * `selectable`). Returns undefined for anything else; never throws.
 *
 * @example
 * findCode('ethnicity', '汉')?.code      // '01'
 * findCode('ethnicity', '崩龙族')?.name  // '德昂族'
 * findCode('sex', '男')?.code            // '1'
 * findCode('education', '1')?.selectable // false (1 研究生教育)
 * findCode('ethnicity', '01 蒙古族')     // undefined (code and name disagree)
 */
export function findCode<T extends CodeTableId>(tableId: T, nameOrCode: unknown): CodeEntry<CodeOf<T>> | undefined {
  const table = _getCodeTable(tableId);
  return table ? (_findCodeIn(table, nameOrCode) as CodeEntry<CodeOf<T>> | undefined) : undefined;
}

/** `findCode` in a table at hand (`_tableOf(TABLE_X)`): bundles only that table. */
export function _findCodeIn(table: _CodeTable, nameOrCode: unknown): CodeEntry | undefined {
  let found: CodeEntry | undefined;
  if (typeof nameOrCode === 'string') {
    if (nameOrCode.length <= MAX_LENGTH) found = _findExact(table, nameOrCode) ?? findText(table, nameOrCode);
  } else if (typeof nameOrCode === 'number' || typeof nameOrCode === 'bigint') {
    const digits = typeof nameOrCode === 'number' && !Number.isSafeInteger(nameOrCode) ? '' : String(nameOrCode);
    if (/^\d+$/.test(digits)) found = _numbersOf(table).get(_numberKey(digits)) ?? undefined;
  }
  return found;
}
