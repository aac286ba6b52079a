import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import type { ResidentIdInfo } from '../identifiers/residentId';
import { recordMessages } from '../locales/recordMessages';
import { _RecordReader } from './_RecordReader';
import { _readIdDocument } from './_readIdDocument';
import type { IdTypeCode } from './Person';
import type { RecordOptions } from './RecordOptions';

/** An identity document (证件类型 + 证件号码), validated. */
export interface IdDocument {
  /** The id-type key ('resident-id', 'cn-passport' …). */
  idType: IdTypeCode;
  /** The compact number (resident IDs: 18 characters, upper-case X; passports: letters and digits only). */
  number: string;
  /** The decoded number, for 居民身份证, 港澳台居民居住证, 外国人永久居留身份证 and 户口簿. */
  residentId?: ResidentIdInfo;
}

/** Options of `validateIdDocument`. */
export interface IdDocumentOptions extends RecordOptions {
  /** Accept old 15-digit numbers under 居民身份证 and 户口簿 (converted to 18). Default false. */
  allowLegacy15?: boolean;
}

const LABEL = { label: '证件', labelEn: 'identity document' };

/**
 * Validates a 证件号码 under its 证件类型 (the `id-type` table: 居民身份证, 护照, 军官证 … as forms write them).
 * Each type has its number rule: the GB 11643 family (居民身份证 and 户口簿 → a resident number; 港澳台居民居住证
 * → 810000/820000/830000; 外国人永久居留身份证 → the 2023 card, or the 2017 15-character card), 中国护照 (E, EA–EZ,
 * G, 14/15, P/PE, S/SE, D/DE, K, MA… series; other letters and digits are a warning), 外国护照 (5–17 letters and
 * digits), 港澳居民来往内地通行证 (H/M + 8 or 10 digits), 台湾居民来往大陆通行证 (8 digits, older ones 10),
 * 军官证 / 警官证 (letters, digits, Han characters), 其他 (any text). A number that clearly belongs to another
 * type — a passport number under 身份证, a valid 18-character ID under 护照 — is `id_type_mismatch` (params
 * `idType`, `idTypeEn`, `looksLike`, `looksLikeEn`); a doubtful one (a 身份证 number under 军官证) is the same
 * code as a warning with `doubtful: true`. A blank type is 居民身份证 (or the family member the number
 * validates as) when the number is shaped like a resident ID, else `required`. Issue paths: `['idType']`,
 * `['number']`, after `options.path`. Never throws.
 *
 * @example
 * validateIdDocument('身份证', '11010519491231002x')
 * // { ok: true, value: { idType: 'resident-id', number: '11010519491231002X', residentId: { … sex: 'female' } },
 * //   warnings: [] }
 * validateIdDocument('护照', 'EA1234567').value // { idType: 'passport', number: 'EA1234567' }
 * validateIdDocument('身份证', 'E12345678').issues[0].message
 * // '证件号码不符合证件类型“居民身份证”，看起来是中国护照的号码，请核对证件类型'
 */
export function validateIdDocument(
  idType: unknown,
  number: unknown,
  options: IdDocumentOptions = {},
): Result<IdDocument> {
  const reader = new _RecordReader({ idType, number }, [recordMessages], options, LABEL);
  const document = _readIdDocument(reader, { idType: 'idType', number: 'number' }, options);
  // Without a document an error has been reported, so the result is a failure.
  return reader.result(document as IdDocument);
}

/**
 * True when the number is valid under the type (warnings allowed). Never throws.
 *
 * @example
 * isValidIdDocument('护照', '11010519491231002X') // false: a resident ID under 护照
 */
export function isValidIdDocument(idType: unknown, number: unknown, options?: IdDocumentOptions): boolean {
  return validateIdDocument(idType, number, options).ok;
}

/**
 * Returns the validated document or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertIdDocument('台胞证', '12345678').idType // 'tw-mainland-permit'
 */
export function assertIdDocument(idType: unknown, number: unknown, options?: IdDocumentOptions): IdDocument {
  const result = validateIdDocument(idType, number, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
