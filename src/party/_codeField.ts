import type { CodeOf, CodeTableId } from '../codes/CodeTableId';
import { validateCode } from '../codes/validateCode';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import type { _FieldLabel } from '../people/_RecordReader';

/** A record field read through a code table (grouping codes rejected), valued as the code: '汉' → '01'. */
export function _codeField<T extends CodeTableId>(table: T, label: _FieldLabel, locale: Locale) {
  return (value: unknown): Result<CodeOf<T>> => {
    const result = validateCode(table, value, { locale, ...label });
    return result.ok ? { ...result, value: result.value.code } : result;
  };
}
