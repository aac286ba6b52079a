// 机构编制统计: builds a county's unit tree, rolls the establishment records and the named roster (实名制)
// up it, prints the findings and the statistics tables, merges two separately reported parts, and draws a
// sample for 检查验收. Synthetic units and people only.
// Usage: node examples/establishment.mjs [--en]
import {
  buildUnitTree,
  mergeRollups,
  rollupEstablishment,
  sampleForInspection,
  summarizeInspection,
  tabulateByLevelAndSystem,
  tabulatePublicInstitutions,
  tabulateUnitEstablishment,
  validateEstablishmentRecord,
} from 'cn-orgdata';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
const COUNTY = '示例县';
const CIVIL = `${COUNTY}/示例县民政局`;
const FINANCE = `${COUNTY}/示例县财政局`;
const CENTER = `${CIVIL}/示例县社会救助服务中心`;

// 单位基本情况表: 部门名称(全路径), 组织类型, 是否虚拟部门.
const { tree } = buildUnitTree([
  { path: COUNTY, kind: '单位' },
  { path: CIVIL, kind: '单位' },
  { path: `${CIVIL}/班子成员`, kind: '部门', virtual: '是' },
  { path: `${CIVIL}/办公室`, kind: '部门' },
  { path: `${CIVIL}/社会事务股`, kind: '部门' },
  { path: CENTER, kind: '单位' },
  { path: `${CIVIL}/示例县婚姻登记处`, kind: '单位' },
  { path: FINANCE, kind: '单位' },
  { path: `${FINANCE}/办公室`, kind: '部门' },
]);

// 机构编制 records as the form has them: names for codes, numbers as text, declared 合计.
const records = [
  {
    unitPath: CIVIL,
    level: '县级',
    system: '政府',
    approved: { 行政编制: '6', 工勤编制: '1' },
    leaderPosts: 3,
    declared: { own: { approved: 7 } },
  },
  { unitPath: `${CIVIL}/示例县婚姻登记处`, nameplate: '是' },
  {
    unitPath: CENTER,
    level: '县级',
    system: '政府',
    category: '公益一类',
    fundingForm: '全额拨款',
    approved: { 事业编制: 5 },
  },
  {
    unitPath: FINANCE,
    level: '县级',
    system: '政府',
    approved: { 行政编制: 4 },
    leaderPosts: 2,
    actual: { 行政编制: 4 },
  },
];

// 实名制 roster: each person's unit and 编制类型 (empty for 编外人员); generated, so no real names.
function people(unitPath, establishmentType, count, leader = '否') {
  return Array.from({ length: count }, (_, i) => ({ name: `人员${i + 1}`, unitPath, establishmentType, leader }));
}
const roster = [
  ...people(`${CIVIL}/班子成员`, '行政编制', 3, '是'),
  ...people(`${CIVIL}/办公室`, '行政编制', 4),
  ...people(`${CIVIL}/办公室`, '', 2),
  ...people(`${CIVIL}/示例县婚姻登记处`, '工勤编制', 1),
  ...people(CENTER, '参公事业编制', 5),
  ...people(`${FINANCE}/办公室`, '行政编制', 3),
];

const rollup = rollupEstablishment(tree, records, roster, { locale });
console.log(locale === 'en' ? 'Findings' : '核查发现');
for (const issue of rollup.issues) console.log(`  [${issue.severity}] ${issue.message} (${issue.code})`);

function printTable(table) {
  console.log(`\n${table.title}`);
  console.log(`  ${table.columns.map((c) => (c.group ? `${c.group}/${c.label}` : c.label)).join(' | ')}`);
  for (const row of table.rows) {
    const cells = row.cells.map((c) => (c === null ? '—' : String(c))).join(' | ');
    console.log(`  ${'  '.repeat(row.depth)}${row.label}: ${cells}`);
  }
}
printTable(tabulateUnitEstablishment(rollup, CIVIL));
printTable(tabulateByLevelAndSystem(rollup));
printTable(tabulatePublicInstitutions(rollup));

// Reporting upward: 民政局 and 县本级 report apart; the merge equals one pass over everything.
const civilSide = (path) => path.startsWith(CIVIL);
const parts = [
  rollupEstablishment(
    tree,
    records.filter((r) => civilSide(r.unitPath)),
    roster.filter((p) => civilSide(p.unitPath)),
    {
      source: '民政局',
    },
  ),
  rollupEstablishment(
    tree,
    records.filter((r) => !civilSide(r.unitPath)),
    roster.filter((p) => !civilSide(p.unitPath)),
    {
      source: '县本级',
    },
  ),
];
const merged = mergeRollups(parts, { locale });
const total = (r) => r.units.find((u) => u.path === COUNTY).total;
console.log(`\n合并上报: 实有 ${total(merged).actualSum} 人 = 一次汇总 ${total(rollup).actualSum} 人`);
// 县本级 sends 民政局's record again: named, and counted once.
const again = rollupEstablishment(tree, [records[0]], null, { source: '县本级补报' });
const twice = mergeRollups([...parts, again], { locale }).issues.find((i) => i.code === 'reported_twice');
console.log(`重复上报: ${twice.message}`);

// 检查验收: a reproducible 10% sample covering every department, and completeness / error rates.
const sample = sampleForInspection(tree, roster, { ratio: 0.1, seed: '2026-检查验收' });
console.log(`\n抽查 ${sample.items.length}/${roster.length} 人:`);
for (const group of sample.groups) console.log(`  ${group.unitPath}: ${group.sampled}/${group.size}`);
const summary = summarizeInspection(
  records.map((record) => ({
    unitPath: record.unitPath,
    record,
    result: validateEstablishmentRecord(record, { locale }),
  })),
  { requiredFields: ['unitPath', 'level', 'system', 'approved'] },
);
console.log(
  `完整率 ${(summary.total.completeness * 100).toFixed(1)}%，差错率 ${(summary.total.errorRate * 100).toFixed(1)}%`,
);
