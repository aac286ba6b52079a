import { TABLE_ID_TYPE } from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _checkIdNumber, _inferIdType } from './_idNumberRules';
import { _PEOPLE_LABELS } from './_personFields';
import { _isBlank, type _RecordReader } from './_RecordReader';
import type { IdTypeCode } from './Person';
import type { IdDocument, IdDocumentOptions } from './validateIdDocument';

// Spelled out: a spread at module level would keep the labels in every bundle of the single-file build.
const ID_TYPE_OPTIONS = {
  'zh-CN': { label: '证件类型', labelEn: 'ID type', locale: 'zh-CN' as Locale },
  en: { label: '证件类型', labelEn: 'ID type', locale: 'en' as Locale },
};

function validateIdType(value: unknown, locale: Locale): Result<IdTypeCode> {
  const result = _validateCodeIn(TABLE_ID_TYPE, value, locale === 'en' ? ID_TYPE_OPTIONS.en : ID_TYPE_OPTIONS['zh-CN']);
  return result.ok ? { ok: true, value: result.value.code, warnings: result.warnings } : result;
}

/**
 * Reads 证件类型 and 证件号码 from a record: the type from the id-type table (blank: inferred from a number of
 * the resident ID family, see `_inferIdType`), then the number under that type's rule. Issues go under the two
 * keys; the document is undefined when either is wrong (an error has been added then).
 */
export function _readIdDocument(
  reader: _RecordReader,
  keys: { idType: string; number: string },
  options: IdDocumentOptions,
  numberLabel = _PEOPLE_LABELS.idNumber,
): IdDocument | undefined {
  const typeBlank = _isBlank(reader.raw(keys.idType));
  const idType = typeBlank ? undefined : reader.field(keys.idType, _PEOPLE_LABELS.idType, validateIdType, true);
  const rawNumber = reader.raw(keys.number);
  if (_isBlank(rawNumber)) {
    reader.error('required', [keys.number], { ...numberLabel });
    return undefined;
  }
  if (!typeBlank && idType === undefined) return undefined;
  const type = idType ?? _inferIdType(rawNumber, options.asOf);
  if (type === undefined) {
    reader.error('required', [keys.idType], { ..._PEOPLE_LABELS.idType });
    return undefined;
  }
  // Not blank (checked above), so no `required` to report: the rule's result goes straight under the key.
  const checked = reader.take(keys.number, _checkIdNumber(type, rawNumber, { ...options, locale: reader.locale }));
  if (!checked) return undefined;
  return checked.residentId
    ? { idType: type, number: checked.number, residentId: checked.residentId }
    : { idType: type, number: checked.number };
}
