// readWorkbook (read + validate) of a generated 100k-row 单位用户信息表 against raw SheetJS on the same bytes
// (dense `read` + `sheet_to_json(header: 1)`), and writeTemplate of those rows. Each measurement runs in its own
// child process, so that its peak memory (maxRSS) is its own; the median of 3 runs is shown. Targets: read +
// validate ≤ 1.3× the raw time and ≤ 1.5× its peak memory. Run with `npm run bench` (builds first); no
// assertion: machines are noisy. BENCH_SHEET_ROWS changes the row count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbook, writeTemplate } from 'cn-orgdata/sheets';
import * as XLSX from 'xlsx';

const ROWS = Number(process.env.BENCH_SHEET_ROWS ?? 100_000);
const mode = process.argv[2];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A synthetic resident ID with its GB 11643 check digit. */
function residentId(region, ymd, order) {
  const body = region + ymd + String(order).padStart(3, '0');
  const s = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  const v = (12 - (s % 11)) % 11;
  return body + (v === 10 ? 'X' : String(v));
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = ['晓明', '丽华', '建国', '秀英', '志强', '海燕', '文杰', '雪梅'];

/** 100k distinct synthetic people over 500 units × 4 departments, with text IDs, landlines and mobiles. */
function people() {
  const out = [];
  for (let i = 0; i < ROWS; i++) {
    const female = i % 2 === 1;
    const day = i % 3650; // ten years of birth dates, then the order code tells people apart
    const birth = new Date(Date.UTC(1970, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const order = 2 * Math.floor(i / 3650) + (female ? 0 : 1);
    out.push({
      sequence: i + 1,
      name: SURNAMES[i % SURNAMES.length] + GIVEN[(i >> 3) % GIVEN.length],
      sex: female ? '2' : '1',
      unitPath: `示例县/示例县局${i % 500}/科室${(i >> 9) % 4}`,
      post: '科员',
      idType: 'resident-id',
      idNumber: residentId('430602', birth, order),
      landline: `0730-8${String(i % 1_000_000).padStart(6, '0')}`,
      mobile: `138${String(i).padStart(8, '0')}`,
    });
  }
  return out;
}

async function child(file) {
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  let rows;
  if (mode === 'raw') {
    const wb = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false });
    rows = `${XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 }).length} arrays`;
  } else if (mode === 'read') {
    const result = await readWorkbook(bytes, 'unit-users', { xlsx: XLSX, asOf: '2026-11-25' });
    rows = `${result.stats.accepted} accepted, ${result.stats.rejected} rejected, ${result.issues.length} issues`;
  } else {
    const list = people(); // built before the clock: the write alone is measured
    const t = performance.now();
    rows = `${writeTemplate('unit-users', { xlsx: XLSX, records: list, inputRows: 0 }).length} bytes`;
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
    return;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-bench-'));
  try {
    const t = performance.now();
    const bytes = writeTemplate('unit-users', { xlsx: XLSX, records: people(), inputRows: 0 });
    console.log(
      `generated ${ROWS} rows of 单位用户信息表: ${(bytes.length / 1e6).toFixed(1)} MB in ${(performance.now() - t).toFixed(0)} ms`,
    );
    const file = join(dir, 'unit-users.xlsx');
    writeFileSync(file, bytes);
    const self = fileURLToPath(import.meta.url);
    const run = (m) =>
      JSON.parse(execFileSync(process.execPath, [self, m, file], { encoding: 'utf8' }).trim().split('\n').at(-1));
    const results = {};
    for (const m of ['raw', 'read', 'write']) {
      const runs = [run(m), run(m), run(m)].sort((a, b) => a.ms - b.ms);
      results[m] = runs[1];
      const label = {
        raw: 'SheetJS read + sheet_to_json',
        read: 'readWorkbook (read + validate)',
        write: 'writeTemplate',
      }[m];
      console.log(
        `${label.padEnd(31)} ${runs[1].ms.toFixed(0).padStart(6)} ms  peak ${runs[1].maxRssMb.toFixed(0).padStart(5)} MB  (${runs[1].rows})`,
      );
    }
    const time = results.read.ms / results.raw.ms;
    const memory = results.read.maxRssMb / results.raw.maxRssMb;
    console.log(
      `readWorkbook / raw SheetJS: time ×${time.toFixed(2)} (target ≤ 1.3), peak memory ×${memory.toFixed(2)} (target ≤ 1.5)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (mode) await child(process.argv[3]);
else await main();
