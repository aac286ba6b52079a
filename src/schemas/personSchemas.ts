import * as z from 'zod';
import { TABLE_ID_TYPE } from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _checkIdNumber } from '../people/_idNumberRules';
import {
  _mapResult,
  _validateFormText,
  _validateLandlineNumber,
  _validateMobileNumber,
  _validateSequence,
  _validateSex,
  _validateUnitPathText,
  _PEOPLE_LABELS as L,
} from '../people/_personFields';
import { type _FieldLabel, _isBlank } from '../people/_RecordReader';
import type { IdTypeCode } from '../people/Person';
import { validatePerson } from '../people/validatePerson';
import { validatePersonName } from '../people/validatePersonName';
import { validateUnitAdmin } from '../people/validateUnitAdmin';
import { _validatorSchema } from './_validatorSchema';

/** Options of the person schemas: those of `validatePerson` except `path` (zod tracks the path). */
export interface PersonSchemaOptions {
  /** Language of the zod issue messages; default 'zh-CN'. */
  locale?: Locale;
  /** "Today" for the birth date inside resident ID numbers; default the current date in China. */
  asOf?: Date | string;
  /** Print full ID and phone numbers in messages; default false. */
  revealValues?: boolean;
  /** Accept 15-digit resident IDs; default false. */
  allowLegacy15?: boolean;
}

/** Options of the per-field schemas. */
export interface PersonFieldSchemaOptions extends PersonSchemaOptions {
  /**
   * The 证件类型 the `idNumber` schema checks against; default 'resident-id'. A form rebuilds the schema when
   * the clerk changes the type (the whole-record schema checks the pair itself).
   */
  idType?: IdTypeCode;
}

/** Checks one field as the clerk types it: blank is `required`; errors become zod issues. */
function _checkField<T>(
  input: unknown,
  ctx: z.core.$RefinementCtx<unknown>,
  validate: (input: unknown) => Result<T>,
  label: _FieldLabel,
  options: PersonSchemaOptions,
): T {
  const result = _isBlank(input)
    ? new _IssueCollector(label, [], options.locale).error('required').fail<T>()
    : validate(input);
  if (result.ok) return result.value;
  for (const issue of result.issues) {
    if (issue.severity === 'error') {
      ctx.addIssue({ code: 'custom', message: issue.message, params: { ...issue.params, issueCode: issue.code } });
    }
  }
  return z.NEVER;
}

/** A required field's schema. */
function _fieldSchema<T>(validate: (input: unknown) => Result<T>, label: _FieldLabel, options: PersonSchemaOptions) {
  return z.unknown().transform((input, ctx): T => _checkField(input, ctx, validate, label, options));
}

/** An optional field's schema: blank gives undefined. */
function _optionalFieldSchema<T>(
  validate: (input: unknown) => Result<T>,
  label: _FieldLabel,
  options: PersonSchemaOptions,
) {
  return z
    .unknown()
    .transform((input, ctx): T | undefined =>
      _isBlank(input) ? undefined : _checkField(input, ctx, validate, label, options),
    );
}

/**
 * zod schema (Standard Schema) for one row of the 单位用户信息表; outputs the normalised `Person`. Runs
 * `validatePerson`: each error becomes a zod issue at its field's path (['idNumber'], ['sex'] for
 * `sex_mismatch` …) with our message and `params.issueCode`; warnings do not fail the parse.
 *
 * @example
 * personSchema().parse({ name: '张三', sex: '女', unitPath: '示例县/民政局', idType: '身份证',
 *   idNumber: '11010519491231002X', mobile: '13812345678' }).sex // '2'
 * personSchema().safeParse({ …, sex: '男' }).error?.issues[0] // { path: ['sex'], message: '性别“男”与证件号码中的性别“女”不一致', … }
 */
export function personSchema(options: PersonSchemaOptions = {}) {
  return _validatorSchema(validatePerson, options);
}

/**
 * zod schema (Standard Schema) for one row of the 单位管理员信息表; outputs the normalised `UnitAdmin`.
 *
 * @example
 * unitAdminSchema().parse({ name: '李四', sex: '男', mobile: '13912345678', idNumber: '110105198001010015',
 *   unitName: '示例县民政局' }).idNumber // '110105198001010015'
 */
export function unitAdminSchema(options: PersonSchemaOptions = {}) {
  return _validatorSchema(validateUnitAdmin, options);
}

/**
 * One zod schema per field of the 单位用户信息表, for a web form that checks each field as the clerk types
 * (optional fields output undefined when blank). The cross-field rules (性别 vs the ID number, 证件类型 vs
 * the number) need the whole record: run `personSchema` on submit.
 *
 * @example
 * const fields = personFieldSchemas();
 * fields.mobile.parse('138-1234-5678') // '13812345678'
 * fields.idNumber.safeParse('11010519491231002').error?.issues[0]?.message
 * // '公民身份号码长度不正确：应为 18 位，实为 17 位'
 * personFieldSchemas({ idType: 'cn-passport' }).idNumber.parse('EA1234567') // 'EA1234567'
 */
export function personFieldSchemas(options: PersonFieldSchemaOptions = {}) {
  const { locale } = options;
  const idType = options.idType ?? 'resident-id';
  return {
    sequence: _optionalFieldSchema((v) => _validateSequence(v, locale), L.sequence, options),
    name: _fieldSchema((v) => validatePersonName(v, locale === undefined ? {} : { locale }), L.name, options),
    sex: _fieldSchema((v) => _validateSex(v, locale), L.sex, options),
    unitPath: _fieldSchema((v) => _validateUnitPathText(v, locale), L.unitPath, options),
    post: _optionalFieldSchema((v) => _validateFormText(v, L.post, locale), L.post, options),
    idType: _fieldSchema(
      (v) =>
        _mapResult(_validateCodeIn(TABLE_ID_TYPE, v, { ...L.idType, ...(locale ? { locale } : {}) }), (e) => e.code),
      L.idType,
      options,
    ),
    idNumber: _fieldSchema(
      (v) => _mapResult(_checkIdNumber(idType, v, options), (id) => id.number),
      L.idNumber,
      options,
    ),
    landline: _optionalFieldSchema((v) => _validateLandlineNumber(v, locale), L.landline, options),
    mobile: _fieldSchema((v) => _validateMobileNumber(v, locale), L.mobile, options),
  };
}

/**
 * One zod schema per field of the 单位管理员信息表 (see `personFieldSchemas`).
 *
 * @example
 * unitAdminFieldSchemas().idNumber.safeParse('E12345678').error?.issues[0]?.params?.issueCode // 'id_type_mismatch'
 */
export function unitAdminFieldSchemas(options: PersonSchemaOptions = {}) {
  const { locale } = options;
  return {
    sequence: _optionalFieldSchema((v) => _validateSequence(v, locale), L.sequence, options),
    name: _fieldSchema((v) => validatePersonName(v, locale === undefined ? {} : { locale }), L.name, options),
    sex: _fieldSchema((v) => _validateSex(v, locale), L.sex, options),
    mobile: _fieldSchema((v) => _validateMobileNumber(v, locale), L.mobile, options),
    idNumber: _fieldSchema(
      (v) => _mapResult(_checkIdNumber('resident-family', v, options), (id) => id.number),
      L.residentIdNumber,
      options,
    ),
    unitName: _fieldSchema((v) => _validateFormText(v, L.unitName, locale), L.unitName, options),
  };
}
