import { type CodeTableId, type IssueCode, listCodes } from 'cn-orgdata';
import { _cellText, _isBlankCell, _isDateFormat, _numberText } from './_cellText';
import { _serialToDate } from './_serialDate';
import type { SheetsCell } from './SheetsXlsx';
import type { SheetColumn } from './SheetTemplate';

/** A cell read for its column: the value (undefined when blank) or the one issue that stops it. */
export type _TypedCell = { ok: true; value: unknown } | { ok: false; code: IssueCode; params: Record<string, unknown> };

const BLANK: _TypedCell = { ok: true, value: undefined };
const SERIAL_ONLY_BELOW = 100_000;
const MAX_SERIAL = 2_958_466;

/** Spelling-insensitive form of a choice: NFKC, no whitespace, lower case. */
export function _choiceKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const zeroPadded = new Map<CodeTableId, readonly string[]>();

/** The codes of a table that start with 0 ('01' 汉族, '011' 公务员): the ones a number cell destroys. */
function codesWithLeadingZero(table: CodeTableId): readonly string[] {
  let codes = zeroPadded.get(table);
  if (!codes) {
    codes = listCodes(table)
      .map((entry) => entry.code)
      .filter((code) => code.startsWith('0'));
    zeroPadded.set(table, codes);
  }
  return codes;
}

function typeDate(cell: SheetsCell, column: SheetColumn, date1904: boolean): _TypedCell {
  const v = cell.v as number;
  const shown = typeof cell.w === 'string' ? cell.w.trim() : undefined;
  // A number with a date format is a date; an unformatted 5-digit number is a serial that lost its format.
  // Other numbers are what the person typed (19900101, 1990.01, 199001). A build that formats cells itself
  // (`w`) shows a date format as something other than the bare number.
  const dated = _isDateFormat(cell.z) || (shown !== undefined && shown !== _numberText(v));
  const serial = Number.isFinite(v) && v >= 0 && v < MAX_SERIAL && (dated || v < SERIAL_ONLY_BELOW);
  if (!serial) return { ok: true, value: shown ?? _numberText(v) };
  const date = _serialToDate(v, date1904);
  if (date === undefined) {
    return {
      ok: false,
      code: 'invalid_date',
      params: { value: shown ?? _numberText(v), precision: column.type === 'month' ? 'month' : 'day' },
    };
  }
  return { ok: true, value: column.type === 'month' ? date.slice(0, 7) : date };
}

const choiceKeys = new WeakMap<SheetColumn, Map<string, string | boolean>>();

/** The spellings of a choice column's values, normalised once per column. */
function choiceMap(column: SheetColumn): Map<string, string | boolean> {
  let map = choiceKeys.get(column);
  if (!map) {
    map = new Map();
    for (const choice of column.choices ?? []) {
      for (const text of [choice.label, ...(choice.aliases ?? [])]) {
        const key = _choiceKey(text);
        if (!map.has(key)) map.set(key, choice.value);
      }
    }
    choiceKeys.set(column, map);
  }
  return map;
}

function typeChoice(cell: SheetsCell, column: SheetColumn): _TypedCell {
  const choices = column.choices ?? [];
  if (typeof cell.v === 'boolean' && choices.some((c) => c.value === cell.v)) return { ok: true, value: cell.v };
  const text = _cellText(cell);
  const value = choiceMap(column).get(_choiceKey(text));
  if (value !== undefined) return { ok: true, value };
  const allowed = choices.map((c) => `“${c.label}”`).join('或');
  return {
    ok: false,
    code: 'invalid_format',
    params: {
      value: text,
      reason: `应填写${allowed}`,
      reasonEn: `expected ${choices.map((c) => c.label).join(' or ')}`,
    },
  };
}

function typeInteger(cell: SheetsCell): _TypedCell {
  const text = typeof cell.v === 'number' ? _numberText(cell.v) : _cellText(cell).normalize('NFKC').trim();
  if (/^\d{1,15}$/.test(text)) return { ok: true, value: Number(text) };
  return {
    ok: false,
    code: 'invalid_format',
    params: { value: text, reason: '应为不小于 0 的整数', reasonEn: 'expected a whole number, 0 or more' },
  };
}

/**
 * Reads a cell for its column before any validation (see `SheetCellType`): blank cells give undefined,
 * error cells (#N/A, #REF! …) `error_cell`, and each type its own conversions.
 */
export function _typeCell(cell: SheetsCell | undefined, column: SheetColumn, date1904: boolean): _TypedCell {
  if (_isBlankCell(cell) || cell === undefined) return BLANK;
  if (cell.t === 'e') return { ok: false, code: 'error_cell', params: { value: _cellText(cell) || '#N/A' } };
  const isNumber = typeof cell.v === 'number';
  switch (column.type) {
    case 'identifier':
      if (typeof cell.v === 'boolean') return { ok: false, code: 'invalid_type', params: { received: 'boolean' } };
      return { ok: true, value: isNumber ? cell.v : _cellText(cell) };
    case 'code': {
      if (!isNumber || column.codeTable === undefined) return { ok: true, value: _cellText(cell) };
      const text = _numberText(cell.v as number);
      const lost = codesWithLeadingZero(column.codeTable).some(
        (code) =>
          code.length > text.length && code.endsWith(text) && /^0+$/.test(code.slice(0, code.length - text.length)),
      );
      return lost
        ? { ok: false, code: 'spreadsheet_number', params: { lost: 'leading_zero' } }
        : { ok: true, value: text };
    }
    case 'date':
    case 'month':
      return isNumber ? typeDate(cell, column, date1904) : { ok: true, value: _cellText(cell) };
    case 'integer':
      return typeInteger(cell);
    case 'choice':
      return typeChoice(cell, column);
    default:
      return { ok: true, value: _cellText(cell) };
  }
}
