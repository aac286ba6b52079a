import { _nameKey, _numberKey } from './_codeKeys';
import type { _RawCodeRow, _RawCodeTable } from './_RawCodeTable';
import type { CodeEntry } from './CodeEntry';
import type { CodeTableId } from './CodeTableId';
import type { CodeTableInfo } from './CodeTableInfo';
import { CODE_TABLES } from './generated/codeTables';

/** A table as used at run time; entries are built on first use, the name indexes on the first `findCode`. */
export interface _CodeTable {
  readonly info: CodeTableInfo;
  readonly entries: readonly CodeEntry[];
  /** Entries by upper-cased code. */
  readonly byCode: ReadonlyMap<string, CodeEntry>;
  /** Entries by name key (names, aliases, names without the optional suffix); null when ambiguous. */
  names?: Map<string, CodeEntry | null>;
  /** Entries of all-digit codes by their value without leading zeros; null when ambiguous ('01' and '1'). */
  numbers?: Map<string, CodeEntry | null>;
  /** What `findCode` returns for the exact text of each code, name and alias; built on first `findCode`. */
  exact?: Map<string, CodeEntry>;
}

// Shared by entries without aliases; frozen when the first table is built, not at module load.
const NO_ALIASES: readonly string[] = [];

// Filled on first use of each table; an object literal keeps the module free of load-time work.
const built: Partial<Record<CodeTableId, _CodeTable>> = {};

function parseAttributes(text: string): Readonly<Record<string, string>> {
  const attributes: Record<string, string> = {};
  for (const pair of text.split(';')) {
    const equals = pair.indexOf('=');
    attributes[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return Object.freeze(attributes);
}

function toEntry(row: _RawCodeRow): CodeEntry {
  const [code, name, parent = '', flag = 1, aliases = '', attributes = '', note = ''] = row;
  // Keys in reading order (code, name, parentCode, selectable …) so logged entries read naturally.
  const entry: { -readonly [K in keyof CodeEntry]: CodeEntry[K] } = {
    code,
    name,
    ...(parent === '' ? {} : { parentCode: parent }),
    selectable: flag !== 0,
    ...(flag === 2 ? { legacy: true as const } : {}),
    aliases: aliases === '' ? NO_ALIASES : Object.freeze(aliases.split('|')),
  };
  if (attributes !== '') entry.attributes = parseAttributes(attributes);
  if (note !== '') entry.note = note;
  return Object.freeze(entry);
}

/**
 * The run-time table of an id, or undefined for anything that is not a table id. Never throws. It reaches
 * every table through CODE_TABLES: the library's own validators use `_tableOf(TABLE_X)` instead, so that
 * a bundle carries only the tables it uses.
 */
export function _getCodeTable(tableId: unknown): _CodeTable | undefined {
  if (typeof tableId !== 'string' || !Object.hasOwn(CODE_TABLES, tableId)) return undefined;
  return _tableOf(CODE_TABLES[tableId as CodeTableId]);
}

/** The run-time table of a generated table constant, built on first use. */
export function _tableOf(raw: _RawCodeTable): _CodeTable {
  const id = raw.info.id;
  const cached = built[id];
  if (cached) return cached;
  Object.freeze(NO_ALIASES);
  const entries = Object.freeze(raw.rows.map(toEntry));
  const table: _CodeTable = {
    info: Object.freeze(raw.info),
    entries,
    byCode: new Map(entries.map((entry) => [entry.code.toUpperCase(), entry])),
  };
  built[id] = table;
  return table;
}

// Lower rank wins a clash; a clash within one rank makes the key ambiguous.
const RANK_NAME = 0;
const RANK_ALIAS = 1;
const RANK_WITHOUT_SUFFIX = 2;

/** The name index of a table, built on first use. */
export function _namesOf(table: _CodeTable): Map<string, CodeEntry | null> {
  if (table.names) return table.names;
  const names = new Map<string, CodeEntry | null>();
  const ranks = new Map<string, number>();
  const add = (key: string, entry: CodeEntry, rank: number): void => {
    if (key === '') return;
    const known = ranks.get(key);
    if (known === undefined || rank < known) {
      names.set(key, entry);
      ranks.set(key, rank);
    } else if (rank === known && names.get(key) !== entry) {
      names.set(key, null);
    }
  };
  const suffix = table.info.optionalSuffix ? _nameKey(table.info.optionalSuffix) : '';
  for (const entry of table.entries) {
    const keys = [_nameKey(entry.name), ...entry.aliases.map(_nameKey)];
    keys.forEach((key, index) => {
      add(key, entry, index === 0 ? RANK_NAME : RANK_ALIAS);
    });
    if (suffix !== '') {
      for (const key of keys) if (key.endsWith(suffix)) add(key.slice(0, -suffix.length), entry, RANK_WITHOUT_SUFFIX);
    }
  }
  table.names = names;
  return names;
}

/** The leading-zero-free index of all-digit codes, built on first use. */
export function _numbersOf(table: _CodeTable): Map<string, CodeEntry | null> {
  if (table.numbers) return table.numbers;
  const numbers = new Map<string, CodeEntry | null>();
  for (const entry of table.entries) {
    if (!/^\d+$/.test(entry.code)) continue;
    const key = _numberKey(entry.code);
    numbers.set(key, numbers.has(key) ? null : entry);
  }
  table.numbers = numbers;
  return numbers;
}

/** The entry of a code key: the exact code, else (all digits) the one code with that value. */
export function _entryOfCodeKey(table: _CodeTable, key: string): CodeEntry | undefined {
  const exact = table.byCode.get(key);
  if (exact) return exact;
  if (/^\d+$/.test(key)) return _numbersOf(table).get(_numberKey(key)) ?? undefined;
  return undefined;
}
