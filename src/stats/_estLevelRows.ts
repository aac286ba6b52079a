import { listCodes } from '../codes/listCodes';
import type { _RowDef } from './_estTable';
import type { EstablishmentRecord } from './EstablishmentRecord';

const NO_LEVEL = { code: 'none', name: '未填层级' };
const NO_SYSTEM = { code: 'none', name: '未填系统' };

/** The systems in code-table order, then 未填系统. */
export function _systems(): { code: string; name: string }[] {
  return [...listCodes('unit-system').map(({ code, name }) => ({ code, name })), NO_SYSTEM];
}

/** Rows 合计, then each level (fixed) and, when `withSystems`, each system under it; 未填层级 last. */
export function _levelRows(withSystems: boolean): _RowDef[] {
  const rows: _RowDef[] = [{ key: 'total', label: '合计', depth: 0, fixed: true }];
  for (const level of [...listCodes('unit-level'), NO_LEVEL]) {
    const isNone = level.code === NO_LEVEL.code;
    rows.push({ key: `level:${level.code}`, label: level.name, depth: 0, fixed: !isNone });
    if (!withSystems) continue;
    for (const system of _systems()) {
      rows.push({ key: `level:${level.code}/system:${system.code}`, label: system.name, depth: 1, fixed: false });
    }
  }
  return rows;
}

/** The rows a record adds to: 合计, its level and (when `withSystems`) its system under that level. */
export function _levelRowKeys(record: EstablishmentRecord, withSystems: boolean): string[] {
  const level = `level:${record.level ?? NO_LEVEL.code}`;
  const keys = ['total', level];
  if (withSystems) keys.push(`${level}/system:${record.system ?? NO_SYSTEM.code}`);
  return keys;
}
