import { CODE_TABLES, type CodeTableCodes, type CodeTableId } from './generated/codeTables';

export type { CodeTableId };

/**
 * The codes of a table as a literal union.
 *
 * @example
 * const sex: CodeOf<'sex'> = '1' // '0' | '1' | '2' | '9'
 */
export type CodeOf<T extends CodeTableId> = CodeTableCodes[T];

/**
 * True when the value names a shipped code table.
 *
 * @example
 * isCodeTableId('ethnicity') // true
 * isCodeTableId('regions')   // false (GB/T 2260 has its own lookups)
 */
export function isCodeTableId(value: unknown): value is CodeTableId {
  return typeof value === 'string' && Object.hasOwn(CODE_TABLES, value);
}
