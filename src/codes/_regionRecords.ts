import { _regionCodes, _regionIndex, _regionSymbol } from './_regionValidity';
import { REGION_NAMES, REGION_OVERLAYS, REGION_SUCCESSORS, REGION_YEARS } from './generated/regionNames';
import { REGION_FIRST_YEAR } from './generated/regionValidity';

/** One record of a code as stored (years absolute, `until` 0 while in use). Private to lookupRegion. */
export interface _RegionRow {
  name: string;
  since: number;
  until: number;
  /** Successor codes and the years of the changes, decoded on demand. */
  successors: string;
}

interface Columns {
  /** Per code: its records' names separated by ';'. */
  names: string[];
  /** Per code: the position of its first record in the record columns. */
  firstRecord: Int32Array;
  /** Per record: its successors, encoded. */
  successors: string[];
}

const DIGIT_BASE = 45;
let columns: Columns | undefined;
let rows: _RegionRow[][] | undefined;

function load(): Columns {
  if (columns) return columns;
  const names = REGION_NAMES.split('|');
  const firstRecord = new Int32Array(names.length + 1);
  for (let i = 0; i < names.length; i++) {
    firstRecord[i + 1] = firstRecord[i]! + names[i]!.split(';').length;
  }
  columns = { names, firstRecord, successors: REGION_SUCCESSORS.split(' ') };
  return columns;
}

/** The records of a code, latest first (empty when unknown). Parsed once per code. */
export function _regionRows(code: number): _RegionRow[] {
  const index = _regionIndex(code);
  if (index < 0) return [];
  rows ??= [];
  const cached = rows[index];
  if (cached) return cached;
  const { names, firstRecord, successors } = load();
  const first = firstRecord[index]!;
  const decoded = (names[index] ?? '').split(';').map((name, i): _RegionRow => {
    const since = _regionSymbol(REGION_YEARS, 2 * (first + i)) + REGION_FIRST_YEAR;
    const end = _regionSymbol(REGION_YEARS, 2 * (first + i) + 1);
    return { name, since, until: end === 0 ? 0 : end + REGION_FIRST_YEAR, successors: successors[first + i] ?? '' };
  });
  rows[index] = decoded;
  return decoded;
}

/**
 * The successors of a record of the code: each is a distance in the code table (zigzag, base 45), then
 * optionally '!' and the year of the change (otherwise the record's end).
 */
export function _regionSuccessors(code: number, row: _RegionRow): Array<{ code: number; year: number }> {
  const table = _regionCodes();
  const index = _regionIndex(code);
  const text = row.successors;
  const result: Array<{ code: number; year: number }> = [];
  let position = 0;
  while (position < text.length) {
    let value = 0;
    for (;;) {
      const digit = _regionSymbol(text, position++);
      if (digit < DIGIT_BASE) {
        value = value * DIGIT_BASE + digit;
        break;
      }
      value = value * DIGIT_BASE + digit - DIGIT_BASE;
    }
    const distance = value % 2 === 0 ? value / 2 : -(value + 1) / 2;
    let year = row.until;
    if (text[position] === '!') {
      year = _regionSymbol(text, position + 1) + REGION_FIRST_YEAR;
      position += 2;
    }
    result.push({ code: table[index + distance]!, year });
  }
  return result;
}

/** The overlay flag of a code: 'p' (residence-permit code), 's' (statistical code) or ''. */
export function _regionOverlayFlag(code: number): string {
  // Entries are 6 digits and a letter, so six digits in a row only ever match at the start of one.
  const at = REGION_OVERLAYS.indexOf(String(code));
  return at < 0 ? '' : REGION_OVERLAYS.charAt(at + 6);
}
