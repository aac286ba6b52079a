/**
 * The parts of the SheetJS module the adapter uses, as a structural type: pass `import * as XLSX from 'xlsx'`
 * or a patched build (SheetJS 0.20.3+ from its CDN). The adapter never imports `xlsx` itself.
 *
 * @example
 * import * as XLSX from 'xlsx';
 * const xlsx: SheetsXlsx = XLSX;
 */
export interface SheetsXlsx {
  read(data: Uint8Array, options: SheetsReadOptions): SheetsWorkBook;
  write(workbook: SheetsWorkBook, options: SheetsWriteOptions): unknown;
}

/** The `XLSX.read` options the adapter passes. */
export interface SheetsReadOptions {
  type: 'array';
  dense: boolean;
  cellDates: boolean;
  cellHTML: boolean;
  cellNF: boolean;
  cellStyles: boolean;
  cellText: boolean;
  bookVBA: boolean;
  sheetRows: number;
}

/** The `XLSX.write` options the adapter passes. */
export interface SheetsWriteOptions {
  type: 'array';
  bookType: 'xlsx';
  bookSST: boolean;
  compression: boolean;
}

/** A cell as SheetJS gives it: `t` type (s n b e d z), `v` value, `w` formatted text, `f` formula, `z` format. */
export interface SheetsCell {
  t: string;
  v?: unknown;
  w?: string;
  f?: string;
  z?: string | number;
}

/** A zero-based cell range. */
export interface SheetsRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/**
 * A worksheet: dense (rows of cells; 0.18 makes the sheet itself the row array, 0.19+ keeps it in `!data`)
 * or sparse (cells keyed 'A1').
 */
export interface SheetsWorkSheet {
  [key: string]: unknown;
  '!ref'?: string;
  '!fullref'?: string;
  '!merges'?: SheetsRange[];
  '!cols'?: { wch?: number }[];
}

/** A workbook as SheetJS reads and writes it. */
export interface SheetsWorkBook {
  SheetNames: string[];
  Sheets: { [name: string]: SheetsWorkSheet };
  Workbook?: { WBProps?: { date1904?: boolean }; Sheets?: { Hidden?: number }[] };
}
