import type { Issue, Locale } from '../errors/Issue';
import { resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _finishRollup, _NAMED_SIZE } from './_estFinish';
import { _asIterable, _readEstablishmentRecord } from './_estRecord';
import { _countRoster } from './_estRoster';
import type { EstablishmentRecord } from './EstablishmentRecord';
import type { EstablishmentRollup } from './EstablishmentRollup';

/** Options of `rollupEstablishment`. */
export interface RollupEstablishmentOptions {
  locale?: Locale;
  /** A name for this part (a county, a 基层党委): `mergeRollups` names it in `reported_twice`. */
  source?: string;
}

/** The tree, or an empty one for anything that is no unit tree. */
function safeTree(tree: unknown): UnitTree {
  const t = tree as Partial<UnitTree> | null | undefined;
  return t && Array.isArray(t.nodes) && t.byPath instanceof Map && Array.isArray(t.rootIds)
    ? (t as UnitTree)
    : { nodes: [], byPath: new Map(), rootIds: [] };
}

/**
 * Rolls 机构编制 records (and optionally a named roster, 实名制) up a unit tree. Per node: `own` (its record's
 * numbers, and its roster people when a roster is given), `scope` for a record unit (the unit with its
 * 内设机构: what its establishment is checked against) and `total` (own + the children's totals), each with
 * 核定编制, 实有人数 and 空编 (approved − actual) per type, 领导职数 and 编外人员.
 *
 * - Records are validated as by `validateEstablishmentRecord` (paths `['records', i, …]`); a record with an
 *   error, whose unit path does not resolve (`unknown_unit`, with suggestions) or that repeats a unit
 *   (`duplicate_unit`) is returned in `rejected` with its issues, never silently dropped.
 * - With a roster, 实有人数 and 实配领导 are counted from it (people by `unitPath`, `establishmentType`, `leader`);
 *   a record's reported numbers are then compared with the count of its scope (`reported_actual_mismatch`,
 *   error). Without one, the reported numbers are used.
 * - Checks per record unit (path `[unitPath]`): `over_establishment` (warning, per type: actual > approved),
 *   `leader_posts_exceeded` (warning), `rollup_mismatch` (error: a declared 合计, own or with subordinate units,
 *   that is not the sum of its parts). Declared 合计 are only checked, never added.
 * - A 挂牌机构 adds nothing: its record's numbers are ignored and people listed under it count for its parent.
 *
 * Typed arrays by node id, one reverse pass over the ids (parent id < child id): no recursion, so a
 * 5,000-deep chain is fine; the roster may be any iterable and memory stays proportional to the units.
 * Never throws.
 *
 * @example
 * const rollup = rollupEstablishment(tree, [
 *   { unitPath: '示例县/示例县民政局', level: '县级', system: '政府', approved: { 行政编制: 2 }, leaderPosts: 1 },
 * ], [
 *   { unitPath: '示例县/示例县民政局/办公室', establishmentType: '行政编制', leader: '是' },
 *   { unitPath: '示例县/示例县民政局/办公室', establishmentType: '行政编制' },
 *   { unitPath: '示例县/示例县民政局/办公室', establishmentType: '行政编制' },
 * ]);
 * rollup.units[1].scope.actual.administrative // 3
 * rollup.issues[0].message // '示例县/示例县民政局：行政编制实有 3 人，核定 2 名，超编 1 名'
 */
export function rollupEstablishment(
  tree: UnitTree,
  records: Iterable<unknown>,
  roster?: Iterable<unknown> | null,
  options: RollupEstablishmentOptions = {},
): EstablishmentRollup {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const safe = safeTree(tree);
  const { nodes, byPath } = safe;
  const n = nodes.length;
  const issues: Issue[] = [];
  const rejected: EstablishmentRollup['rejected'] = [];
  const byNode: (EstablishmentRecord | undefined)[] = new Array(n).fill(undefined);
  const indexOf = new Map<number, number>();
  // A record may name any unit of the tree, however deep or long its names (the tree may allow more than the defaults).
  let maxDepth = 10;
  let maxSegmentLength = 50;
  for (const node of nodes) {
    maxDepth = Math.max(maxDepth, node.depth + 1);
    maxSegmentLength = Math.max(maxSegmentLength, node.name.length);
  }
  let index = -1;
  for (const input of _asIterable(records)) {
    index++;
    const { value, reader } = _readEstablishmentRecord(input, {
      locale,
      path: ['records', index],
      maxDepth,
      maxSegmentLength,
    });
    const found = [...reader.issues];
    let id = value ? byPath.get(value.unitPath) : undefined;
    if (value && id === undefined) {
      const resolved = resolveUnitPath(safe, value.unitPath, { locale });
      const moved = (resolved.ok ? resolved.warnings : resolved.issues).map((issue) => ({
        ...issue,
        path: ['records', index, 'unitPath', ...issue.path],
      }));
      found.push(...moved);
      if (resolved.ok) id = resolved.value.id;
    }
    if (value && id !== undefined && indexOf.has(id)) {
      reader.error('duplicate_unit', ['unitPath'], { path: nodes[id]!.path, otherRow: indexOf.get(id)! + 1 });
      found.push(reader.issues[reader.issues.length - 1]!);
      id = undefined;
    }
    issues.push(...found);
    if (!value || id === undefined) {
      rejected.push({ index, record: input, issues: found });
      continue;
    }
    indexOf.set(id, index);
    byNode[id] = { ...value, unitPath: nodes[id]!.path };
  }
  const named = new Float64Array(n * _NAMED_SIZE);
  const rosterCounted = new Uint8Array(n);
  let uncountedPeople = 0;
  if (roster !== undefined && roster !== null) {
    rosterCounted.fill(1);
    uncountedPeople = _countRoster(safe, _asIterable(roster), byNode, named, issues, locale);
  }
  const { units, checks } = _finishRollup({ nodes, records: byNode, named, rosterCounted, locale });
  issues.push(...checks);
  return {
    units,
    sources: typeof options.source === 'string' && options.source !== '' ? [options.source] : [],
    rejected,
    uncountedPeople,
    issues,
  };
}
