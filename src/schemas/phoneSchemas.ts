import type { Locale } from '../errors/Issue';
import { validateLandline } from '../identifiers/landline';
import { validateMobile } from '../identifiers/mobile';
import { validatePostalCode } from '../identifiers/postalCode';
import { _validatorSchema } from './_validatorSchema';

/** Options of the phone and postal code schemas. */
export interface PhoneSchemaOptions {
  /** Language of the zod issue messages; default `'zh-CN'`. */
  locale?: Locale;
}

/**
 * zod schema for a mainland China mobile number; outputs the 11 digits.
 *
 * @example
 * mobileSchema().parse('+86 138 1234 5678') // '13812345678'
 * mobileSchema().safeParse('1381234567').error?.issues[0]?.message // '手机号码长度不正确：应为 11 位，实为 10 位'
 */
export function mobileSchema(options: PhoneSchemaOptions = {}) {
  return _validatorSchema(validateMobile, options, (value) => value.number);
}

/**
 * zod schema for a mainland China landline number; outputs the display form '0730-1234567' (with an
 * extension '0730-1234567转123').
 *
 * @example
 * landlineSchema().parse('（0730）1234567') // '0730-1234567'
 * landlineSchema({ locale: 'en' }).safeParse('0731-8888888').success // false
 */
export function landlineSchema(options: PhoneSchemaOptions = {}) {
  return _validatorSchema(validateLandline, options, (value) => value.formatted);
}

/**
 * zod schema for a mainland China postal code; outputs the 6 digits.
 *
 * @example
 * postalCodeSchema().parse(414000) // '414000'
 */
export function postalCodeSchema(options: PhoneSchemaOptions = {}) {
  return _validatorSchema(validatePostalCode, options, (value) => value.code);
}
