import type { _RawCodeTable } from '../codes/_RawCodeTable';
import { TABLE_USCC_CATEGORY, TABLE_USCC_DEPARTMENT } from '../codes/generated/codeTables';

// The two GB 32100 tables alone (codes/uscc-department, codes/uscc-category), not the code-table
// machinery: a USCC validator in a form bundle should not carry the other tables.
function nameIn(table: _RawCodeTable, code: string): string | undefined {
  for (const row of table.rows) if (row[0] === code) return row[1];
  return undefined;
}

/** Name of a 登记管理部门 (GB 32100 character 1). */
export function _usccDepartmentName(code: string): string | undefined {
  return nameIn(TABLE_USCC_DEPARTMENT, code);
}

/** Name of a 机构类别 (characters 1–2), when the standard defines it for that department. */
export function _usccCategoryName(code: string): string | undefined {
  return nameIn(TABLE_USCC_CATEGORY, code);
}
