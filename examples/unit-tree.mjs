// Builds a unit tree from full-path names, counts a roster over it, prints the 单位组织架构及通讯录统计确认表
// and compares it with the table a clerk filled in. Synthetic units and people only.
// Usage: node examples/unit-tree.mjs [--en]
import {
  buildUnitTree,
  confirmationTable,
  countHeadcount,
  headcountOf,
  reconcileConfirmation,
  walkUnits,
} from 'cn-orgdata';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
const COUNTY = '示例县';
const BUREAU = `${COUNTY}/示例县民政局`;

// 单位基本情况表: 部门名称(全路径), 组织类型, 是否虚拟部门 — as typed, with a wrapped cell and a full-width slash.
const { tree, issues: treeIssues } = buildUnitTree(
  [
    { path: COUNTY, kind: '单位' },
    { path: BUREAU, kind: '单位' },
    { path: `${BUREAU}/班子成员`, kind: '部门', virtual: '是' },
    { path: `${BUREAU}/办公室`, kind: '部门' },
    { path: '示例县／示例县民政局／社会事务 股', kind: '部门' },
    { path: `${BUREAU}/示例县社会福利院`, kind: '单位' },
    { path: `${BUREAU}/示例县社会福利院/办公室`, kind: '部门' },
    { path: `${BUREAU}/示例县救助管理站`, kind: '单位' },
    { path: '示例县民政局/示例县殡仪馆', kind: '单位' }, // root omitted: resolved, with a warning
  ],
  { locale },
);

// 单位用户信息表 (only the column that matters here), one typo among them.
const roster = [
  ['张一', `${BUREAU}/班子成员`],
  ['张二', `${BUREAU}/班子成员`],
  ['张三', `${BUREAU}/班子成员`],
  ['李一', `${BUREAU}/办公室`],
  ['李二', `${BUREAU}/办公室`],
  ['王一', `${BUREAU}/社会事务股`],
  ['赵一', BUREAU],
  ['孙一', `${BUREAU}/示例县社会福利院`],
  ['孙二', `${BUREAU}/示例县社会福利院/办公室`],
  ['周一', `${BUREAU}/示例县救助管理站`],
  ['吴一', `${BUREAU}/示例县殡仪馆`],
  ['郑一', `${BUREAU}/示例县救助站`],
].map(([name, unitPath]) => ({ name, unitPath }));

console.log('单位树的问题');
for (const issue of treeIssues) console.log(`  第 ${Number(issue.path[0]) + 1} 行 [${issue.code}] ${issue.message}`);

const count = countHeadcount(tree, roster, { locale });
console.log(`\n人数统计：名册 ${count.rows} 人，计入 ${count.accepted} 人，未能归入单位 ${count.unresolved.length} 人`);
for (const node of walkUnits(tree)) {
  console.log(`  ${'  '.repeat(node.depth)}${node.name}  本级 ${count.own[node.id]}，合计 ${count.total[node.id]}`);
}
for (const person of count.unresolved) {
  console.log(`  ✗ 第 ${person.index + 1} 人（${roster[person.index].name}）：${person.issues[0].message}`);
}
console.log(`  headcountOf(民政局) → ${JSON.stringify(headcountOf(count, BUREAU))}`);

const result = confirmationTable(tree, count, BUREAU, { locale });
if (!result.ok) throw new Error(result.issues[0].message);
const table = result.value;
console.log(`\n${table.title}（${table.unit}）`);
for (const block of [table.departments, table.subunits]) {
  console.log(`  ${block.title.padEnd(12, '　')}${block.countLabel}`);
  for (const row of block.rows) console.log(`  ${row.name.padEnd(12, '　')}${row.count}`);
  console.log(`  ${'人数汇总'.padEnd(12, '　')}${block.total}`);
}
console.log(`  ${'合计'.padEnd(12, '　')}${table.total}（名册中另有 ${table.unresolved} 人未能归入任何单位）`);

// The table the clerk filled in and sent back, read from the sheet.
const declared = {
  unit: '示例县民政局',
  departments: {
    rows: [
      { name: '班子成员', count: 3 },
      { name: '办公室', count: '2人' },
      { name: '社会事务股', count: 1 },
    ],
    total: 6,
  },
  subunits: {
    rows: [
      { name: '示例县社会福利院', count: 2 },
      { name: '示例县救助管理站', count: 2 },
      { name: '示例县殡仪馆', count: 1 },
    ],
    total: 5,
  },
  total: 11,
};
const reconciled = reconcileConfirmation(declared, table, { locale });
console.log(`\n填报与名册比对：${reconciled.ok ? '一致' : `${reconciled.issues.length} 处差异`}`);
for (const issue of reconciled.issues) console.log(`  [${issue.code}] ${issue.path.join('.')}: ${issue.message}`);
