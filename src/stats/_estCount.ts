import type { _Label } from '../errors/_IssueCollector';
import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';

// '12', '1,234', '12.0' (a cell formatted with decimals), '12人' / '12名' (the unit typed into the cell).
const COUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?(?:人|名)?$/;
const NEGATIVE = /^-\s*\d/;
const FRACTION = /^\d+\.\d*[1-9]\d*(?:人|名)?$/;

/**
 * A count of posts or people (编制数, 实有人数, 领导职数) as forms hold it: 12, '12', '１２', '1,234', '12人'.
 * Negative or fractional numbers are `invalid_format`; anything not a number or text is `invalid_type`.
 */
export function _readEstablishmentCount(input: unknown, label: _Label, locale: Locale): Result<number> {
  const issues = new _IssueCollector(label, [], locale);
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return issues.error('invalid_type', { received: 'number' }).fail();
    text = String(input);
  } else if (typeof input === 'bigint') {
    text = input.toString();
  } else if (typeof input === 'string') {
    text = input.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
    if (text === '') return issues.error('required').fail();
  } else {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return issues.error(input === undefined || input === null ? 'required' : 'invalid_type', { received }).fail();
  }
  const match = COUNT.exec(text);
  const value = match ? Number(match[1]!.replaceAll(',', '')) : Number.NaN;
  if (Number.isSafeInteger(value)) return issues.result(value);
  const reason = NEGATIVE.test(text)
    ? { reason: '不能为负数', reasonEn: 'must not be negative' }
    : FRACTION.test(text)
      ? { reason: '应为整数', reasonEn: 'must be a whole number' }
      : { reason: '应为非负整数', reasonEn: 'expected a whole number' };
  return issues.error('invalid_format', { ...reason, value: text }).fail();
}
