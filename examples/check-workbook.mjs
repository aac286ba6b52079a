// Checks filled-in forms (.xlsx) before they are uploaded, as a 单位管理员 would: every bad cell with its row,
// column and reason; the unit tree with headcounts; the 统计确认表 computed from the roster, compared with the
// one the unit declared; and a report workbook to fix the files from, written to a temporary folder.
//
//   node examples/check-workbook.mjs                       the bundled samples (examples/data/*.xlsx)
//   node examples/check-workbook.mjs 文件.xlsx [--template unit-users]   your own file
//
// Needs the SheetJS package next to cn-orgdata: npm install xlsx (or pass a patched build to the functions).
// The samples are synthetic (scripts/make-sample-workbooks.mjs), each with deliberate mistakes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildUnitTree,
  confirmationTable,
  countHeadcount,
  reconcileConfirmation,
  rollupEstablishment,
  tabulateUnitEstablishment,
  walkUnits,
} from 'cn-orgdata';
import {
  getTemplate,
  locateIssues,
  readWorkbook,
  TEMPLATE_IDS,
  writeConfirmationTable,
  writeReport,
  writeStatisticsTable,
} from 'cn-orgdata/sheets';

const xlsxModule = await import('xlsx').catch(() => {
  console.error('需要 SheetJS：请先运行 npm install xlsx');
  process.exit(2);
});
const XLSX = typeof xlsxModule.read === 'function' ? xlsxModule : xlsxModule.default;

const ASOF = '2026-11-25'; // "today" for the date rules, fixed so that the output does not change
const outDir = mkdtempSync(join(tmpdir(), 'cn-orgdata-report-'));
const written = [];

// --- printing ----------------------------------------------------------------------------------------
/** Display width: CJK characters take two columns in a terminal. */
const widthOf = (text) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - widthOf(text)));
const oneLine = (text = '') => String(text).replace(/\s+/g, '');

function printIssues(issues) {
  for (const issue of issues) {
    const cell = `${issue.column ?? ''}${issue.row ?? ''}`;
    const severity = issue.severity === 'error' ? '错误' : '警告';
    console.log(
      `  ${pad(cell, 5)} ${pad(oneLine(issue.header), 16)} ${pad(issue.cellText ?? '', 22)} ${severity}  ${issue.message}`,
    );
  }
}

async function read(file, templateId) {
  const bytes = readFileSync(file);
  const result = await readWorkbook(bytes, templateId, { xlsx: XLSX, asOf: ASOF });
  const { stats } = result;
  console.log(`\n━━ ${basename(file)}：${getTemplate(templateId).title}（${templateId}）`);
  if (stats.sheet) {
    console.log(
      `  工作表“${stats.sheet}”，表头在第 ${stats.headerRow} 行；数据 ${stats.rows} 行：通过 ${stats.accepted}，未通过 ${stats.rejected}，空行 ${stats.blank}`,
    );
  }
  printIssues(result.issues);
  return result;
}

/** Writes the report workbook of a read (with the issues found over its records) and remembers its path. */
function report(file, result, extra = []) {
  const path = join(outDir, `${basename(file, '.xlsx')}-检查报告.xlsx`);
  writeFileSync(path, writeReport(result, { xlsx: XLSX, issues: extra, title: `${basename(file)} 检查报告` }));
  written.push(path);
}

/** Which template a file is: the one whose header matches the most columns, then reads the most rows. */
async function guessTemplate(bytes) {
  let best;
  for (const id of TEMPLATE_IDS) {
    const { issues, stats } = await readWorkbook(bytes, id, { xlsx: XLSX, asOf: ASOF });
    if (
      issues.some(
        (i) => ['wrong_template', 'missing_column'].includes(i.code) || (i.row === undefined && i.severity === 'error'),
      )
    )
      continue;
    const score = Object.keys(stats.columns ?? {}).length * 1e6 + stats.accepted * 2 + stats.rejected;
    if (!best || score > best.score) best = { id, score };
  }
  return best?.id;
}

function printTree(tree, headcount) {
  console.log('\n━━ 组织架构与人数（本级 / 含下级）');
  for (const node of walkUnits(tree)) {
    const label = `${'  '.repeat(node.depth)}${node.name}${node.kind === 'department' ? '' : '〔单位〕'}${node.virtual ? '（虚拟）' : ''}`;
    console.log(
      `  ${pad(label, 44)} ${String(headcount.own[node.id]).padStart(3)} / ${String(headcount.total[node.id]).padStart(3)}`,
    );
  }
  if (headcount.unresolved.length > 0)
    console.log(`  另有 ${headcount.unresolved.length} 人的部门名称未能对应到组织架构（见上方报告）。`);
}

function printConfirmation(table) {
  console.log(`\n━━ ${table.title}（${table.variant === 'township' ? '乡镇（街道）' : '区直单位'}）：${table.unit}`);
  for (const section of [table.departments, table.subunits]) {
    console.log(`  ${pad(`${section.title}名称`, 30)} ${section.countLabel}`);
    for (const row of section.rows) console.log(`    ${pad(row.name, 28)} ${String(row.count).padStart(4)}`);
    console.log(`    ${pad('人数汇总', 28)} ${String(section.total).padStart(4)}`);
  }
  console.log(`  ${pad('合计', 30)} ${String(table.total).padStart(4)}`);
  if (table.unresolved > 0) console.log(`  注意：名册中有 ${table.unresolved} 人未能对应到组织架构，本表尚不完整。`);
}

// --- the bundled samples: a county's forms checked together -----------------------------------------
async function samples() {
  const data = (name) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

  // 单位基本情况表 → the unit tree (duplicates and missing parents are the tree's issues, placed at their cells).
  const unitFile = data('unit-info.xlsx');
  const units = await read(unitFile, 'unit-info');
  const built = buildUnitTree(units.records.map((r) => r.value));
  const treeIssues = locateIssues(built.issues, units);
  printIssues(treeIssues);
  report(unitFile, units, treeIssues);

  // 单位用户信息表 → headcounts; people whose unit path is not in the tree are reported at their cells.
  const userFile = data('unit-users.xlsx');
  const users = await read(userFile, 'unit-users');
  const people = users.records.map((r) => r.value);
  const headcount = countHeadcount(built.tree, people);
  const pathIssues = locateIssues(
    [
      ...headcount.unresolved.flatMap((u) => u.issues),
      ...headcount.warnings.flatMap((w) => w.issues.map((i) => ({ ...i, path: [w.firstIndex, 'unitPath'] }))),
    ],
    users,
  );
  printIssues(pathIssues);
  report(userFile, users, pathIssues);
  printTree(built.tree, headcount);
  console.log(`  名册中未通过检查的 ${users.stats.rejected} 行未计入人数。`);

  // 统计确认表: computed from the roster, compared with the one the unit filled in.
  const computed = confirmationTable(built.tree, headcount, '示例县/示例县民政局');
  if (computed.ok) {
    printConfirmation(computed.value);
    const formPath = join(outDir, '统计确认表-示例县民政局（按名册）.xlsx');
    writeFileSync(formPath, writeConfirmationTable(computed.value, { xlsx: XLSX }));
    written.push(formPath);
  }
  const declaredFile = data('confirmation-county.xlsx');
  const declared = await read(declaredFile, 'confirmation-county');
  let differences = [];
  if (computed.ok && declared.records[0]) {
    const result = reconcileConfirmation(declared.records[0].value, computed.value);
    differences = locateIssues(result.issues, declared);
    console.log('  填报与名册比对：');
    printIssues(differences);
  }
  report(declaredFile, declared, differences);

  // 党员 and 党组织 forms.
  for (const [file, id] of [
    ['party-members.xlsx', 'party-member-summary'],
    ['party-orgs.xlsx', 'party-org-summary'],
  ]) {
    report(data(file), await read(data(file), id));
  }

  // 机构编制: records rolled up the same tree, one unit's table written as its form.
  const estFile = data('establishment.xlsx');
  const est = await read(estFile, 'establishment');
  const rollup = rollupEstablishment(
    built.tree,
    est.records.map((r) => r.value),
  );
  // Rollup paths are ['records', i, …] or [unitPath]: both point to a record of the read.
  const recordOf = (path) => est.records.findIndex((r) => r.value.unitPath === path);
  const rollupIssues = locateIssues(
    rollup.issues.map((i) => ({
      ...i,
      path: i.path[0] === 'records' ? i.path.slice(1) : [recordOf(i.path[0]), 'unitPath'],
    })),
    est,
  );
  printIssues(rollupIssues);
  report(estFile, est, rollupIssues);
  const table = tabulateUnitEstablishment(rollup, '示例县/示例县民政局');
  if (table) {
    const tablePath = join(outDir, '机构编制情况-示例县民政局.xlsx');
    writeFileSync(tablePath, writeStatisticsTable(table, { xlsx: XLSX }));
    written.push(tablePath);
  }
}

// --- a user's file -------------------------------------------------------------------------------------
async function userFile(file, wanted) {
  const id = wanted ?? (await guessTemplate(readFileSync(file)));
  if (!id || !TEMPLATE_IDS.includes(id)) {
    console.error(`无法判断“${basename(file)}”是哪张表；请用 --template 指定：${TEMPLATE_IDS.join(', ')}`);
    return 2;
  }
  const result = await read(file, id);
  let extra = [];
  if (id === 'unit-info') {
    const built = buildUnitTree(result.records.map((r) => r.value));
    extra = locateIssues(built.issues, result);
    printIssues(extra);
    printTree(built.tree, countHeadcount(built.tree, []));
  }
  report(file, result, extra);
  return [...result.issues, ...extra].some((i) => i.severity === 'error') ? 1 : 0;
}

const args = process.argv.slice(2);
const at = args.indexOf('--template');
const template = at >= 0 ? args[at + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
let status = 0;
if (file) status = await userFile(file, template);
else await samples();
if (written.length > 0) console.log(`\n报告已写入 ${outDir}：`);
for (const path of written) console.log(`  ${path}`);
process.exitCode = status;
