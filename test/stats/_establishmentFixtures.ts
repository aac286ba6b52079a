import { fc } from '@fast-check/vitest';
import type { UnitKind, UnitNode, UnitTree } from '../../src/units/UnitTree';

/** A unit tree from `[path, kind]` pairs, parents first (synthetic units only). */
export function treeOf(rows: readonly (readonly [string, UnitKind?, boolean?])[]): UnitTree {
  const nodes: UnitNode[] = [];
  const byPath = new Map<string, number>();
  const rootIds: number[] = [];
  for (const [path, kind = 'unit', virtual = false] of rows) {
    const cut = path.lastIndexOf('/');
    const parentId = cut < 0 ? null : byPath.get(path.slice(0, cut))!;
    const id = nodes.length;
    nodes.push({
      id,
      name: path.slice(cut + 1),
      path,
      parentId,
      depth: path.split('/').length - 1,
      kind,
      virtual,
      childIds: [],
    });
    byPath.set(path, id);
    if (parentId === null) rootIds.push(id);
    else nodes[parentId]!.childIds.push(id);
  }
  return { nodes, byPath, rootIds };
}

export const COUNTY = '示例县';
export const CIVIL = '示例县/示例县民政局';
export const FINANCE = '示例县/示例县财政局';
export const CENTER = '示例县/示例县民政局/示例县社会救助服务中心';
export const ARCHIVE = '示例县/示例县民政局/示例县婚姻登记处';

/** 示例县 with two bureaus, their 内设机构, a 事业单位 under 民政局 and a 挂牌机构. */
export function sampleTree(): UnitTree {
  return treeOf([
    [COUNTY],
    [`${COUNTY}/县领导`, 'department', true],
    [CIVIL],
    [`${CIVIL}/班子成员`, 'department', true],
    [`${CIVIL}/办公室`, 'department'],
    [`${CIVIL}/社会事务股`, 'department'],
    [CENTER],
    [ARCHIVE],
    [FINANCE],
    [`${FINANCE}/办公室`, 'department'],
  ]);
}

export const sampleRecords = [
  {
    unitPath: CIVIL,
    level: '县级',
    system: '政府',
    approved: { 行政编制: 6, 工勤编制: 1 },
    leaderPosts: 3,
    declared: { own: { approved: 7 } },
  },
  {
    unitPath: CENTER,
    level: '县级',
    system: '政府',
    category: '公益一类',
    fundingForm: '全额拨款',
    approved: { 事业编制: 5 },
    leaderPosts: 1,
  },
  { unitPath: ARCHIVE, level: '县级', system: '政府', nameplate: '是', approved: { 行政编制: 3 } },
  { unitPath: FINANCE, level: '县级', system: '政府', approved: { 行政编制: 4, 政法专项编制: 0 }, leaderPosts: 2 },
];

/** `count` roster people at `unitPath` of one type. */
export function people(unitPath: string, establishmentType: string | undefined, count: number, leader = false) {
  return Array.from({ length: count }, () => ({ unitPath, establishmentType, leader: leader ? '是' : '否' }));
}

/** A random scenario: a forest, records on some nodes, roster people, and cut points that split it into parts. */
export interface Scenario {
  tree: UnitTree;
  records: Record<string, unknown>[];
  roster: { unitPath: string; establishmentType: string | undefined; leader: string }[];
  /** For each node id, the id of the part root it belongs to (its nearest cut ancestor-or-self). */
  partOf: number[];
}

const TYPE_NAMES = ['行政编制', '政法专项编制', '事业编制', '工勤编制'] as const;
const ROSTER_TYPES = [...TYPE_NAMES, '参公事业编制', '行政', '', undefined] as const;
const LEVELS = ['省级', '市级', '县级', '乡级', undefined] as const;
const SYSTEMS = ['党委', '政府', '人大', '群团', undefined] as const;
const CATEGORIES = [undefined, undefined, '公益一类', '公益二类', '行政类', '生产经营类'] as const;
const FORMS = ['全额拨款', '差额拨款', '自收自支', '定额补助', undefined] as const;

export const scenarioArb = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    parents: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    departments: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    cuts: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    records: fc.array(
      fc.record({
        node: fc.nat(n - 1),
        approved: fc.array(fc.nat(6), { minLength: 4, maxLength: 4 }),
        actual: fc.option(fc.array(fc.nat(6), { minLength: 4, maxLength: 4 })),
        leaderPosts: fc.option(fc.nat(3)),
        leaders: fc.option(fc.nat(3)),
        nameplate: fc.nat(9),
        declaredOwn: fc.option(fc.nat(24)),
        declaredTotal: fc.option(fc.nat(60)),
        level: fc.constantFrom(...LEVELS),
        system: fc.constantFrom(...SYSTEMS),
        category: fc.constantFrom(...CATEGORIES),
        fundingForm: fc.constantFrom(...FORMS),
      }),
      { maxLength: n },
    ),
    roster: fc.array(fc.record({ node: fc.nat(n - 1), type: fc.constantFrom(...ROSTER_TYPES), leader: fc.boolean() }), {
      maxLength: 120,
    }),
  }),
);

export function buildScenario(s: typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never): Scenario {
  const rows: [string, UnitKind][] = [];
  const paths: string[] = [];
  const partOf: number[] = [];
  for (let i = 0; i < s.n; i++) {
    const parent = i === 0 ? -1 : (s.parents[i]! % (i + 1)) - 1;
    paths.push(parent < 0 ? `单位${i}` : `${paths[parent]}/单位${i}`);
    rows.push([paths[i]!, parent >= 0 && s.departments[i] ? 'department' : 'unit']);
    partOf.push(parent < 0 || s.cuts[i] ? i : partOf[parent]!);
  }
  const seen = new Set<number>();
  const records: Record<string, unknown>[] = [];
  for (const r of s.records) {
    if (seen.has(r.node)) continue;
    seen.add(r.node);
    const counts = (values: number[]) => Object.fromEntries(TYPE_NAMES.map((name, t) => [name, values[t]!]));
    const record: Record<string, unknown> = {
      unitPath: paths[r.node],
      approved: counts(r.approved),
      nameplate: r.nameplate === 0 ? '是' : '否',
      level: r.level,
      system: r.system,
      category: r.category,
      fundingForm: r.fundingForm,
    };
    if (r.actual) record.actual = counts(r.actual);
    if (r.leaderPosts !== null) record.leaderPosts = r.leaderPosts;
    if (r.leaders !== null) record.leaders = r.leaders;
    const declared: Record<string, unknown> = {};
    if (r.declaredOwn !== null) declared.own = { approved: r.declaredOwn };
    if (r.declaredTotal !== null) declared.total = { actual: r.declaredTotal };
    if (Object.keys(declared).length) record.declared = declared;
    records.push(record);
  }
  const roster = s.roster.map((p) => ({
    unitPath: paths[p.node]!,
    establishmentType: p.type,
    leader: p.leader ? '是' : '否',
  }));
  return { tree: treeOf(rows), records, roster, partOf };
}
