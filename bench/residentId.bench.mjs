// isValidResidentId against id-validator and validator.js on the same 1M mixed valid/invalid numbers.
// Run with `npm run bench` (builds first). Prints ops/s and the ratios; no assertion: machines are noisy.
import { createRequire } from 'node:module';
import { isValidResidentId } from 'cn-orgdata';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const IDValidator = require('id-validator');
const GB2260 = require('id-validator/GB2260.min.js');
const validator = require('validator');

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);

// Deterministic synthetic inputs (mulberry32).
let seed = 20261125;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const check = (body) => {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * WEIGHTS[i];
  return '10X98765432'[s % 11];
};
const REGIONS = ['110105', '310104', '430102', '430602', '440305', '510104', '650102', '120110', '330106', '420102'];
const pad = (n, w) => String(n).padStart(w, '0');
function makeInput() {
  const region = REGIONS[Math.floor(random() * REGIONS.length)];
  const date = `${1940 + Math.floor(random() * 80)}${pad(1 + Math.floor(random() * 12), 2)}${pad(1 + Math.floor(random() * 28), 2)}`;
  const body = region + date + pad(Math.floor(random() * 1000), 3);
  const valid = body + check(body);
  const r = random();
  if (r < 0.5) return valid;
  if (r < 0.7) return body + (check(body) === '1' ? '2' : '1'); // wrong check character
  if (r < 0.8)
    return `${region}${date.slice(0, 4)}0230${body.slice(14)}${check(`${region}${date.slice(0, 4)}0230${body.slice(14)}`)}`; // Feb 30
  if (r < 0.9) return valid.slice(0, 17); // wrong length
  return `99${valid.slice(2, 17)}${check(`99${valid.slice(2, 17)}`)}`; // unknown province
}
const inputs = Array.from({ length: COUNT }, makeInput);

// Agreement first: how often each peer says something different from us.
const ours = inputs.map((x) => isValidResidentId(x));
const peers = {
  'id-validator (GB2260)': (x, v) => v.isValid(x),
  'validator.isIdentityCard(zh-CN)': (x) => validator.isIdentityCard(x, 'zh-CN'),
};
for (const [name, fn] of Object.entries(peers)) {
  const v = new IDValidator(GB2260);
  let differ = 0;
  for (let i = 0; i < 100_000; i++) if (fn(inputs[i], v) !== ours[i]) differ++;
  console.log(`${name}: disagrees with cn-orgdata on ${differ} of 100000 inputs`);
}

let sink = 0;
const bench = new Bench({ iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 });
let idValidator;
bench
  .add('cn-orgdata isValidResidentId', () => {
    for (let i = 0; i < COUNT; i++) if (isValidResidentId(inputs[i])) sink++;
  })
  .add(
    'id-validator isValid (fresh instance per round)',
    () => {
      for (let i = 0; i < COUNT; i++) if (idValidator.isValid(inputs[i])) sink++;
    },
    {
      beforeEach() {
        // it caches every answer it gives: a fresh instance per round measures work, not the cache
        idValidator = new IDValidator(GB2260);
      },
    },
  )
  .add("validator.js isIdentityCard(x, 'zh-CN')", () => {
    for (let i = 0; i < COUNT; i++) if (validator.isIdentityCard(inputs[i], 'zh-CN')) sink++;
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const mean = task.result.latency?.mean ?? task.result.mean;
  return { name: task.name, opsPerSecond: (COUNT / mean) * 1000 };
});
const base = rows[0].opsPerSecond;
console.log(`\n${COUNT} inputs per round, ${bench.opts?.iterations ?? 5} rounds\n`);
for (const row of rows) {
  const ratio = base / row.opsPerSecond;
  console.log(
    `${row.name.padEnd(50)} ${Math.round(row.opsPerSecond).toLocaleString('en-US').padStart(14)} ops/s   cn-orgdata is ${ratio.toFixed(2)}×`,
  );
}
if (sink < 0) console.log(sink);
