import { _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale } from '../errors/Issue';
import { parseUnitPath } from '../units/parseUnitPath';
import { resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _hashSeed, _seededRandom } from './_estRandom';
import { _asIterable } from './_estRecord';

/** Options of `sampleForInspection`. */
export interface SampleForInspectionOptions<T> {
  /** 抽查比例, in (0, 1]: each group gives at least ⌈ratio × size⌉ records, and at least one. */
  ratio: number;
  /** Any number or text: the same seed and records always give the same sample. */
  seed: number | string;
  /** Where a record names its unit; default its `unitPath` field (a party member's branch path, say). */
  unitPathOf?: (record: T) => unknown;
  locale?: Locale;
}

/** One group of the sample: the records of one unit. */
export interface InspectionSampleGroup {
  /** The unit's canonical path; for a path that does not resolve, the path as written. */
  unitPath: string;
  /** False for records whose unit path is not in the tree (they are sampled as a group of their own). */
  resolved: boolean;
  size: number;
  sampled: number;
}

/** The result of `sampleForInspection`. */
export interface InspectionSample<T> {
  /** The sampled records, in input order. */
  items: T[];
  /** Their positions in the input. */
  indexes: number[];
  /** Every group (in tree order, unresolved paths last) with its size and how many were drawn. */
  groups: InspectionSampleGroup[];
  /** Bad options (`ratio`, `seed`) and records whose unit does not resolve (`unknown_unit`, path `[index, 'unitPath']`). */
  issues: Issue[];
}

const LABELS = {
  ratio: { label: '抽查比例', labelEn: 'sampling ratio' },
  seed: { label: '随机种子', labelEn: 'seed' },
};

function readUnitPath<T>(record: T, unitPathOf: ((record: T) => unknown) | undefined): unknown {
  try {
    return unitPathOf ? unitPathOf(record) : (record as { unitPath?: unknown } | null | undefined)?.unitPath;
  } catch {
    return undefined;
  }
}

/**
 * Draws a reproducible sample for 检查验收 that covers every branch: records are grouped by their unit (each
 * 党支部, each department), and every group with records gives at least one, in all at least
 * ⌈ratio × size⌉ per group. Each group is drawn with its own PRNG (mulberry32) seeded from `seed` and the
 * unit's path, so the same seed gives the same sample, and adding records to one unit changes no other
 * unit's draw. Records whose unit path does not resolve are grouped by the path as written, sampled too
 * and reported (`unknown_unit`). A bad ratio or seed gives an empty sample with the issue. Never throws.
 *
 * @example
 * const { items, groups } = sampleForInspection(tree, members, { ratio: 0.1, seed: '2026-检查' });
 * groups.every((g) => g.sampled >= 1) // true: every 党支部 with members is inspected
 */
export function sampleForInspection<T>(
  tree: UnitTree,
  records: Iterable<T>,
  options: SampleForInspectionOptions<T>,
): InspectionSample<T> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'zh-CN';
  const issues: Issue[] = [];
  const report = (path: Issue['path'], code: 'invalid_format' | 'required', params: Record<string, unknown>) =>
    issues.push({
      code,
      severity: 'error',
      path,
      params,
      message: _renderFromCatalogs([], locale, code, params),
    });
  const ratio = options?.ratio;
  const seed = options?.seed;
  if (typeof ratio !== 'number' || !(ratio > 0 && ratio <= 1)) {
    report(['ratio'], 'invalid_format', {
      ...LABELS.ratio,
      reason: '应为大于 0、不超过 1 的数',
      reasonEn: 'expected a number greater than 0 and at most 1',
    });
  }
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string')) {
    report(['seed'], 'required', { ...LABELS.seed });
  }
  const empty: InspectionSample<T> = { items: [], indexes: [], groups: [], issues };
  if (issues.length > 0) return empty;
  const byPath = (tree as Partial<UnitTree> | undefined)?.byPath;
  const validTree = byPath instanceof Map && Array.isArray(tree.nodes) && Array.isArray(tree.rootIds);
  const all: T[] = [];
  const resolvedGroups = new Map<number, number[]>();
  const unresolvedGroups = new Map<string, number[]>();
  for (const record of _asIterable(records) as Iterable<T>) {
    const index = all.length;
    all.push(record);
    const raw = readUnitPath(record, options.unitPathOf);
    let id = typeof raw === 'string' && validTree ? byPath.get(raw) : undefined;
    if (id === undefined && validTree) {
      const resolved = resolveUnitPath(tree, raw, { locale });
      if (resolved.ok) id = resolved.value.id;
      else for (const issue of resolved.issues) issues.push({ ...issue, path: [index, 'unitPath', ...issue.path] });
    }
    if (id !== undefined) {
      const group = resolvedGroups.get(id);
      if (group) group.push(index);
      else resolvedGroups.set(id, [index]);
      continue;
    }
    const parsed = parseUnitPath(raw);
    const key = parsed.ok ? parsed.value.path : typeof raw === 'string' ? raw.trim() : '';
    const group = unresolvedGroups.get(key);
    if (group) group.push(index);
    else unresolvedGroups.set(key, [index]);
  }
  const groups: InspectionSampleGroup[] = [];
  const indexes: number[] = [];
  const draw = (unitPath: string, resolved: boolean, members: number[]) => {
    const size = members.length;
    const wanted = Math.min(size, Math.max(1, Math.ceil(ratio! * size - 1e-9)));
    const random = _seededRandom(_hashSeed(`${String(seed)}\u0000${unitPath}`));
    // A partial Fisher–Yates shuffle: the first `wanted` places hold a uniform sample.
    for (let i = 0; i < wanted; i++) {
      const j = i + Math.floor(random() * (size - i));
      const chosen = members[j]!;
      members[j] = members[i]!;
      members[i] = chosen;
    }
    indexes.push(...members.slice(0, wanted));
    groups.push({ unitPath, resolved, size, sampled: wanted });
  };
  for (const id of [...resolvedGroups.keys()].sort((a, b) => a - b)) {
    draw(tree.nodes[id]!.path, true, resolvedGroups.get(id)!);
  }
  for (const [key, members] of unresolvedGroups) draw(key, false, members);
  indexes.sort((a, b) => a - b);
  return { items: indexes.map((i) => all[i]!), indexes, groups, issues };
}
