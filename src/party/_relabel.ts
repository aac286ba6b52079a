import { type _AnyCatalog, _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import type { _FieldLabel } from '../people/_RecordReader';

/**
 * Re-renders a field validator's issues under the form's label: validatePersonName says 姓名, but next to the
 * 党组织书记 box the message must say 党组织书记. Issues without a label keep their message.
 */
export function _relabel<T>(
  result: Result<T>,
  label: _FieldLabel,
  locale: Locale,
  catalogs: readonly _AnyCatalog[],
): Result<T> {
  const relabel = (issue: Issue): Issue => {
    if (typeof issue.params.label !== 'string') return issue;
    const params = { ...issue.params, ...label };
    return { ...issue, params, message: _renderFromCatalogs(catalogs, locale, issue.code, params) };
  };
  return result.ok
    ? { ok: true, value: result.value, warnings: result.warnings.map(relabel) }
    : { ok: false, issues: result.issues.map(relabel) };
}
