// Checks a filled 单位用户信息表 before upload: every bad cell with its row, field and reason, then the
// roster-wide checks (the same ID number twice, one mobile number for two people), then the roster masked
// for sharing (敏感信息可用不可见). The people are synthetic. Usage: node examples/check-roster.mjs [--en]
import { checkRoster, maskPerson, validatePerson } from 'cn-orgdata';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
const asOf = '2026-11-25';

// Rows as a clerk fills them (row 1 is the title, row 2 the header): 序号, 姓名, 性别, 部门名称(全路径), 职务,
// 证件类型, 证件号码, 座机号码, 手机号码.
const sheet = [
  [
    1,
    '张　三',
    '男',
    '示例县/示例县民政局/办公室',
    '主任',
    '身份证',
    '430602198503151233',
    '0730-1234567',
    '13812345678',
  ],
  [2, '李四', '女', '示例县 ／ 示例县民政局／办公室', '', '居民身份证', '430602199007082042', '', '139 1234 5678'],
  [3, '王五', '女', '示例县/示例县财政局', '科员', '身份证', '43061119781122351x', '', '13712345678'],
  [4, '赵六', '女', '示例县/示例县财政局', '', '身份证', 'E12345678', '', '13612345678'],
  [5, '钱七', '女', '示例县/示例县财政局', '', '护照', 'EA1234567', '', '+86 138 1234 5678'],
  [6, '李四', '女', '示例县/示例县财政局', '副局长', '', '430602199007082042', '', '13912345678'],
  [7, '孙八', '女', '示例县/示例县教育局', '', '身份证', '430621199302140021', '0730-123456', '1381234567'],
];
const FIELDS = ['sequence', 'name', 'sex', 'unitPath', 'post', 'idType', 'idNumber', 'landline', 'mobile'];
const FIRST_ROW = 3;

const persons = [];
let bad = 0;
console.log(locale === 'en' ? 'Rows' : '逐行检查');
sheet.forEach((cells, index) => {
  const row = FIRST_ROW + index;
  const record = Object.fromEntries(FIELDS.map((field, i) => [field, cells[i]]));
  const result = validatePerson(record, { asOf, locale });
  const found = result.ok ? result.warnings : result.issues;
  if (result.ok) persons.push({ ...result.value, row });
  else bad++;
  const mark = result.ok ? (found.length ? '!' : '✓') : '✗';
  console.log(`  ${mark} ${locale === 'en' ? 'row' : '第'} ${row}${locale === 'en' ? '' : ' 行'} ${cells[1]}`);
  for (const issue of found) console.log(`      ${issue.path.join('.')}: ${issue.message} [${issue.code}]`);
});

console.log(locale === 'en' ? '\nRoster-wide checks' : '\n全表检查');
const report = checkRoster(persons, { locale });
for (const issue of report.issues) {
  console.log(`  ${issue.severity === 'error' ? '✗' : '!'} ${issue.message} [${issue.code}]`);
}
if (report.issues.length === 0) console.log('  ✓');

console.log(locale === 'en' ? '\nValid rows, masked for sharing' : '\n通过的记录（脱敏后可外发）');
for (const person of persons) {
  const masked = maskPerson(person);
  console.log(
    `  ${masked.row}\t${masked.name}\t${masked.unitPath}\t${masked.idType}\t${masked.idNumber}\t${masked.mobile}\t${masked.landline ?? ''}`,
  );
}
console.log(
  locale === 'en'
    ? `\n${sheet.length} rows: ${sheet.length - bad} valid, ${bad} rejected; roster check ${report.ok ? 'passed' : 'failed'}`
    : `\n共 ${sheet.length} 行：通过 ${sheet.length - bad} 行，退回 ${bad} 行；全表检查${report.ok ? '通过' : '未通过'}`,
);
