import { _maskText } from './_maskText';
import { compactLandline, validateLandline } from './landline';
import type { MaskOptions } from './maskResidentId';

/**
 * Masks a landline number for display (敏感信息可用不可见): the area code is public and stays, the local
 * number is hidden but for its last `keepEnd` digits (default 2; at least five digits are always hidden),
 * an extension stays. Text that is no valid landline keeps `keepStart` (default 3) and `keepEnd` characters.
 * Works on any input; '' when there is no text.
 *
 * @example
 * maskLandline('0730-1234567') // '0730-*****67'
 * maskLandline('010 12345678转123') // '010-******78转123'
 */
export function maskLandline(input: unknown, options: MaskOptions = {}): string {
  const maskChar = options.maskChar ?? '*';
  const result = validateLandline(input);
  if (!result.ok) return _maskText(compactLandline(input), options.keepStart ?? 3, options.keepEnd ?? 2, maskChar);
  const { areaCode, localNumber, extension } = result.value;
  const keepEnd = Math.max(0, Math.min(options.keepEnd ?? 2, localNumber.length - 5));
  const hidden = maskChar.repeat(localNumber.length - keepEnd) + localNumber.slice(localNumber.length - keepEnd);
  return `${areaCode}-${hidden}${extension === undefined ? '' : `转${extension}`}`;
}
