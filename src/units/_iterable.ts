import { _IssueCollector, type _Label } from '../errors/_IssueCollector';
import type { Issue, Locale } from '../errors/Issue';

/** True for what `for … of` can walk (arrays, Sets, generators …). */
export function _isIterable(value: unknown): value is Iterable<unknown> {
  if (value === null || value === undefined) return false;
  try {
    return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    return false; // a Proxy that throws on read
  }
}

/** The issue for an input that should be a list and is not: `required` when absent, else `invalid_format`. */
export function _notAList(value: unknown, label: _Label, locale: Locale | undefined): Issue[] {
  const issues = new _IssueCollector(label, [], locale);
  if (value === null || value === undefined) return issues.error('required').issues;
  return issues.error('invalid_format', {
    received: typeof value,
    reason: '应为列表（数组或其他可迭代对象）',
    reasonEn: 'expected a list (an array or another iterable)',
  }).issues;
}
