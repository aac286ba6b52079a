// Checks a list of identifiers (CSV: 类型,号码,说明) and prints a table with the reason for every
// rejection. Usage: node examples/check-identifiers.mjs [file.csv] [--en]
// Run from a clone with `npm run demo` (the sample list in examples/data/identifiers.csv).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  maskMobile,
  maskResidentId,
  validateLandline,
  validateMobile,
  validateOrgCode,
  validatePostalCode,
  validateResidentId,
  validateUscc,
} from 'cn-orgdata';

const args = process.argv.slice(2);
const locale = args.includes('--en') ? 'en' : 'zh-CN';
const file = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('./data/identifiers.csv', import.meta.url));

const validators = {
  身份证: (v) => validateResidentId(v, { locale, asOf: '2026-11-25', allowLegacy15: false }),
  统一社会信用代码: (v) => validateUscc(v, { locale }),
  组织机构代码: (v) => validateOrgCode(v, { locale }),
  手机号码: (v) => validateMobile(v, { locale }),
  座机号码: (v) => validateLandline(v, { locale }),
  邮政编码: (v) => validatePostalCode(v, { locale }),
};
// 敏感信息可用不可见: the report never prints a whole ID or mobile number.
const maskers = { 身份证: maskResidentId, 手机号码: maskMobile };

function parseCsv(text) {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
        .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"')),
    )
    .map((cells) => cells.slice(0, 3));
}

// Display width: CJK and full-width characters take two columns.
const width = (s) =>
  [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));

const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
if (header?.[0] !== '类型') {
  console.error(`${file}: 第一行应为表头“类型,号码,说明”`);
  process.exit(2);
}

const table = [];
let accepted = 0;
let rejected = 0;
for (const [index, [type, input = '', note = '']] of rows.entries()) {
  const validate = validators[type];
  const shown = maskers[type] ? maskers[type](input) : input;
  if (!validate) {
    table.push([String(index + 2), type, shown, '✗', note, `未知类型“${type}”`]);
    rejected++;
    continue;
  }
  const result = validate(input);
  if (result.ok) accepted++;
  else rejected++;
  const problems = result.ok ? result.warnings : result.issues;
  const reason = problems.map((i) => `${i.severity === 'warning' ? '⚠ ' : ''}${i.message} [${i.code}]`).join('；');
  table.push([
    String(index + 2),
    type,
    shown,
    result.ok ? '✓' : '✗',
    note,
    reason || (locale === 'en' ? 'ok' : '通过'),
  ]);
}

const headings =
  locale === 'en'
    ? ['row', 'type', 'value (masked)', 'ok', 'note', 'reason']
    : ['行', '类型', '号码（脱敏）', '结果', '说明', '原因'];
const widths = headings.map((h, c) => Math.max(width(h), ...table.map((r) => width(r[c]))));
// The reason goes last, unpadded, so long messages do not widen the table.
const line = (cells) => cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c]))).join('  ');
console.log(line(headings));
for (const r of table) console.log(line(r));
console.log(
  locale === 'en'
    ? `\n${accepted} accepted, ${rejected} rejected`
    : `\n共 ${rows.length} 条：通过 ${accepted} 条，拒绝 ${rejected} 条`,
);
