import { _getCodeTable } from './_codeTable';
import type { CodeEntry } from './CodeEntry';
import type { CodeOf, CodeTableId } from './CodeTableId';

/** Filters of `listCodes`. */
export interface ListCodesOptions {
  /** Only the direct children of this code; `null` for the top level (entries without a parent). */
  parentCode?: string | null;
  /** Only entries that can be chosen as a value (no grouping codes). */
  selectableOnly?: boolean;
}

/**
 * The entries of a table in source order (which is the rank order for `rank-level`), optionally only the
 * children of one code or only selectable entries. The array is frozen and shared; an unknown table id
 * gives an empty array.
 *
 * @example
 * listCodes('sex').map((e) => e.name)                                   // ['未知的性别', '男', '女', '未说明的性别']
 * listCodes('education', { parentCode: '1' }).map((e) => e.code)        // ['11', '12', '13', '1A', '1B']
 * listCodes('party-org-category', { selectableOnly: true }).length      // 8
 */
export function listCodes<T extends CodeTableId>(
  tableId: T,
  options: ListCodesOptions = {},
): readonly CodeEntry<CodeOf<T>>[] {
  const entries = (_getCodeTable(tableId)?.entries ?? []) as readonly CodeEntry<CodeOf<T>>[];
  const { parentCode, selectableOnly = false } = options;
  if (parentCode === undefined && !selectableOnly) return entries;
  return entries.filter(
    (entry) =>
      (parentCode === undefined || (entry.parentCode ?? null) === parentCode) && (!selectableOnly || entry.selectable),
  );
}
