import { createIssue, type Issue, type IssueCode, type Locale, type Severity } from 'cn-orgdata';
import { _columnLetter } from './_sheetGrid';
import type { SheetIssue } from './SheetIssue';
import type { SheetColumn } from './SheetTemplate';

/** Where an issue sits: the sheet, the Excel row, and the column it concerns. */
export interface _Place {
  sheet?: string;
  /** 1-based, as Excel shows it. */
  row?: number;
  column?: { column: SheetColumn; index: number; header: string };
  /** The cell's text, unmasked. */
  cellText?: string;
  revealValues?: boolean;
}

/**
 * Masks the middle of an ID or phone number for reports (敏感信息可用不可见): the first 6 and last 4 characters
 * of a long number, 3 and 4 of a phone, 1 and 1 of anything shorter.
 */
export function _maskCellText(text: string): string {
  const chars = Array.from(text);
  const [head, tail] = chars.length >= 15 ? [6, 4] : chars.length >= 8 ? [3, 4] : [1, 1];
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

/** An issue with its place in the workbook added (only the fields that apply). */
export function _placeIssue(issue: Issue, place: _Place): SheetIssue {
  const located: SheetIssue = { ...issue };
  if (place.sheet !== undefined) located.sheet = place.sheet;
  if (place.row !== undefined) located.row = place.row;
  if (place.column) {
    located.column = _columnLetter(place.column.index);
    located.field = place.column.column.field;
    located.header = place.column.header;
  }
  if (place.cellText !== undefined && place.cellText !== '') {
    located.cellText =
      // An error value (#N/A) holds no number to hide.
      place.column?.column.sensitive && !place.revealValues && issue.code !== 'error_cell'
        ? _maskCellText(place.cellText)
        : place.cellText;
  }
  return located;
}

/** A new issue rendered in the locale, placed in the workbook. */
export function _sheetIssue(
  code: IssueCode,
  severity: Severity,
  params: Record<string, unknown>,
  locale: Locale,
  place: _Place,
): SheetIssue {
  const path = place.column ? place.column.column.field.split('.') : [];
  return _placeIssue(createIssue(code, severity, params, locale, path), place);
}
