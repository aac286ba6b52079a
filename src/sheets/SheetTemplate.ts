import type { CodeTableId, Issue, Locale, Result } from 'cn-orgdata';
import type { TemplateId } from './TemplateId';

/**
 * How a cell is read before validation:
 * - `text`: the text as shown (numbers as Excel formats them);
 * - `identifier`: ID, phone, USCC and other numbers kept as text; a number cell is passed on as a number
 *   so the validator reports `spreadsheet_number` when digits were lost;
 * - `code`: a code-table value; a number cell that lost a leading 0 ('01' → 1) is `spreadsheet_number`;
 * - `date` / `month`: serial numbers (1900 or 1904 system) become 'YYYY-MM-DD' / 'YYYY-MM', text is kept;
 * - `integer`: a non-negative whole number;
 * - `choice`: one of `choices` (是/否, 单位/部门).
 */
export type SheetCellType = 'text' | 'identifier' | 'code' | 'date' | 'month' | 'integer' | 'choice';

/** One allowed value of a `choice` column and the ways people write it. */
export interface SheetChoice {
  value: string | boolean;
  label: string;
  aliases?: readonly string[];
}

/** Options a field or row validator receives. */
export interface SheetValidateOptions {
  locale: Locale;
  /** "Today" for date rules. */
  asOf?: Date | string;
  /** Print full ID and phone numbers in messages. */
  revealValues?: boolean;
}

/**
 * One column of a form.
 *
 * @example
 * { field: 'uscc', label: '统一社会信用代码', labelEn: 'USCC', aliases: ['信用代码'], type: 'identifier', width: 22,
 *   validate: (v, o) => validateUscc(v, o) }
 */
export interface SheetColumn {
  /**
   * The key of the record field the column feeds. A dotted key feeds a nested field ('approved.worker' →
   * `{ approved: { worker } }`); under a `rowGroup` or a `sections` block, '<field>.<key>' feeds `key` of
   * each entry of that field.
   */
  field: string;
  /** The label as the form prints it. */
  label: string;
  /** The field's name in English messages. */
  labelEn: string;
  /** Other labels real files use. Matching ignores width, spaces, line breaks and bracket style. */
  aliases?: readonly string[];
  /** The label of the header cell above (two-row headers: 联系电话 over 手机号 | 固定电话). */
  group?: string;
  type: SheetCellType;
  required?: boolean;
  /** For `code` columns: the code table. */
  codeTable?: CodeTableId;
  /** For `choice` columns: the allowed values. */
  choices?: readonly SheetChoice[];
  /** Numbers the form prints in every row (序号): a row holding only these is blank. */
  autoNumber?: boolean;
  /** ID and phone numbers: masked in issues unless `revealValues`. */
  sensitive?: boolean;
  /** Column width in characters. */
  width: number;
  /** The rule printed on the instructions sheet. */
  note?: string;
  /** Validates and normalises the typed cell value (issues with an empty path or a path inside the field). */
  validate?: (value: unknown, options: SheetValidateOptions) => Result<unknown>;
  /** The cell text written for a value; default `String(value)`. */
  format?: (value: unknown) => string;
}

/**
 * A form as a declaration: where its header is, the columns and their labels, and how a row becomes a
 * record. Reading and writing are generic over it; adding a form is adding one of these.
 *
 * @example
 * const template: SheetTemplate<UnitAdmin> = { id: 'unit-admin', title: '单位管理员信息表', titleEn: 'unit administrators',
 *   sheetName: '单位管理员信息表', instructions: ['每行填写一名单位管理员。'], columns: [...],
 *   validate: (record, options) => validateUnitAdmin(record, options) };
 */
export interface SheetTemplate<T = Record<string, unknown>> {
  id: TemplateId;
  /** The title printed above the header: 单位基本情况表. */
  title: string;
  /** The form's name in English messages. */
  titleEn: string;
  /** The sheet name written (≤ 31 characters); reading prefers a sheet of this name. */
  sheetName: string;
  columns: readonly SheetColumn[];
  /** Rules printed on the instructions sheet, before the per-column rules. */
  instructions: readonly string[];
  /**
   * Row-level validation after the field validators: cross-field rules, or a model's validator
   * (`validatePerson`). Issue paths start with the field key. Default: the record as typed.
   */
  validate?: (record: Record<string, unknown>, options: SheetValidateOptions) => Result<T>;
  /**
   * Checks over all accepted records that no row can make alone (the same ID number twice: `checkRoster`).
   * Issue paths start with the index into `records`, then the field. A record with an error is rejected.
   */
  checkRecords?(records: readonly { row: number; value: T }[], options: SheetValidateOptions): readonly Issue[];
  /** A record that spans several rows (a 联合支部 with one 所在单位 per row). */
  rowGroup?: SheetRowGroup;
  /** A form of blocks (统计确认表) rather than one table: read and written block by block. */
  sections?: SheetSections;
}

/**
 * A record spread over several rows: the record's own fields on its first row, one entry of `field` per
 * row (the first row included). A row that fills any of the record's own columns starts a new record; a
 * row that fills only entry columns continues the one above (merged cells read the same way); a blank row
 * ends it.
 *
 * @example
 * // 党组织 on rows 3–4 (a 联合支部), its two 所在单位 on rows 3 and 4:
 * { field: 'units' } // columns 'units.name', 'units.nature' … → record.units = [{ name, nature }, { … }]
 */
export interface SheetRowGroup {
  /** The record field holding the entries; the columns that feed an entry are named `${field}.${key}`. */
  field: string;
}

/**
 * One block of a sectioned form: a heading, a header row, data rows, then a total row.
 *
 * @example
 * { field: 'departments', title: '一、部门', totalLabel: '人数汇总', totalAliases: ['小计'] }
 * // columns 'departments.name' (部门名称) and 'departments.count' (部门人数) → record.departments = { rows, total }
 */
export interface SheetBlock {
  /** The record field of the block: `{ rows: [{ …, row }], total? }`; its columns are `${field}.${key}`. */
  field: string;
  /** The heading printed above the block: '一、部门'. */
  title: string;
  /** The label of the block's total row, and other ways it is written. */
  totalLabel: string;
  totalAliases?: readonly string[];
}

/**
 * A form made of blocks (统计确认表): a title, the unit's name, each block (header, rows, total row), a grand
 * total row and the signature lines. Read into one record: `{ unit?, [block.field]: { rows, total? }, total? }`.
 *
 * @example
 * { blocks: [departmentsBlock, subunitsBlock], totalLabel: '合计', unitLabel: '单位名称', footer: ['填表人：'] }
 */
export interface SheetSections {
  blocks: readonly SheetBlock[];
  /** The label of the grand total row after the last block: 合计. */
  totalLabel: string;
  totalAliases?: readonly string[];
  /** The label of the unit name above the first block: 单位名称 (written '单位名称：示例县民政局'). */
  unitLabel: string;
  /** Lines printed under the table (signatures, date). */
  footer?: readonly string[];
}
