import { TABLE_ESTABLISHMENT_TYPE } from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import { _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale, PathSegment } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';
import { _parseYesNo } from '../units/_parseYesNo';
import { resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _NAMED_LEADERS, _NAMED_OUTSIDE, _NAMED_SIZE } from './_estFinish';
import { _EST_TYPES, _EST_LABELS as L } from './_estLabels';
import { _EST_CATALOGS, _establishmentTypeOf } from './_estRecord';
import type { EstablishmentRecord, EstablishmentRosterEntry } from './EstablishmentRecord';

const OUTSIDE = -1;
const UNKNOWN = -2;
// Caches keep memory proportional to the units: they stop growing past this many distinct strings.
const TYPE_CACHE_LIMIT = 1024;

function read(entry: object, key: string): unknown {
  try {
    return (entry as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function typeIndexOf(value: unknown): number {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return OUTSIDE;
  const type = _establishmentTypeOf(value);
  return type === undefined ? UNKNOWN : _EST_TYPES.indexOf(type);
}

/**
 * Counts a named roster into `named` (per node: actual per type, leaders, 编外). People listed under a 挂牌机构
 * are counted at its parent. One pass over any iterable; memory proportional to the units, not the people.
 * Returns how many people were left out (each with an issue: unreadable entry, unknown unit, unknown type).
 */
export function _countRoster(
  tree: UnitTree,
  roster: Iterable<unknown>,
  records: readonly (EstablishmentRecord | undefined)[],
  named: Float64Array,
  issues: Issue[],
  locale: Locale,
): number {
  const add = (code: IssueCode, path: PathSegment[], params: Record<string, unknown>) =>
    issues.push({
      code,
      severity: 'error',
      path,
      params,
      message: _renderFromCatalogs(_EST_CATALOGS, locale, code, params),
    });
  const pathCache = new Map<string, number>();
  const unknownIssues = new Map<string, Issue[]>();
  const pathCacheLimit = Math.max(TYPE_CACHE_LIMIT, 4 * tree.nodes.length);
  const typeCache = new Map<unknown, number>();
  const leaderCache = new Map<unknown, boolean | null | undefined>();
  // People listed under a 挂牌机构 are its host's staff: they count at its parent (parents come first).
  const host = new Int32Array(tree.nodes.length);
  for (const node of tree.nodes) {
    host[node.id] = records[node.id]?.nameplate && node.parentId !== null ? host[node.parentId]! : node.id;
  }
  let left = 0;
  let index = -1;
  for (const entry of roster) {
    index++;
    if (typeof entry !== 'object' || entry === null) {
      add('invalid_type', ['roster', index], {
        label: '人员',
        labelEn: 'person',
        received: entry === null ? 'null' : typeof entry,
      });
      left++;
      continue;
    }
    let rawPath: unknown;
    let rawType: unknown;
    let rawLeader: unknown;
    try {
      ({ unitPath: rawPath, establishmentType: rawType, leader: rawLeader } = entry as EstablishmentRosterEntry);
    } catch {
      // A getter or Proxy that throws: read field by field, so the readable fields still count.
      rawPath = read(entry, 'unitPath');
      rawType = read(entry, 'establishmentType');
      rawLeader = read(entry, 'leader');
    }
    let id = typeof rawPath === 'string' ? (tree.byPath.get(rawPath) ?? pathCache.get(rawPath)) : undefined;
    if (id === undefined) {
      const resolved = resolveUnitPath(tree, rawPath, { locale });
      // A warning (a path without its root) is reported once per distinct path, an error once per person.
      const found = resolved.ok ? resolved.warnings : resolved.issues;
      for (const issue of found) issues.push({ ...issue, path: ['roster', index, 'unitPath', ...issue.path] });
      id = resolved.ok ? resolved.value.id : UNKNOWN;
      if (typeof rawPath === 'string' && pathCache.size < pathCacheLimit) {
        pathCache.set(rawPath, id);
        if (!resolved.ok) unknownIssues.set(rawPath, resolved.issues);
      }
    } else if (id === UNKNOWN) {
      for (const issue of unknownIssues.get(rawPath as string) ?? []) {
        issues.push({ ...issue, path: ['roster', index, 'unitPath', ...issue.path] });
      }
    }
    if (id === UNKNOWN) {
      left++;
      continue;
    }
    let type = typeCache.get(rawType);
    if (type === undefined) {
      type = typeIndexOf(rawType);
      if (typeof rawType !== 'object' && typeCache.size < TYPE_CACHE_LIMIT) typeCache.set(rawType, type);
    }
    if (type === UNKNOWN) {
      const result = _validateCodeIn(TABLE_ESTABLISHMENT_TYPE, rawType, { locale, ...L.establishmentType });
      if (!result.ok) {
        for (const issue of result.issues) issues.push({ ...issue, path: ['roster', index, 'establishmentType'] });
      }
      left++;
      continue;
    }
    const o = host[id]! * _NAMED_SIZE;
    if (type === OUTSIDE) named[o + _NAMED_OUTSIDE]!++;
    else named[o + type]!++;
    let leader = leaderCache.get(rawLeader);
    if (leader === undefined && !leaderCache.has(rawLeader)) {
      leader = _parseYesNo(rawLeader);
      if (typeof rawLeader !== 'object' && leaderCache.size < TYPE_CACHE_LIMIT) leaderCache.set(rawLeader, leader);
    }
    if (leader === true) named[o + _NAMED_LEADERS]!++;
    else if (leader === null) {
      add('invalid_format', ['roster', index, 'leader'], {
        ...L.leader,
        reason: '应为“是”或“否”',
        reasonEn: 'expected yes or no',
      });
    }
  }
  return left;
}
