import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import type { _FieldLabel } from '../people/_RecordReader';

// What clerks write in a 是/否 column; a check mark means yes in ticked templates.
const YES = new Set(['是', 'true', '1', 'yes', 'y', '√', '✓', '✔']);
const NO = new Set(['否', 'false', '0', 'no', 'n', '×', '✗', '✘']);

/** Reads a 是/否 field: 是/否, true/false, 1/0, yes/no (any case, full-width too). Issues: `invalid_format`, `invalid_type`. */
export function _validateYesNo(input: unknown, label: _FieldLabel, locale: Locale): Result<boolean> {
  const issues = new _IssueCollector(label, [], locale);
  if (typeof input === 'boolean') return issues.result(input);
  if (typeof input !== 'string' && typeof input !== 'number') {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return issues.error('invalid_type', { received }).fail();
  }
  const text = String(input).normalize('NFKC').trim().toLowerCase();
  if (YES.has(text)) return issues.result(true);
  if (NO.has(text)) return issues.result(false);
  return issues
    .error('invalid_format', { value: text, reason: '应填写“是”或“否”', reasonEn: 'write 是 (yes) or 否 (no)' })
    .fail();
}
