import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _readText } from '../identifiers/_normalize';
import { recordMessages } from '../locales/recordMessages';

/** Options of `validatePersonName`. */
export interface PersonNameOptions {
  locale?: Locale;
  /** Longest accepted name; default 50 characters (transliterated minority and foreign names are long). */
  maxLength?: number;
}

// Every way a middle dot is typed in names such as 买买提·艾力 (Chinese input methods, Japanese, bullets).
const MIDDLE_DOTS =
  /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387\u16eb]|(?<=\p{Script=Han})[.．](?=\p{Script=Han})/gu;
const CJK_SPACE = /(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu;
// Letters of any script, combining marks, the middle dot, spaces, hyphens and apostrophes of foreign names.
const NAME_CHARACTER = /[\p{L}\p{M}·\s'’-]/u;
// Ideographs of the URO assigned since Unicode 1.1 (stable under NFC, all letters) and U+00B7: already normal.
const PLAIN_NAME = /^[\u4e00-\u9fa5\u00b7]+$/;

/**
 * Validates and normalises a person's name as written on forms: trims, removes the spaces clerks use to
 * align two-character names (张　三 → 张三), unifies the middle dot of minority and foreign names
 * (买买提•艾力 → 买买提·艾力). Issues: `required`, `invalid_type`, `invalid_name` (digits, symbols),
 * `too_long`. Never throws.
 *
 * @example
 * validatePersonName(' 张　三 ') // { ok: true, value: '张三', warnings: [] }
 * validatePersonName('买买提・艾力').ok // true, value '买买提·艾力'
 * validatePersonName('张三1').ok // false: invalid_name
 */
export function validatePersonName(input: unknown, options: PersonNameOptions = {}): Result<string> {
  // The common case, a name of basic CJK ideographs (and the middle dot ·): nothing to normalise.
  if (typeof input === 'string' && PLAIN_NAME.test(input) && !(input.length > (options.maxLength ?? 50))) {
    return { ok: true, value: input, warnings: [] };
  }
  const issues = new _IssueCollector({ label: '姓名', labelEn: 'name' }, [recordMessages], options.locale);
  const read = _readText(input);
  if (!read.ok || read.fromNumber) {
    return read.ok ? issues.error('invalid_name', { value: read.text }).fail() : issues.unreadable(read).fail();
  }
  const name = read.text
    .normalize('NFC')
    .replace(MIDDLE_DOTS, '·')
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(CJK_SPACE, '')
    .replace(/\s+/g, ' ');
  for (const character of name) {
    if (!NAME_CHARACTER.test(character)) return issues.error('invalid_name', { value: name, character }).fail();
  }
  const max = options.maxLength ?? 50;
  const length = Array.from(name).length;
  if (length > max) return issues.error('too_long', { max, actual: length }).fail();
  return issues.result(name);
}
