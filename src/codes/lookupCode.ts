import { type _CodeTable, _getCodeTable } from './_codeTable';
import type { CodeEntry } from './CodeEntry';
import type { CodeOf, CodeTableId } from './CodeTableId';

/**
 * The entry of an exact code (letters in any case), or undefined. For what people write on forms (names,
 * '1' for '01', '01 汉族') use `findCode`. Never throws.
 *
 * @example
 * lookupCode('uscc-category', '91')   // { code: '91', name: '企业', parentCode: '9', selectable: true, aliases: [] }
 * lookupCode('uscc-department', '9')  // { code: '9', name: '工商', selectable: true, aliases: ['市场监管', '市场监督管理'] }
 * lookupCode('ethnicity', '1')        // undefined (the code is '01')
 */
export function lookupCode<T extends CodeTableId>(tableId: T, code: string): CodeEntry<CodeOf<T>> | undefined {
  const table = _getCodeTable(tableId);
  return table ? (_lookupCodeIn(table, code) as CodeEntry<CodeOf<T>> | undefined) : undefined;
}

/** `lookupCode` in a table at hand (`_tableOf(TABLE_X)`): bundles only that table. */
export function _lookupCodeIn(table: _CodeTable, code: unknown): CodeEntry | undefined {
  return typeof code === 'string' ? table.byCode.get(code.toUpperCase()) : undefined;
}
