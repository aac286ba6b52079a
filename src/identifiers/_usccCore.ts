import { _isOrgCodeAt } from './_orgCodeCore';

/** GB 32100-2015 alphabet; a character's value is its index (no I, O, Z, S, V). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Registration departments (GB 32100-2015 and amendment 1: A, N, Y). */
export const USCC_DEPARTMENTS = '123456789ANY';

// Weights 3^(i−1) mod 31 for positions 1..17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Index of the first character outside the alphabet, or -1. */
export function _firstInvalidUsccChar(text: string): number {
  for (let i = 0; i < text.length; i++) if (!USCC_ALPHABET.includes(text[i]!)) return i;
  return -1;
}

/** The check character of the first 17 characters (all in the alphabet). */
export function _usccCheckChar(text: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(text[i]!) * WEIGHTS[i]!;
  // The outer mod matters: without it a remainder of 0 gives 31, and every code whose check is 0 fails.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

function isDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// Results of the error-level checks (warnings are not the boolean path's business).
export const USCC_OK = 0;
export const USCC_BAD_LENGTH = 1;
export const USCC_BAD_CHAR = 2;
export const USCC_BAD_DEPARTMENT = 3;
export const USCC_BAD_REGION_FORMAT = 4;
export const USCC_BAD_CHECKSUM = 5;
/** The check fails, but the embedded org code passes and the region is a pilot city (Fuzhou 3501, Xiamen 3502). */
export const USCC_PILOT_CHECKSUM = 6;

/** The error-level status of a compact USCC text. */
export function _inspectUscc(text: string): number {
  if (text.length !== 18) return USCC_BAD_LENGTH;
  if (_firstInvalidUsccChar(text) >= 0) return USCC_BAD_CHAR;
  if (!USCC_DEPARTMENTS.includes(text[0]!)) return USCC_BAD_DEPARTMENT;
  if (!isDigits(text, 2, 8)) return USCC_BAD_REGION_FORMAT;
  if (_usccCheckChar(text) === text[17]) return USCC_OK;
  const pilot = (text.startsWith('3501', 2) || text.startsWith('3502', 2)) && _isOrgCodeAt(text, 8);
  return pilot ? USCC_PILOT_CHECKSUM : USCC_BAD_CHECKSUM;
}
