import { _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale } from '../errors/Issue';
import { unitMessages } from '../locales/unitMessages';
import {
  _CHECK_CODES,
  _finishRollup,
  _NAMED_LEADERS,
  _NAMED_OUTSIDE,
  _NAMED_SIZE,
  type _RollupNode,
} from './_estFinish';
import { _asIterable } from './_estRecord';
import type { EstablishmentRecord } from './EstablishmentRecord';
import type { EstablishmentRollup, EstablishmentUnit } from './EstablishmentRollup';

/** Options of `mergeRollups`. */
export interface MergeRollupsOptions {
  /** Language of the recomputed checks and of `reported_twice`; default 'zh-CN'. */
  locale?: Locale;
}

function isRollup(value: unknown): value is EstablishmentRollup {
  const r = value as Partial<EstablishmentRollup> | null | undefined;
  return typeof r === 'object' && r !== null && Array.isArray(r.units);
}

function depthOf(path: string): number {
  let depth = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++;
  return depth;
}

/** The nearest proper prefix of `path` that is a node of the union. */
function parentOf(path: string, index: ReadonlyMap<string, number>): number | null {
  for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
    const id = index.get(path.slice(0, cut));
    if (id !== undefined) return id;
  }
  return null;
}

/**
 * Merges rollups computed separately for parts of a hierarchy (each county reporting to the prefecture, each
 * 基层党委 to the county) into exactly what one `rollupEstablishment` over the union of their trees, records
 * and rosters gives. Units are matched by full path; a unit's record comes from the first part that
 * reported it, and a unit reported by more than one part is `reported_twice` (error, path `[unitPath]`,
 * params `unit`, `sources`) and counted once; roster counts add up. The checks (`over_establishment` …) are
 * recomputed on the merged figures; the parts' other issues and rejected records are kept, each with
 * `params.source` / `source` naming its part (`sources` of the part, else '#1', '#2' … by position).
 * Merging is associative: a merged result can be merged again. Never throws.
 *
 * @example
 * const county = rollupEstablishment(tree, countyRecords, countyRoster, { source: '甲县' });
 * const city = rollupEstablishment(tree, cityRecords, cityRoster, { source: '市本级' });
 * const merged = mergeRollups([county, city]);
 * merged.units.find((u) => u.path === '示例市')?.total.actualSum // as one pass over all records and people
 * merged.issues.filter((i) => i.code === 'reported_twice').map((i) => i.message)
 * // ['单位“示例市/甲县/甲县民政局”在多份上报中重复出现（甲县、市本级）']
 */
export function mergeRollups(
  parts: Iterable<EstablishmentRollup>,
  options: MergeRollupsOptions = {},
): EstablishmentRollup {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const list = [..._asIterable(parts)].filter(isRollup);
  const names = list.map((part, k) =>
    Array.isArray(part.sources) && part.sources.length > 0 ? part.sources.join('+') : `#${k + 1}`,
  );
  // The union of the nodes, parents before children: by depth, first seen first within a depth.
  const first = new Map<string, EstablishmentUnit>();
  for (const part of list) for (const unit of part.units) if (!first.has(unit.path)) first.set(unit.path, unit);
  const paths = [...first.keys()].map((path, order) => ({ path, order, depth: depthOf(path) }));
  paths.sort((a, b) => a.depth - b.depth || a.order - b.order);
  const index = new Map<string, number>();
  const nodes: (_RollupNode & { childIds: number[] })[] = [];
  for (const { path } of paths) {
    const unit = first.get(path)!;
    const id = nodes.length;
    const parentId = parentOf(path, index);
    nodes.push({ path, name: unit.name, parentId, kind: unit.kind, virtual: unit.virtual, childIds: [] });
    index.set(path, id);
    if (parentId !== null) nodes[parentId]!.childIds.push(id);
  }
  const n = nodes.length;
  const records: (EstablishmentRecord | undefined)[] = new Array(n).fill(undefined);
  const reportedBy: number[] = new Array(n).fill(-1);
  const named = new Float64Array(n * _NAMED_SIZE);
  const rosterCounted = new Uint8Array(n);
  const issues: Issue[] = [];
  const twice: Issue[] = [];
  const rejected: EstablishmentRollup['rejected'] = [];
  const sources: string[] = [];
  let uncountedPeople = 0;
  list.forEach((part, k) => {
    const name = names[k]!;
    sources.push(...(Array.isArray(part.sources) && part.sources.length > 0 ? part.sources : [name]));
    for (const unit of part.units) {
      const id = index.get(unit.path)!;
      const o = id * _NAMED_SIZE;
      named[o]! += unit.named.actual.administrative;
      named[o + 1]! += unit.named.actual['political-legal'];
      named[o + 2]! += unit.named.actual['public-institution'];
      named[o + 3]! += unit.named.actual.worker;
      named[o + _NAMED_LEADERS]! += unit.named.leaders;
      named[o + _NAMED_OUTSIDE]! += unit.named.outside;
      if (unit.rosterCounted) rosterCounted[id] = 1;
      if (!unit.record) continue;
      if (records[id] === undefined) {
        records[id] = unit.record;
        reportedBy[id] = k;
        continue;
      }
      const params = { unit: unit.path, sources: `${names[reportedBy[id]!]}、${name}` };
      twice.push({
        code: 'reported_twice',
        severity: 'error',
        path: [unit.path],
        params,
        message: _renderFromCatalogs([unitMessages], locale, 'reported_twice', params),
      });
    }
    for (const issue of Array.isArray(part.issues) ? part.issues : []) {
      if (!_CHECK_CODES.has(issue.code))
        issues.push({ ...issue, params: { ...issue.params, source: issue.params.source ?? name } });
    }
    for (const entry of Array.isArray(part.rejected) ? part.rejected : []) {
      rejected.push({ ...entry, source: entry.source ?? name });
    }
    uncountedPeople += typeof part.uncountedPeople === 'number' ? part.uncountedPeople : 0;
  });
  const { units, checks } = _finishRollup({ nodes, records, named, rosterCounted, locale });
  return { units, sources, rejected, uncountedPeople, issues: [...issues, ...twice, ...checks] };
}
