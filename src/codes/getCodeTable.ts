import { _getCodeTable } from './_codeTable';
import type { CodeTableId } from './CodeTableId';
import type { CodeTableInfo } from './CodeTableInfo';
import { CODE_TABLE_IDS, CODE_TABLES } from './generated/codeTables';

/**
 * Provenance of a code table (standard, edition, effective date, completeness), or undefined for an
 * unknown id. Never throws.
 *
 * @example
 * getCodeTable('education')
 * // { id: 'education', name: '学历', nameEn: 'education', standard: '中组部 ZB64-2006', edition: '2006',
 * //   completeness: 'complete', source: '…' }
 * getCodeTable('job-post-legacy')?.completeness // 'partial'
 */
export function getCodeTable(tableId: CodeTableId): CodeTableInfo | undefined {
  return _getCodeTable(tableId)?.info;
}

/**
 * Provenance of every shipped code table, in listing order.
 *
 * @example
 * listCodeTables().map((t) => t.id) // ['sex', 'ethnicity', 'political-status', 'education', …]
 */
export function listCodeTables(): readonly CodeTableInfo[] {
  return CODE_TABLE_IDS.map((id) => Object.freeze(CODE_TABLES[id].info));
}
