import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import type { _FieldLabel } from '../people/_RecordReader';
import type { _RawCodeTable } from './_RawCodeTable';
import type { CodeOf, CodeTableId } from './CodeTableId';
import { _validateCodeIn } from './validateCode';

/**
 * A record field read through a code table (grouping codes rejected), valued as the code: '汉' → '01'. Takes
 * the generated table constant (`TABLE_ETHNICITY`), so a validator bundles only the tables it reads.
 */
export function _codeField<T extends CodeTableId>(table: _RawCodeTable<T>, label: _FieldLabel, locale: Locale) {
  return (value: unknown): Result<CodeOf<T>> => {
    const result = _validateCodeIn(table, value, { locale, ...label });
    return result.ok ? { ...result, value: result.value.code } : result;
  };
}
