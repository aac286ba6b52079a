import { _cellText } from './_cellText';
import type { _SheetGrid } from './_sheetGrid';
import type { SheetsRange } from './SheetsXlsx';
import type { SheetColumn, SheetTemplate } from './SheetTemplate';

/** A template column found in the file. */
export interface _HeaderColumn {
  column: SheetColumn;
  /** Zero-based column index in the sheet. */
  index: number;
  /** The label as written (trimmed). */
  header: string;
}

/** Where a template's header is in a sheet, and what matched. */
export interface _HeaderMatch {
  /** Zero-based index of the last header row; data starts below it. */
  headerRow: number;
  matched: _HeaderColumn[];
  /** Required columns not found. */
  missing: SheetColumn[];
  /** A second column with the label of a field already matched (ignored). */
  duplicates: _HeaderColumn[];
  /** Labelled columns that feed no field (ignored). */
  unknown: { index: number; header: string }[];
  /** How many template columns matched. */
  score: number;
}

const OPEN = /[[{<（【〔〖《「『]/g;
const CLOSE = /[\]}>）】〕〗》」』]/g;

/**
 * A label as compared: NFKC (full-width brackets and letters), no whitespace or line breaks (wrapped
 * cells), one bracket style, no required-field marks (*, ※) or trailing colon, lower case.
 */
export function _normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(OPEN, '(')
    .replace(CLOSE, ')')
    .replace(/^[*※★]+|[*※★:]+$/g, '')
    .toLowerCase();
}

const stripParens = (key: string): string => key.replace(/\([^()]*\)/g, '');

interface _Keys {
  exact: Map<string, SheetColumn>;
  loose: Map<string, SheetColumn | null>;
}

const keyCache = new WeakMap<SheetTemplate<unknown>, _Keys>();

/** Label keys of a template: exact (label, aliases, group + label) and loose (without bracketed parts, if unique). */
function keysOf(template: SheetTemplate<unknown>): _Keys {
  const cached = keyCache.get(template);
  if (cached) return cached;
  const keys: _Keys = { exact: new Map(), loose: new Map() };
  for (const column of template.columns) {
    for (const label of [column.label, ...(column.aliases ?? [])]) {
      const key = _normalizeLabel(label);
      const variants = column.group ? [key, _normalizeLabel(column.group) + key] : [key];
      for (const variant of variants) {
        if (!keys.exact.has(variant)) keys.exact.set(variant, column);
        const loose = stripParens(variant);
        if (loose === '') continue;
        const seen = keys.loose.get(loose);
        keys.loose.set(loose, seen === undefined || seen === column ? column : null);
      }
    }
  }
  keyCache.set(template, keys);
  return keys;
}

function lookup(keys: _Keys, label: string): SheetColumn | undefined {
  if (label === '') return undefined;
  return keys.exact.get(label) ?? keys.loose.get(stripParens(label)) ?? undefined;
}

/** The template column a header text names (label or alias, any width, spacing or bracket style), if any. */
export function _columnForLabel(template: SheetTemplate<unknown>, text: string): SheetColumn | undefined {
  return lookup(keysOf(template), _normalizeLabel(text));
}

/** Header texts of the first rows, merged cells filled with their top-left text. */
function headerTexts(grid: _SheetGrid, merges: readonly SheetsRange[], rows: number, columns: number): string[][] {
  const texts: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) row.push(_cellText(grid.cell(r, c)).trim());
    texts.push(row);
  }
  for (const m of merges.slice(0, 1000)) {
    const text = texts[m.s.r]?.[m.s.c];
    if (!text) continue;
    for (let r = m.s.r; r <= Math.min(m.e.r, rows - 1); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, columns - 1); c++) texts[r]![c] = text;
    }
  }
  return texts;
}

/**
 * Finds a template's header in the first `scanRows` rows of a sheet: the row where most template columns
 * match, by label or alias, in any order, with an optional group label above (two-row headers, merged
 * cells). Never builds objects keyed by file text.
 */
export function _matchHeader(
  grid: _SheetGrid,
  merges: readonly SheetsRange[],
  template: SheetTemplate<unknown>,
  scanRows: number,
  maxColumns: number,
): _HeaderMatch {
  const keys = keysOf(template);
  const rows = Math.min(scanRows, grid.rowCount);
  const texts = headerTexts(grid, merges, rows, maxColumns);
  const normalized = texts.map((row) => row.map(_normalizeLabel));
  const find = (r: number, c: number): SheetColumn | undefined => {
    const label = normalized[r]![c]!;
    const above = r > 0 ? normalized[r - 1]![c]! : '';
    return (above !== '' && above !== label ? lookup(keys, above + label) : undefined) ?? lookup(keys, label);
  };
  let best = { row: -1, score: 0 };
  for (let r = 0; r < rows; r++) {
    const found = new Set<SheetColumn>();
    for (let c = 0; c < maxColumns; c++) {
      const column = find(r, c);
      if (column) found.add(column);
    }
    if (found.size > best.score) best = { row: r, score: found.size };
  }
  const match: _HeaderMatch = { headerRow: best.row, matched: [], missing: [], duplicates: [], unknown: [], score: 0 };
  if (best.row < 0) return { ...match, missing: template.columns.filter((c) => c.required) };
  const seen = new Set<SheetColumn>();
  for (let c = 0; c < maxColumns; c++) {
    const header = texts[best.row]![c]!;
    const column = find(best.row, c);
    if (!column) {
      if (header !== '') match.unknown.push({ index: c, header });
    } else if (seen.has(column)) {
      match.duplicates.push({ column, index: c, header });
    } else {
      seen.add(column);
      match.matched.push({ column, index: c, header });
    }
  }
  match.score = seen.size;
  match.missing = template.columns.filter((c) => c.required && !seen.has(c));
  return match;
}
