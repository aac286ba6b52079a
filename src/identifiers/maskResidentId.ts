import { _maskText } from './_maskText';
import { compactResidentId } from './residentId';

/** How much of a number stays visible. */
export interface MaskOptions {
  /** Leading characters kept; default 6 for ID numbers (the address code). */
  keepStart?: number;
  /** Trailing characters kept; default 4. */
  keepEnd?: number;
  /** Default '*'. */
  maskChar?: string;
}

/**
 * Masks an ID number for display (敏感信息可用不可见): the address code and the last four characters
 * stay visible, the birth date and the rest are hidden. Works on any input; '' when there is no text.
 *
 * @example
 * maskResidentId('11010519491231002X') // '110105********002X'
 */
export function maskResidentId(input: unknown, options: MaskOptions = {}): string {
  return _maskText(compactResidentId(input), options.keepStart ?? 6, options.keepEnd ?? 4, options.maskChar ?? '*');
}
