import { validateCode } from '../codes/validateCode';
import { _checkIdNumber, _inferIdType } from './_idNumberRules';
import { _mapResult, _PEOPLE_LABELS } from './_personFields';
import { _isBlank, type _RecordReader } from './_RecordReader';
import type { IdDocument, IdDocumentOptions } from './validateIdDocument';

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
  const locale = reader.locale;
  const typeBlank = _isBlank(reader.raw(keys.idType));
  const idType = typeBlank
    ? undefined
    : reader.field(
        keys.idType,
        _PEOPLE_LABELS.idType,
        (value) => _mapResult(validateCode('id-type', value, { ..._PEOPLE_LABELS.idType, locale }), (e) => e.code),
        true,
      );
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
  const checked = reader.field(
    keys.number,
    numberLabel,
    (value) => _checkIdNumber(type, value, { ...options, locale }),
    true,
  );
  if (!checked) return undefined;
  return checked.residentId
    ? { idType: type, number: checked.number, residentId: checked.residentId }
    : { idType: type, number: checked.number };
}
