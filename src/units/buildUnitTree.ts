import type { Issue, Locale } from '../errors/Issue';
import { validateLandline } from '../identifiers/landline';
import { validateMobile } from '../identifiers/mobile';
import { validateUscc } from '../identifiers/uscc';
import { unitMessages } from '../locales/unitMessages';
import { _RecordReader } from '../people/_RecordReader';
import { _createNode, _emptyTree, type _MutableTree } from './_MutableTree';
import { _parseYesNo } from './_parseYesNo';
import { _indexNames, _resolveWithoutRoot } from './_resolveWithoutRoot';
import { parseUnitPath } from './parseUnitPath';
import type { UnitKind, UnitTree } from './UnitTree';

/** A 单位基本情况表 row; only `path` is required. Values as people write them. */
export interface UnitRow {
  /** 部门名称(全路径). */
  path: unknown;
  /** 是否虚拟部门: 是/否, true/false, 1/0. */
  virtual?: unknown;
  /** 组织类型: 单位 / 部门 (or 'unit' / 'department'). */
  kind?: unknown;
  /** 统一社会信用代码. */
  uscc?: unknown;
  /** 部门负责人电话 (mobile or landline). */
  leaderPhone?: unknown;
}

/** Options of `buildUnitTree`. */
export interface BuildUnitTreeOptions {
  /** Paths a roster uses: added to the tree when missing (a tree built from a roster alone). */
  rosterPaths?: Iterable<unknown>;
  /**
   * Create a parent that no row declares (with a `missing_parent` warning) instead of rejecting the row
   * (`missing_parent` error). Default false.
   */
  createMissingParents?: boolean;
  locale?: Locale;
}

/** The tree and every issue found in the rows; issue paths are `[rowIndex, field]` (0-based rows). */
export interface BuildUnitTreeResult {
  tree: UnitTree;
  issues: Issue[];
}

const KINDS: Record<string, UnitKind> = {
  单位: 'unit',
  unit: 'unit',
  部门: 'department',
  department: 'department',
  内设机构: 'department',
};
const ROW_LABEL = { label: '单位', labelEn: 'unit' };

interface _ParsedRow {
  index: number;
  segments: string[];
  reader: _RecordReader;
  virtual: boolean;
  kind: UnitKind | undefined;
  uscc: string | undefined;
  leaderPhone: string | undefined;
}

function readPhone(value: unknown, locale: Locale) {
  const mobile = validateMobile(value, { locale });
  if (mobile.ok) return { ok: true as const, value: mobile.value.number, warnings: mobile.warnings };
  const landline = validateLandline(value, { locale });
  if (landline.ok) return { ok: true as const, value: landline.value.formatted, warnings: landline.warnings };
  // Report the reading that fits the number best: eleven digits from 1 look like a mobile.
  return String(value).trim().startsWith('1') ? mobile : landline;
}

function parseRow(row: unknown, index: number, locale: Locale): _ParsedRow {
  const input = typeof row === 'string' ? { path: row } : row;
  const reader = new _RecordReader(input, [unitMessages], { locale, path: [index] }, ROW_LABEL);
  const path = reader.field(
    'path',
    { label: '部门名称（全路径）', labelEn: 'unit path' },
    (v) => parseUnitPath(v, { locale }),
    true,
  );
  const virtualRaw = reader.raw('virtual');
  const virtual = _parseYesNo(virtualRaw);
  if (virtual === null) {
    reader.error('invalid_format', ['virtual'], {
      label: '是否虚拟部门',
      labelEn: 'virtual',
      reason: '应为“是”或“否”',
      reasonEn: 'expected yes or no',
    });
  }
  const kindRaw = reader.raw('kind');
  const kindText = typeof kindRaw === 'string' ? kindRaw.trim().toLowerCase() : kindRaw;
  const kind = typeof kindText === 'string' && kindText !== '' ? KINDS[kindText] : undefined;
  if (kind === undefined && typeof kindText === 'string' && kindText !== '') {
    reader.error('invalid_format', ['kind'], {
      label: '组织类型',
      labelEn: 'kind',
      reason: '应为“单位”或“部门”',
      reasonEn: 'expected 单位 or 部门',
    });
  }
  const uscc = reader.field(
    'uscc',
    { label: '统一社会信用代码', labelEn: 'USCC' },
    (v) => validateUscc(v, { locale }),
    false,
  );
  const leaderPhone = reader.field(
    'leaderPhone',
    { label: '部门负责人电话', labelEn: 'leader phone' },
    (v) => readPhone(v, locale),
    false,
  );
  return {
    index,
    segments: path?.segments ?? [],
    reader,
    virtual: virtual === true,
    kind,
    uscc: uscc?.code,
    leaderPhone,
  };
}

/**
 * Builds a unit tree from 单位基本情况表 rows (or plain path strings) and, optionally, the paths a roster
 * uses. Rows may come in any order (parents are inserted first). Issues: the rows' own field issues,
 * `duplicate_unit`, `missing_parent` (error, or a warning with the parent created when
 * `createMissingParents`), `multiple_roots` (warning), `path_without_root` (a path that omits the root,
 * resolved with a warning when it is unambiguous: "区管委工作部门/区民政局"). A row with an error in its
 * path or an unresolvable parent is left out of the tree, and said so; every other row is in it. Never throws.
 *
 * @example
 * const { tree, issues } = buildUnitTree([
 *   { path: '屈原管理区', kind: '单位' },
 *   { path: '屈原管理区/班子成员', kind: '部门', virtual: '是' },
 *   { path: '屈原管理区/屈原管理区民政局', kind: '单位' },
 * ]);
 * getChildren(tree, tree.rootIds[0]).map((n) => n.name) // ['班子成员', '屈原管理区民政局']
 */
export function buildUnitTree(units: Iterable<unknown>, options: BuildUnitTreeOptions = {}): BuildUnitTreeResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const issues: Issue[] = [];
  const tree: _MutableTree = _emptyTree();
  const rows: _ParsedRow[] = [];
  let index = 0;
  for (const row of units ?? []) rows.push(parseRow(row, index++, locale));
  const declared = new Map<string, _ParsedRow>();
  const ordered = rows.filter((row) => row.segments.length > 0).sort((a, b) => a.segments.length - b.segments.length);
  // Declared roots first, so a path that omits the root can be recognised.
  for (const row of ordered) {
    const path = row.segments.join('/');
    const first = declared.get(path);
    if (first) {
      row.reader.error('duplicate_unit', ['path'], { path, otherRow: first.index + 1 });
      continue;
    }
    declared.set(path, row);
  }
  let names: Map<string, string[]> | undefined;
  for (const row of ordered) {
    let segments = row.segments;
    if (declared.get(segments.join('/')) !== row) continue;
    if (segments.length > 1 && !declared.has(segments[0]!) && !tree.byPath.has(segments[0]!)) {
      names ??= _indexNames(declared.keys());
      const resolved = _resolveWithoutRoot(segments, names);
      if (resolved.length === 1) {
        row.reader.warn('path_without_root', ['path'], {
          input: segments.join('/'),
          path: resolved[0],
          resolved: true,
        });
        segments = resolved[0]!.split('/');
      } else if (resolved.length > 1) {
        row.reader.error('path_without_root', ['path'], { input: segments.join('/'), candidates: resolved.join('、') });
        continue;
      }
    }
    let parentId: number | null = null;
    let attached = true;
    // Rows go by depth, so every accepted ancestor row is in the tree by now.
    for (let depth = 1; depth < segments.length; depth++) {
      const prefix = segments.slice(0, depth).join('/');
      const existing = tree.byPath.get(prefix);
      if (existing !== undefined) {
        parentId = existing;
      } else if (options.createMissingParents) {
        row.reader.warn('missing_parent', ['path'], { parent: prefix, created: true });
        parentId = _createNode(tree, segments.slice(0, depth), parentId, { created: true }).id;
      } else {
        row.reader.error('missing_parent', ['path'], { parent: prefix, created: false });
        attached = false;
        break;
      }
    }
    if (!attached) continue;
    const path = segments.join('/');
    const existing = tree.byPath.get(path);
    if (existing !== undefined) {
      // Created earlier as a missing parent of a deeper row: the row now declares it.
      const node = tree.nodes[existing]!;
      Object.assign(node, { kind: row.kind ?? 'unit', virtual: row.virtual, row: row.index });
      delete node.created;
      continue;
    }
    const node = _createNode(tree, segments, parentId, {
      kind: row.kind ?? 'unit',
      virtual: row.virtual,
      row: row.index,
    });
    if (row.uscc) node.uscc = row.uscc;
    if (row.leaderPhone) node.leaderPhone = row.leaderPhone;
  }
  for (const raw of options.rosterPaths ?? []) {
    const parsed = parseUnitPath(raw, { locale });
    if (!parsed.ok) continue;
    const segments = parsed.value.segments;
    let parentId: number | null = null;
    for (let depth = 1; depth <= segments.length; depth++) {
      const prefix = segments.slice(0, depth).join('/');
      const existing = tree.byPath.get(prefix);
      parentId = existing ?? _createNode(tree, segments.slice(0, depth), parentId, { created: true }).id;
    }
  }
  for (const row of rows) issues.push(...row.reader.issues);
  if (tree.rootIds.length > 1) {
    const names = tree.rootIds.map((id) => tree.nodes[id]!.name);
    const shown = names.length > 5 ? `${names.slice(0, 5).join('、')} …` : names.join('、');
    issues.push(..._tableIssue(locale, { count: names.length, roots: shown }));
  }
  return { tree, issues };
}

function _tableIssue(locale: Locale, params: Record<string, unknown>): Issue[] {
  const reader = new _RecordReader({}, [unitMessages], { locale }, ROW_LABEL);
  reader.warn('multiple_roots', [], params);
  return reader.issues;
}
