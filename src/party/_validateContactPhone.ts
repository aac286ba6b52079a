import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { validateLandline } from '../identifiers/landline';
import { compactMobile, validateMobile } from '../identifiers/mobile';
import { phoneMessages } from '../locales/phoneMessages';
import type { _FieldLabel } from '../people/_RecordReader';
import { _relabel } from './_relabel';

/**
 * A 联系电话 that may be a mobile or a landline number: the normalised mobile number (11 digits) or the
 * landline's display form ('0730-1234567'). When it is neither, the issues are those of the kind it looks
 * like: digits starting with 1 and at least 10 long are a mistyped mobile number, anything else a landline.
 */
export function _validateContactPhone(input: unknown, label: _FieldLabel, locale: Locale): Result<string> {
  const mobile = validateMobile(input, { locale });
  if (mobile.ok) return _relabel({ ...mobile, value: mobile.value.number }, label, locale, [phoneMessages]);
  const landline = validateLandline(input, { locale });
  if (landline.ok) return _relabel({ ...landline, value: landline.value.formatted }, label, locale, [phoneMessages]);
  const digits = compactMobile(input);
  const failed = digits.startsWith('1') && digits.length >= 10 ? mobile : landline;
  return _relabel<string>(failed, label, locale, [phoneMessages]);
}
