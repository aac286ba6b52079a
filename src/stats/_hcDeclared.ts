import type { IssueCode } from '../errors/issueCodes';
import { parseUnitPath } from '../units/parseUnitPath';

/** A declared number as read, or why it is none. */
export type _HcCount =
  | { ok: true; value: number }
  | { ok: false; code: Extract<IssueCode, 'required' | 'invalid_format'>; received: string };

// '14', ' 14 ', '14人', '１４名': the unit word is what clerks add; anything else is not a number of people.
const COUNT_TEXT = /^(\d{1,9})\s*[人名]?$/;

/** Reads a declared number of people: a non-negative integer, or text such as '14人' (full-width digits too). */
export function _hcParseCount(value: unknown): _HcCount {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0
      ? { ok: true, value }
      : { ok: false, code: 'invalid_format', received: String(value) };
  }
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ok: false, code: 'required', received: value === null ? 'null' : typeof value };
  }
  if (typeof value !== 'string') return { ok: false, code: 'invalid_format', received: typeof value };
  const match = COUNT_TEXT.exec(value.normalize('NFKC').trim());
  return match ? { ok: true, value: Number(match[1]) } : { ok: false, code: 'invalid_format', received: value };
}

/**
 * The key a row is matched by: its last level, normalised like a unit path (NFKC, wrapping spaces), so
 * '屈原管理区／办 公室' matches '办公室'; '' when there is no name.
 */
export function _hcNameKey(name: unknown): string {
  const parsed = parseUnitPath(name, { maxDepth: Number.POSITIVE_INFINITY });
  if (parsed.ok) return parsed.value.segments[parsed.value.segments.length - 1] ?? '';
  return typeof name === 'string' ? name.normalize('NFKC').replace(/\s+/g, '') : '';
}

/** A name for messages: the text as written (trimmed), or the key. */
export function _hcDisplayName(name: unknown): string {
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : typeof name === 'number' ? String(name) : '';
}

/** Reads a property of something that may be no object, or a Proxy that throws. */
export function _hcProperty(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The declared rows of a block as an array (anything else reads as no rows). */
export function _hcRows(section: unknown): readonly unknown[] {
  const rows = _hcProperty(section, 'rows');
  return Array.isArray(rows) ? rows : [];
}
