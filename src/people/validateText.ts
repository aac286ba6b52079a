import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _readText } from '../identifiers/_normalize';
import { recordMessages } from '../locales/recordMessages';

/** Options of `validateText`. */
export interface TextOptions {
  locale?: Locale;
  /** Longest accepted text in characters; default 200. */
  maxLength?: number;
  label?: string;
  labelEn?: string;
}

const WHITESPACE = /[\s\u00a0\u3000]/;

/**
 * A free-text field (职务, 家庭住址 …): trimmed, inner runs of whitespace and line breaks from wrapped
 * cells collapsed to one space. Issues: `required`, `invalid_type`, `too_long`. Never throws.
 *
 * @example
 * validateText('  办公室\n主任 ') // { ok: true, value: '办公室 主任', warnings: [] }
 */
export function validateText(input: unknown, options: TextOptions = {}): Result<string> {
  const max = options.maxLength ?? 200;
  // Already clean (no whitespace to trim or collapse, short enough): the text itself.
  if (typeof input === 'string' && input !== '' && input.length <= max && !WHITESPACE.test(input)) {
    return { ok: true, value: input, warnings: [] };
  }
  const label = { label: options.label ?? '文本', labelEn: options.labelEn ?? 'text' };
  const issues = new _IssueCollector(label, [recordMessages], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = read.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  const length = Array.from(text).length;
  if (length > max) return issues.error('too_long', { max, actual: length }).fail();
  return issues.result(text);
}
