import type { CodeTableId } from './CodeTableId';
import type { CodeTableInfo } from './CodeTableInfo';

/**
 * One generated row: `[code, name, parent, flag, aliases, attributes, note]`; flag 0 = grouping, 1 = selectable
 * (the default), 2 = selectable but kept for old data; aliases `|`-separated; attributes `key=value;…`.
 * Trailing defaults are left out to keep the generated module small.
 */
export type _RawCodeRow = readonly [
  code: string,
  name: string,
  parent?: string,
  flag?: 0 | 1 | 2,
  aliases?: string,
  attributes?: string,
  note?: string,
];

/** One generated table: its provenance and its rows in listing order; `Id` is its id, for typed codes. */
export interface _RawCodeTable<Id extends CodeTableId = CodeTableId> {
  readonly info: CodeTableInfo & { readonly id: Id };
  readonly rows: readonly _RawCodeRow[];
}

/** One generated mapping row: `[from, targets (space-separated, '' for none), relation, note]`. */
export type _RawMappingRow = readonly [from: string, to: string, relation: string, note?: string];
