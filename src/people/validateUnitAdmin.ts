import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { recordMessages } from '../locales/recordMessages';
import { _checkIdentity } from './_checkIdentity';
import { _checkIdNumber } from './_idNumberRules';
import {
  _validateFormText,
  _validateMobileNumber,
  _validateSequence,
  _validateSex,
  _PEOPLE_LABELS as L,
} from './_personFields';
import { _RecordReader } from './_RecordReader';
import type { UnitAdmin } from './UnitAdmin';
import type { PersonOptions } from './validatePerson';
import { validatePersonName } from './validatePersonName';

const RECORD = { label: '单位管理员信息', labelEn: 'unit administrator record' };

/**
 * Validates one row of the 单位管理员信息表: 序号 (optional), 姓名, 性别, 手机号码, 身份证号码, 单位名称 (all
 * required). 身份证号码 takes any number of the GB 11643 family (居民身份证, 港澳台居民居住证, 外国人永久居留身份证);
 * another document's number is `id_type_mismatch`. 性别 must agree with the number (`sex_mismatch`). Keys are
 * the `UnitAdmin` keys; issue paths are `[...options.path, key]`. Never throws.
 *
 * @example
 * validateUnitAdmin({ sequence: 1, name: '李四', sex: '男', mobile: '13912345678',
 *   idNumber: '110105198001010015', unitName: '示例县民政局' }).ok // true
 * validateUnitAdmin({ …, idNumber: 'E12345678' }).issues[0].code // 'id_type_mismatch'
 */
export function validateUnitAdmin(input: unknown, options: PersonOptions = {}): Result<UnitAdmin> {
  const reader = new _RecordReader(input, [recordMessages], options, RECORD);
  if (!reader.readable) return reader.result(input as UnitAdmin);
  const locale = reader.locale;
  const sequence = reader.field('sequence', L.sequence, (v) => _validateSequence(v, locale), false);
  const name = reader.field('name', L.name, (v) => validatePersonName(v, { locale }), true);
  const sex = reader.field('sex', L.sex, (v) => _validateSex(v, locale), true);
  const mobile = reader.field('mobile', L.mobile, (v) => _validateMobileNumber(v, locale), true);
  const id = reader.field(
    'idNumber',
    L.residentIdNumber,
    (v) => _checkIdNumber('resident-family', v, { ...options, locale }),
    true,
  );
  const unitName = reader.field('unitName', L.unitName, (v) => _validateFormText(v, L.unitName, locale), true);
  _checkIdentity(
    reader,
    { idInfo: id?.residentId, sexCode: sex, birthDate: undefined },
    { sex: 'sex', birthDate: 'birthDate' },
  );
  // A required field that is undefined has been reported as an error, so these placeholders never escape.
  return reader.result<UnitAdmin>({
    ...(sequence === undefined ? {} : { sequence }),
    name: name ?? '',
    sex: sex ?? '0',
    mobile: mobile ?? '',
    idNumber: id?.number ?? '',
    unitName: unitName ?? '',
  });
}

/**
 * True when the record is a valid `UnitAdmin` (warnings allowed). Never throws.
 *
 * @example
 * isValidUnitAdmin(null) // false
 */
export function isValidUnitAdmin(input: unknown, options?: PersonOptions): boolean {
  return validateUnitAdmin(input, options).ok;
}

/**
 * Returns the normalised `UnitAdmin` or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertUnitAdmin(row).sex // '1'
 */
export function assertUnitAdmin(input: unknown, options?: PersonOptions): UnitAdmin {
  const result = validateUnitAdmin(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
