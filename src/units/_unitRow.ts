import type { Locale } from '../errors/Issue';
import { validateLandline } from '../identifiers/landline';
import { validateMobile } from '../identifiers/mobile';
import { validateUscc } from '../identifiers/uscc';
import { unitMessages } from '../locales/unitMessages';
import { _RecordReader } from '../people/_RecordReader';
import { _parseYesNo } from './_parseYesNo';
import { _canonicalDepth, parseUnitPath, type UnitPathOptions } from './parseUnitPath';
import type { UnitKind } from './UnitTree';

/** The record label of a unit row in messages. */
export const _UNIT_ROW_LABEL = { label: '单位', labelEn: 'unit' };

// A Map, not an object literal: a 组织类型 cell reading "constructor" must not find Object.prototype's.
const KINDS = new Map<string, UnitKind>([
  ['单位', 'unit'],
  ['unit', 'unit'],
  ['部门', 'department'],
  ['department', 'department'],
  ['内设机构', 'department'],
]);

/** A row read; only its canonical path and depth are kept (no segment arrays: a 5,000-deep chain stays small). */
export interface _ParsedRow {
  index: number;
  /** The row as given, for a reader made only when there is something to report. */
  input: unknown;
  /** Canonical path; '' when the row is left out of the tree. */
  path: string;
  /** Number of segments. */
  depth: number;
  reader: _RecordReader | undefined;
  virtual: boolean;
  kind: UnitKind | undefined;
  uscc: string | undefined;
  leaderPhone: string | undefined;
}

export function _readerOf(row: _ParsedRow, locale: Locale): _RecordReader {
  row.reader ??= new _RecordReader(
    typeof row.input === 'string' ? { path: row.input } : row.input,
    [unitMessages],
    { locale, path: [row.index] },
    _UNIT_ROW_LABEL,
  );
  return row.reader;
}

function readPhone(value: unknown, locale: Locale) {
  const mobile = validateMobile(value, { locale });
  if (mobile.ok) return { ok: true as const, value: mobile.value.number, warnings: mobile.warnings };
  const landline = validateLandline(value, { locale });
  if (landline.ok) return { ok: true as const, value: landline.value.formatted, warnings: landline.warnings };
  // Report the reading that fits the number best: eleven digits from 1 look like a mobile.
  return String(value).trim().startsWith('1') ? mobile : landline;
}

export function _parseUnitRow(
  input: unknown,
  index: number,
  pathOptions: UnitPathOptions & { locale: Locale },
): _ParsedRow {
  const row: _ParsedRow = {
    index,
    input,
    path: '',
    depth: 0,
    reader: undefined,
    virtual: false,
    kind: undefined,
    uscc: undefined,
    leaderPhone: undefined,
  };
  if (typeof input === 'string') {
    // A canonical plain path, the common case at scale: no reader, no segment array.
    row.depth = _canonicalDepth(input, pathOptions);
    if (row.depth > 0) {
      row.path = input;
      return row;
    }
  }
  const { locale } = pathOptions;
  const reader = _readerOf(row, locale);
  if (!reader.readable) return row; // already reported: the row is no record
  const path = reader.field(
    'path',
    { label: '部门名称（全路径）', labelEn: 'unit path' },
    (v) => parseUnitPath(v, pathOptions),
    true,
  );
  if (path) {
    row.path = path.path;
    row.depth = path.segments.length;
  }
  const virtual = _parseYesNo(reader.raw('virtual'));
  if (virtual === null) {
    reader.error('invalid_format', ['virtual'], {
      label: '是否虚拟部门',
      labelEn: 'virtual',
      reason: '应为“是”或“否”',
      reasonEn: 'expected yes or no',
    });
  }
  row.virtual = virtual === true;
  const kindRaw = reader.raw('kind');
  const kindText = typeof kindRaw === 'string' ? kindRaw.trim().toLowerCase() : kindRaw;
  row.kind = typeof kindText === 'string' && kindText !== '' ? KINDS.get(kindText) : undefined;
  if (row.kind === undefined && typeof kindText === 'string' && kindText !== '') {
    reader.error('invalid_format', ['kind'], {
      label: '组织类型',
      labelEn: 'kind',
      reason: '应为“单位”或“部门”',
      reasonEn: 'expected 单位 or 部门',
    });
  }
  row.uscc = reader.field(
    'uscc',
    { label: '统一社会信用代码', labelEn: 'USCC' },
    (v) => validateUscc(v, { locale }),
    false,
  )?.code;
  row.leaderPhone = reader.field(
    'leaderPhone',
    { label: '部门负责人电话', labelEn: 'leader phone' },
    (v) => readPhone(v, locale),
    false,
  );
  return row;
}
