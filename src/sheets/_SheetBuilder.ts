import { _neutralizeFormula } from './_formulaText';
import { _columnLetter } from './_sheetGrid';
import type { SheetsCell, SheetsRange, SheetsWorkSheet, SheetsXlsx } from './SheetsXlsx';

/** A sheet being written cell by cell (sparse, as SheetJS writes it), with its merges and extent. */
export class _SheetBuilder {
  private readonly sheet: SheetsWorkSheet = {};
  private readonly merges: SheetsRange[] = [];
  private rows = 0;
  private columns = 0;

  put(r: number, c: number, cell: SheetsCell): void {
    this.sheet[_columnLetter(c) + String(r + 1)] = cell;
    if (r >= this.rows) this.rows = r + 1;
    if (c >= this.columns) this.columns = c + 1;
  }

  /** Text the library wrote itself (titles, labels). */
  label(r: number, c: number, text: string): void {
    this.put(r, c, { t: 's', v: text });
  }

  /** Text from a file or a record: guarded against formula injection, kept as text (`@`). */
  text(r: number, c: number, text: string): void {
    this.put(r, c, { t: 's', v: _neutralizeFormula(text), z: '@' });
  }

  number(r: number, c: number, value: number): void {
    this.put(r, c, { t: 'n', v: value });
  }

  /** An empty text cell: SheetJS 0.18.5 drops empty formatted cells, so input rows carry '' (#2171). */
  input(r: number, c: number): void {
    this.put(r, c, { t: 's', v: '', z: '@' });
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r2 > r1 || c2 > c1) this.merges.push({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });
  }

  /** The number of rows written so far (the next free row). */
  get height(): number {
    return this.rows;
  }

  build(widths: readonly number[]): SheetsWorkSheet {
    const columns = Math.max(this.columns, widths.length, 1);
    this.sheet['!ref'] = `A1:${_columnLetter(columns - 1)}${Math.max(this.rows, 1)}`;
    if (this.merges.length > 0) this.sheet['!merges'] = this.merges;
    this.sheet['!cols'] = widths.map((wch) => ({ wch }));
    return this.sheet;
  }
}

const FORBIDDEN = /[:\\/?*[\]]/g;

/** A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ]), unique among `used`. */
export function _sheetName(wanted: string, used: Set<string>): string {
  const base = Array.from(wanted.replace(FORBIDDEN, ' ').trim() || 'Sheet')
    .slice(0, 31)
    .join('');
  let name = base;
  for (let i = 2; used.has(name); i++) {
    const suffix = `(${i})`;
    name =
      Array.from(base)
        .slice(0, 31 - suffix.length)
        .join('') + suffix;
  }
  used.add(name);
  return name;
}

/** Writes sheets (in order) as .xlsx bytes. */
export function _writeBook(xlsx: SheetsXlsx, sheets: readonly (readonly [string, SheetsWorkSheet])[]): Uint8Array {
  const workbook = { SheetNames: sheets.map(([name]) => name), Sheets: Object.fromEntries(sheets) };
  const out = xlsx.write(workbook, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
