import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import type { _FieldLabel } from '../people/_RecordReader';
import { _parseYesNo } from '../units/_parseYesNo';

/** Reads a 是/否 field: 是/否, true/false, 1/0, yes/no (any case, full-width too). Issues: `invalid_format`, `invalid_type`. */
export function _validateYesNo(input: unknown, label: _FieldLabel, locale: Locale): Result<boolean> {
  const issues = new _IssueCollector(label, [], locale);
  if (typeof input === 'boolean') return issues.result(input);
  if (typeof input !== 'string' && typeof input !== 'number') {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return issues.error('invalid_type', { received }).fail();
  }
  // One reading of 是/否 for the whole library (unit rows, establishment records and party members alike).
  const parsed = _parseYesNo(input);
  if (parsed === true || parsed === false) return issues.result(parsed);
  const text = String(input).normalize('NFKC').trim().toLowerCase();
  return issues
    .error('invalid_format', { value: text, reason: '应填写“是”或“否”', reasonEn: 'write 是 (yes) or 否 (no)' })
    .fail();
}
