import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { recordMessages } from '../locales/recordMessages';
import { _checkIdentity } from './_checkIdentity';
import {
  _validateFormText,
  _validateLandlineNumber,
  _validateMobileNumber,
  _validateSequence,
  _validateSex,
  _validateUnitPathText,
  _PEOPLE_LABELS as L,
} from './_personFields';
import { _RecordReader } from './_RecordReader';
import { _readIdDocument } from './_readIdDocument';
import type { Person } from './Person';
import type { IdDocumentOptions } from './validateIdDocument';
import { validatePersonName } from './validatePersonName';

/** Options of `validatePerson`: the record options, and `allowLegacy15` for 15-digit resident IDs. */
export type PersonOptions = IdDocumentOptions;

const RECORD = { label: '人员信息', labelEn: 'person record' };

/**
 * Validates one row of the 单位用户信息表: 序号 (optional positive integer), 姓名, 性别 (男/女/1/2/男性 …),
 * 部门名称(全路径), 职务 (optional), 证件类型 + 证件号码 (see `validateIdDocument`; a blank type is inferred
 * from a resident ID number), 座机号码 (optional), 手机号码 (required). Cross-field rules: the number must fit
 * its type (`id_type_mismatch`) and 性别 must agree with a resident ID number (`sex_mismatch`). Keys are the
 * `Person` keys; issue paths are `[...options.path, key]`. Never throws.
 *
 * @example
 * validatePerson({
 *   name: '张三', sex: '女', unitPath: '示例县 / 示例县民政局', idType: '身份证',
 *   idNumber: '11010519491231002x', mobile: '138 1234 5678',
 * })
 * // { ok: true, warnings: [], value: { name: '张三', sex: '2', unitPath: '示例县/示例县民政局',
 * //   idType: 'resident-id', idNumber: '11010519491231002X', mobile: '13812345678' } }
 * validatePerson({ …, sex: '男' }).issues[0] // { code: 'sex_mismatch', path: ['sex'], … }
 */
export function validatePerson(input: unknown, options: PersonOptions = {}): Result<Person> {
  const reader = new _RecordReader(input, [recordMessages], options, RECORD);
  if (!reader.readable) return reader.result(input as Person);
  const sequence = reader.field('sequence', L.sequence, _validateSequence, false);
  const name = reader.field('name', L.name, validateName, true);
  const sex = reader.field('sex', L.sex, _validateSex, true);
  const unitPath = reader.field('unitPath', L.unitPath, _validateUnitPathText, true);
  const post = reader.field('post', L.post, validatePost, false);
  const document = _readIdDocument(reader, ID_KEYS, options);
  const landline = reader.field('landline', L.landline, _validateLandlineNumber, false);
  const mobile = reader.field('mobile', L.mobile, _validateMobileNumber, true);
  const idInfo = document?.residentId;
  if (idInfo) _checkIdentity(reader, { idInfo, sexCode: sex, birthDate: undefined }, IDENTITY_PATHS);
  // A required field that is undefined has been reported as an error, so these placeholders never escape.
  // Keys are set in the order of the form, optional ones only when present.
  const person = {} as Person;
  if (sequence !== undefined) person.sequence = sequence;
  person.name = name ?? '';
  person.sex = sex ?? '0';
  person.unitPath = unitPath ?? '';
  if (post !== undefined) person.post = post;
  person.idType = document?.idType ?? 'other';
  person.idNumber = document?.number ?? '';
  if (landline !== undefined) person.landline = landline;
  person.mobile = mobile ?? '';
  return reader.result(person);
}

const ID_KEYS = { idType: 'idType', number: 'idNumber' };
const IDENTITY_PATHS = { sex: 'sex', birthDate: 'birthDate' };

function validateName(value: unknown, locale: Locale): Result<string> {
  return validatePersonName(value, { locale });
}

function validatePost(value: unknown, locale: Locale): Result<string> {
  return _validateFormText(value, L.post, locale);
}

/**
 * True when the record is a valid `Person` (warnings allowed). Never throws.
 *
 * @example
 * isValidPerson({ name: '张三' }) // false: sex, unitPath, idNumber and mobile are required
 */
export function isValidPerson(input: unknown, options?: PersonOptions): boolean {
  return validatePerson(input, options).ok;
}

/**
 * Returns the normalised `Person` or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertPerson(row).idNumber // '11010519491231002X'
 */
export function assertPerson(input: unknown, options?: PersonOptions): Person {
  const result = validatePerson(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
