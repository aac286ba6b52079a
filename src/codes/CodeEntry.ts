/**
 * One code of a table.
 *
 * @example
 * lookupCode('education', '1')
 * // { code: '1', name: '研究生教育', selectable: false, aliases: ['研究生'] }
 * lookupCode('uscc-category', '91')
 * // { code: '91', name: '企业', parentCode: '9', selectable: true, aliases: [] }
 */
export interface CodeEntry<C extends string = string> {
  /** The code as the table writes it: '01', '1A', 'resident-id'. */
  readonly code: C;
  /** The name as the source prints it. */
  readonly name: string;
  /** The parent's code: in the same table, or in the table's `parentTable` (uscc-category → uscc-department). */
  readonly parentCode?: string;
  /**
   * False for grouping codes (1 研究生教育, 6 党的基层组织): `findCode` finds them, `validateCode` rejects them
   * with `not_selectable` unless `allowGrouping`.
   */
  readonly selectable: boolean;
  /** True for values kept only to read old data (经费自理). */
  readonly legacy?: true;
  /** Other names people write (old names, short forms): 崩龙族, 中共党员, 身份证. */
  readonly aliases: readonly string[];
  /** Table-specific facts, e.g. ethnicity `{ letter: 'HA', roman: 'Han' }`, id-type `{ gaCode: '111', numberRule: 'gb11643' }`. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Remarks on the entry (a name this project supplied, why a code is selectable in a partial table). */
  readonly note?: string;
}
