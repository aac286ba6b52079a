// Normalises coded form values the way clerks write them, and looks up region codes over time.
// Usage: node examples/lookup-codes.mjs
import { findCode, getCodeTable, lookupRegion, validateCode, validateResidentId } from 'cn-orgdata';

// Values as they appear in filled templates: names, names without 族, old names, codes, full-width digits.
const formValues = [
  ['ethnicity', '汉'],
  ['ethnicity', '崩龙族'],
  ['ethnicity', '０３'],
  ['political-status', '中共党员'],
  ['education', '1'],
  ['education', '大学'],
  ['job-post', '0211'],
  ['sex', '女'],
  ['party-org-category', '联合党支部'],
  ['ethnicity', '火星族'],
];

console.log('表单取值 → 代码');
for (const [table, value] of formValues) {
  const result = validateCode(table, value);
  const tableName = getCodeTable(table)?.name ?? table;
  if (result.ok) console.log(`  ${tableName}「${value}」 → ${result.value.code} ${result.value.name}`);
  else console.log(`  ${tableName}「${value}」 ✗ ${result.issues.map((i) => `${i.message} [${i.code}]`).join('；')}`);
}

console.log('\n行政区划代码随时间变化（GB/T 2260）');
for (const [code, year] of [
  ['120110', 1991],
  ['120110', 1993],
  ['110103', 2005],
  ['110103', undefined],
  ['430671', undefined],
]) {
  const record = lookupRegion(code, year === undefined ? {} : { year });
  const when = year === undefined ? '最新记录' : `${year} 年`;
  if (!record) {
    console.log(`  ${code}（${when}）：无记录`);
    continue;
  }
  const span = `${record.since}–${record.until ?? '至今'}`;
  const flags = record.overlay ? `，${record.overlay === 'statistical' ? '统计用代码' : '居住证地址码'}` : '';
  const next = record.successors.length ? `，后续代码 ${record.successors.map((s) => s.code).join('、')}` : '';
  console.log(`  ${code}（${when}）：${record.names.join(' ')}（${span}${flags}${next}）`);
}

console.log('\n身份证号的地址码按出生年份检查');
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const makeId = (body) => body + '10X98765432'[W.reduce((s, w, i) => s + w * Number(body[i]), 0) % 11];
for (const body of ['11010320050101123', '11010320110101123', '12011019900101123']) {
  const id = makeId(body);
  const r = validateResidentId(id, { asOf: '2026-11-25', lookupRegion });
  const text = r.ok ? `通过，${r.value.regionNames?.join('')}` : r.issues.map((i) => i.message).join('；');
  console.log(`  ${id.slice(0, 6)}，${id.slice(6, 10)} 年出生：${text}`);
}

const table = getCodeTable('ethnicity');
console.log(
  `\n${table?.name}：${table?.standard}，${table?.completeness}；findCode('ethnicity', '毛难族') → ${findCode('ethnicity', '毛难族')?.name}`,
);
