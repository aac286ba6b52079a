import { type OrgCodeOptions, validateOrgCode } from '../identifiers/orgCode';
import { type ResidentIdOptions, validateResidentId } from '../identifiers/residentId';
import { type UsccOptions, validateUscc } from '../identifiers/uscc';
import { _validatorSchema } from './_validatorSchema';

/**
 * zod schema for a 公民身份号码 (and the permits and cards of the same family); outputs the compact
 * 18 characters. Options as for `validateResidentId` (asOf, allowLegacy15, locale). Standard Schema
 * through zod, so form libraries take it as it is.
 *
 * @example
 * residentIdSchema().parse('11010519491231002x') // '11010519491231002X'
 * residentIdSchema().safeParse('110105194912310021').error?.issues[0]?.message // '公民身份号码校验码错误：应为 X，实为 1'
 */
export function residentIdSchema(options: ResidentIdOptions = {}) {
  return _validatorSchema(validateResidentId, options, (value) => value.number);
}

/**
 * zod schema for a 统一社会信用代码; outputs the compact 18 characters.
 *
 * @example
 * usccSchema().parse('91350100m000100y43') // '91350100M000100Y43'
 */
export function usccSchema(options: UsccOptions = {}) {
  return _validatorSchema(validateUscc, options, (value) => value.code);
}

/**
 * zod schema for a 组织机构代码; outputs the 'XXXXXXXX-X' form.
 *
 * @example
 * orgCodeSchema().parse('M000100Y4') // 'M000100Y-4'
 */
export function orgCodeSchema(options: OrgCodeOptions = {}) {
  return _validatorSchema(validateOrgCode, options, (value) => value.formatted);
}
