import { _maskText } from './_maskText';
import type { MaskOptions } from './maskResidentId';
import { compactMobile } from './mobile';

/**
 * Masks a mobile number for display (敏感信息可用不可见): the network prefix and the last four digits stay
 * visible. Works on any input: other text keeps its first 3 and last 4 characters (less when it is short, so it
 * never stays readable); '' when there is no text.
 *
 * @example
 * maskMobile('+86 138 1234 5678') // '138****5678'
 */
export function maskMobile(input: unknown, options: MaskOptions = {}): string {
  return _maskText(compactMobile(input), options.keepStart ?? 3, options.keepEnd ?? 4, options.maskChar ?? '*');
}
