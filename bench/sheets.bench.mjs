// readWorkbook on a generated 100k-row 单位基本情况表 against raw SheetJS (dense read + sheet_to_json header: 1) on
// the same bytes, and writeTemplate of those rows. Each measurement runs in its own child process so that peak
// memory (maxRSS) is its own. Run with `npm run bench` (builds first); no assertion: machines are noisy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbook, writeTemplate } from 'cn-orgdata/sheets';
import * as XLSX from 'xlsx';

const ROWS = Number(process.env.BENCH_SHEET_ROWS ?? 100_000);
const mode = process.argv[2];

function records() {
  const out = [];
  for (let i = 0; i < ROWS; i++) {
    const office = `示例县/示例县局${i % 500}/科室${i}`;
    out.push(
      i % 10 === 0
        ? {
            path: office,
            virtual: false,
            kind: 'unit',
            uscc: '91350100M000100Y43',
            sync: true,
            leaderPhone: '0730-1234567',
          }
        : { path: office, virtual: i % 7 === 0, kind: 'department', leaderPhone: `138${String(i).padStart(8, '0')}` },
    );
  }
  return out;
}

async function child(file) {
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  let rows;
  if (mode === 'raw') {
    const wb = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false });
    rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 }).length;
  } else if (mode === 'read') {
    const result = await readWorkbook(bytes, 'unit-info', { xlsx: XLSX });
    rows = `${result.stats.accepted} accepted, ${result.stats.rejected} rejected, ${result.issues.length} issues`;
  } else {
    rows = writeTemplate('unit-info', { xlsx: XLSX, records: records(), inputRows: 0 }).length;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-bench-'));
  try {
    let t = performance.now();
    const bytes = writeTemplate('unit-info', { xlsx: XLSX, records: records(), inputRows: 0 });
    console.log(
      `generated ${ROWS} rows: ${(bytes.length / 1e6).toFixed(1)} MB in ${(performance.now() - t).toFixed(0)} ms`,
    );
    const file = join(dir, 'unit-info.xlsx');
    writeFileSync(file, bytes);
    const self = fileURLToPath(import.meta.url);
    const run = (m) =>
      JSON.parse(execFileSync(process.execPath, [self, m, file], { encoding: 'utf8' }).trim().split('\n').at(-1));
    const results = {};
    for (const m of ['raw', 'read', 'write']) {
      const runs = [run(m), run(m), run(m)].sort((a, b) => a.ms - b.ms);
      results[m] = runs[1]; // median of 3
      console.log(
        `${m.padEnd(5)} ${runs[1].ms.toFixed(0).padStart(6)} ms  peak ${runs[1].maxRssMb.toFixed(0)} MB  (${runs[1].rows})`,
      );
    }
    t = results.read.ms / results.raw.ms;
    const m = results.read.maxRssMb / results.raw.maxRssMb;
    console.log(
      `readWorkbook / raw SheetJS: time ×${t.toFixed(2)} (target ≤ 1.3), peak memory ×${m.toFixed(2)} (target ≤ 1.5)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (mode) await child(process.argv[3]);
else await main();
