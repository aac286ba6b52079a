import type { ResidentIdOptions } from './residentId';
import { validateResidentId } from './residentId';

/**
 * Converts an old 15-digit 公民身份号码 (GB 11643-1989) to 18 characters: inserts the century 19 before
 * the yymmdd birth date and appends the MOD 11-2 check character. Returns undefined when the input is
 * not a valid 15-digit number (the result is validated like any number, with `asOf`).
 *
 * @example
 * convertResidentId15To18('110105491231002') // '11010519491231002X'
 * convertResidentId15To18('11010519491231002X') // undefined (already 18 characters)
 */
export function convertResidentId15To18(
  input: unknown,
  options: Omit<ResidentIdOptions, 'allowLegacy15'> = {},
): string | undefined {
  const result = validateResidentId(input, { ...options, allowLegacy15: true });
  return result.ok && result.value.legacy15 !== undefined ? result.value.number : undefined;
}
