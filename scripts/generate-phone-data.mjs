#!/usr/bin/env node
// Derives the phone tables from the installed libphonenumber-js (Google libphonenumber metadata, Apache-2.0):
//   1. probe:       libphonenumber-js → codes/landline-area-codes/areaCodes.tsv, codes/mobile-prefixes/mobilePrefixes.tsv
//                   (+ SOURCE.md each)
//   2. from codes:  codes/ → src/codes/generated/landlineAreaCodes.ts, src/codes/generated/mobilePrefixes.ts
//
//   node scripts/generate-phone-data.mjs               # both steps
//   node scripts/generate-phone-data.mjs --from-codes  # step 2 only (codes/ is the hand-editable source)
//
// Tests import the exported functions: the staleness test runs step 2 in memory, the source test runs the probe.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const AREA_CODES_FILE = 'codes/landline-area-codes/areaCodes.tsv';
export const MOBILE_PREFIXES_FILE = 'codes/mobile-prefixes/mobilePrefixes.tsv';
export const LANDLINE_MODULE = 'src/codes/generated/landlineAreaCodes.ts';
export const MOBILE_MODULE = 'src/codes/generated/mobilePrefixes.ts';

const AREA_CODES_HEADER = 'area_code\tlocal_number_lengths';
const MOBILE_PREFIXES_HEADER = 'prefix';

// Probe samples. Local numbers start with 2–8 in every plan; 0, 1 and 9 lead to service numbers (100xx, 95xxx),
// which libphonenumber allows only under some area codes, so they say nothing about the subscriber length.
const LOCAL_LEADING_DIGITS = ['2', '3', '4', '5', '6', '7', '8'];
const LOCAL_SUFFIXES = ['2345678', '8765432', '5055505', '1928374'];
const MOBILE_SUFFIXES = ['000000', '123456', '987654', '555555', '909090'];
// Libphonenumber's CN mobile pattern decides on at most the first 5 digits; deeper differences make the probe fail.
const MOBILE_PROBE_DEPTH = 5;

/** The installed libphonenumber-js version (the source edition of both tables). */
export function libphonenumberVersion(root = ROOT) {
  const require = createRequire(join(root, 'package.json'));
  return require('libphonenumber-js/package.json').version;
}

/** Every area code shape a mainland number can have, without the trunk 0: 10, 20–29, 300–999. */
function candidateAreaCodes() {
  const codes = ['10'];
  for (let i = 20; i <= 29; i++) codes.push(String(i));
  for (let i = 300; i <= 999; i++) codes.push(String(i));
  return codes;
}

/**
 * Asks libphonenumber which local-number lengths (7, 8) each area code takes.
 * @returns {Promise<Array<{ areaCode: string, lengths: number[] }>>} area codes with the trunk 0, e.g. '0730'
 */
export async function probeAreaCodes() {
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
  const isFixedLine = (national) => {
    const phone = parsePhoneNumberFromString(national, 'CN');
    const type = phone?.isValid() ? phone.getType() : undefined;
    return type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE';
  };
  const rows = [];
  for (const code of candidateAreaCodes()) {
    const lengths = [];
    for (const length of [7, 8]) {
      let valid = 0;
      let total = 0;
      for (const lead of LOCAL_LEADING_DIGITS) {
        for (const suffix of LOCAL_SUFFIXES) {
          total++;
          if (isFixedLine(`0${code}${(lead + suffix).slice(0, length)}`)) valid++;
        }
      }
      // A majority, not all: libphonenumber carves a few service blocks (e.g. 010-8000…) out of ordinary ranges.
      if (valid * 2 > total) lengths.push(length);
    }
    if (lengths.length > 0) rows.push({ areaCode: `0${code}`, lengths });
  }
  return rows;
}

/**
 * Asks libphonenumber which number prefixes are allocated to mobile networks, as the shortest prefixes whose
 * every continuation is a mobile number (3 digits such as '138', longer where the data distinguishes: '1740').
 * @returns {Promise<string[]>}
 */
export async function probeMobilePrefixes() {
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
  const isMobile = (number) => {
    const phone = parsePhoneNumberFromString(number, 'CN');
    const type = phone?.isValid() ? phone.getType() : undefined;
    return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
  };
  // 'full' when every number under the prefix is mobile, 'none' when none is, else the covering sub-prefixes.
  const probe = (prefix) => {
    if (prefix.length === MOBILE_PROBE_DEPTH) {
      const hits = MOBILE_SUFFIXES.filter((s) => isMobile((prefix + s).slice(0, 11))).length;
      if (hits === MOBILE_SUFFIXES.length) return 'full';
      if (hits === 0) return 'none';
      throw new Error(
        `libphonenumber distinguishes mobile prefixes deeper than ${MOBILE_PROBE_DEPTH} digits under ${prefix}`,
      );
    }
    const children = [];
    for (let d = 0; d <= 9; d++) children.push([prefix + d, probe(prefix + d)]);
    if (children.every(([, r]) => r === 'full')) return 'full';
    if (children.every(([, r]) => r === 'none')) return 'none';
    return children.flatMap(([p, r]) => (r === 'full' ? [p] : r === 'none' ? [] : r));
  };
  const prefixes = [];
  for (let i = 100; i <= 199; i++) {
    const r = probe(String(i));
    if (r === 'full') prefixes.push(String(i));
    else if (r !== 'none') prefixes.push(...r);
  }
  return prefixes;
}

const byCode = (a, b) => a.length - b.length || a.localeCompare(b);

/** codes/ text of the area-code table (TSV, one area code a line, sorted). */
export function formatAreaCodesTsv(rows) {
  const lines = [...rows]
    .sort((a, b) => byCode(a.areaCode, b.areaCode))
    .map((r) => `${r.areaCode}\t${r.lengths.join(',')}`);
  return `${AREA_CODES_HEADER}\n${lines.join('\n')}\n`;
}

/** codes/ text of the mobile-prefix table (one prefix a line, sorted). */
export function formatMobilePrefixesTsv(prefixes) {
  return `${MOBILE_PREFIXES_HEADER}\n${[...prefixes].sort(byCode).join('\n')}\n`;
}

function dataLines(text, header, file) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines[0] !== header) throw new Error(`${file}: the first line must be "${header}"`);
  return lines.slice(1);
}

/** Reads codes/landline-area-codes/areaCodes.tsv, checking every row. */
export function parseAreaCodesTsv(text) {
  return dataLines(text, AREA_CODES_HEADER, AREA_CODES_FILE).map((line, i) => {
    const [areaCode = '', lengths = ''] = line.split('\t');
    if (!/^0(?:10|2\d|[3-9]\d\d)$/.test(areaCode) || !/^(?:7|8|7,8)$/.test(lengths)) {
      throw new Error(`${AREA_CODES_FILE} line ${i + 2}: bad row "${line}"`);
    }
    return { areaCode, lengths: lengths.split(',').map(Number) };
  });
}

/** Reads codes/mobile-prefixes/mobilePrefixes.tsv, checking every row. */
export function parseMobilePrefixesTsv(text) {
  return dataLines(text, MOBILE_PREFIXES_HEADER, MOBILE_PREFIXES_FILE).map((line, i) => {
    if (!/^1[3-9]\d{1,3}$/.test(line)) throw new Error(`${MOBILE_PREFIXES_FILE} line ${i + 2}: bad prefix "${line}"`);
    return line;
  });
}

/** Codes as space-separated items, runs of consecutive same-length codes written `first-last`. */
function compressCodes(codes) {
  const sorted = [...codes].sort(byCode);
  const items = [];
  let start = null;
  let prev = null;
  const flush = () => {
    if (start !== null) items.push(start === prev ? start : `${start}-${prev}`);
  };
  for (const code of sorted) {
    if (prev !== null && code.length === prev.length && Number(code) === Number(prev) + 1) {
      prev = code;
      continue;
    }
    flush();
    start = code;
    prev = code;
  }
  flush();
  return items.join(' ');
}

function header(source) {
  return `// Generated by scripts/generate-phone-data.mjs from ${source}; do not edit.\n`;
}

/** src/codes/generated/landlineAreaCodes.ts from the rows of codes/landline-area-codes/areaCodes.tsv. */
export function renderLandlineModule(rows) {
  const groups = new Map();
  for (const { areaCode, lengths } of rows) {
    const key = lengths.join('');
    groups.set(key, [...(groups.get(key) ?? []), areaCode.slice(1)]);
  }
  const data = [...groups.keys()]
    .sort()
    .map((key) => `${key}:${compressCodes(groups.get(key))}`)
    .join(';');
  return `${header(AREA_CODES_FILE)}
/**
 * Mainland China area codes (区号, without the trunk 0) and the lengths of their local numbers, from Google
 * libphonenumber's metadata (Apache-2.0). Format: \`lengths:codes\` groups joined by \`;\`, where lengths is
 * \`7\`, \`8\` or \`78\` and codes are space-separated, runs written \`first-last\`. Parsed lazily on first use.
 */
export const LANDLINE_AREA_CODES = '${data}';
`;
}

/** src/codes/generated/mobilePrefixes.ts from the prefixes of codes/mobile-prefixes/mobilePrefixes.tsv. */
export function renderMobileModule(prefixes) {
  return `${header(MOBILE_PREFIXES_FILE)}
/**
 * Number prefixes (号段) allocated to mainland China mobile networks, from Google libphonenumber's metadata
 * (Apache-2.0): space-separated, runs of consecutive same-length prefixes written \`first-last\`. A number is
 * in the table when it starts with one of them. Parsed lazily on first use.
 */
export const MOBILE_PREFIXES = '${compressCodes(prefixes)}';
`;
}

/** Step 2 in memory: the generated modules (path → text) from the codes/ files under root. */
export function generateFromCodes(root = ROOT) {
  const areaCodes = parseAreaCodesTsv(readFileSync(join(root, AREA_CODES_FILE), 'utf8'));
  const prefixes = parseMobilePrefixesTsv(readFileSync(join(root, MOBILE_PREFIXES_FILE), 'utf8'));
  return {
    [LANDLINE_MODULE]: renderLandlineModule(areaCodes),
    [MOBILE_MODULE]: renderMobileModule(prefixes),
  };
}

/** Step 1 in memory: the codes/ data files (path → text) from the installed libphonenumber-js. */
export async function probeCodes() {
  const [areaCodes, prefixes] = await Promise.all([probeAreaCodes(), probeMobilePrefixes()]);
  return {
    [AREA_CODES_FILE]: formatAreaCodesTsv(areaCodes),
    [MOBILE_PREFIXES_FILE]: formatMobilePrefixesTsv(prefixes),
  };
}

function sourceMd({ id, name, nameEn, title, file, what, completeness, notes, version, date, count }) {
  return `---
id: ${id}
name: ${name}
nameEn: ${nameEn}
standard: Google libphonenumber metadata (region CN), via libphonenumber-js ${version}
edition: libphonenumber-js ${version}
completeness: ${completeness}
source: libphonenumber-js ${version} (https://gitlab.com/catamphetamine/libphonenumber-js), which ships Google libphonenumber's PhoneNumberMetadata.xml (https://github.com/google/libphonenumber)
licence: Apache-2.0 (Google libphonenumber metadata; libphonenumber-js itself is MIT). Facts derived from it, redistributed with attribution.
---

# ${title}

- Data: \`${file.split('/').pop()}\` — ${what}
- Derived by probing \`libphonenumber-js/max\` with synthetic numbers (see \`scripts/generate-phone-data.mjs\`);
  generated ${date}, ${count} rows.
- Completeness: ${completeness}. ${notes}
- Regenerate with \`node scripts/generate-phone-data.mjs\` after upgrading libphonenumber-js; edit by hand only for
  a documented correction, then run \`node scripts/generate-phone-data.mjs --from-codes\`.
  \`test/codes/phoneDataStale.test.ts\` fails when this table, the installed libphonenumber-js and
  \`src/codes/generated/\` disagree.
`;
}

function write(root, path, text) {
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}

async function main() {
  const fromCodesOnly = process.argv.includes('--from-codes');
  if (!fromCodesOnly) {
    const files = await probeCodes();
    const version = libphonenumberVersion();
    const date = new Date().toISOString().slice(0, 10);
    for (const [path, text] of Object.entries(files)) write(ROOT, path, text);
    const rows = (path) => files[path].trim().split('\n').length - 1;
    write(
      ROOT,
      'codes/landline-area-codes/SOURCE.md',
      sourceMd({
        id: 'landline-area-codes',
        name: '固定电话区号',
        nameEn: 'landline area codes',
        title: '固定电话区号及本地号码位数 (mainland China landline area codes and local-number lengths)',
        file: AREA_CODES_FILE,
        what: 'TSV, columns `area_code` (with its trunk 0) and `local_number_lengths` (`7`, `8` or `7,8`).',
        completeness: 'partial',
        notes:
          'The area codes libphonenumber knows as fixed-line (010, 02x, 03xx–09xx), without names. A code absent ' +
          'here is reported as a warning (`unknown_area_code`) and then 7 or 8 digits pass; it is never rejected.',
        version,
        date,
        count: rows(AREA_CODES_FILE),
      }),
    );
    write(
      ROOT,
      'codes/mobile-prefixes/SOURCE.md',
      sourceMd({
        id: 'mobile-prefixes',
        name: '手机号段',
        nameEn: 'mobile number prefixes',
        title: '手机号段 (mainland China mobile number prefixes)',
        file: MOBILE_PREFIXES_FILE,
        what: 'one prefix a line: 3 digits, or 4–5 where only part of a block is mobile (e.g. `1610`, `17400`).',
        completeness: 'partial',
        notes:
          'The blocks libphonenumber lists as mobile; new or data-only blocks (e.g. 141, 144, 146, 148, 149) lag. ' +
          'A 13x–19x number outside the table gets a warning (`unknown_mobile_prefix`), never an error.',
        version,
        date,
        count: rows(MOBILE_PREFIXES_FILE),
      }),
    );
  }
  for (const [path, text] of Object.entries(generateFromCodes())) write(ROOT, path, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
