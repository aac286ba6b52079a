#!/usr/bin/env node
// Maintenance script: imports the GB/T 2260 history into the project's own table.
//
//   ../shared/data/gb2260/result.csv  →  codes/regions/gb2260.tsv
//
//   node scripts/import-gb2260.mjs [path/to/result.csv]
//
// The CSV has nine columns; four of them (一级行政区, 二级行政区, 级别, 状态) follow from the others, so the
// TSV keeps five: code, name, since, until, successors. The import refuses a CSV whose derived columns do not
// match (the derivation rules are in codes/regions/SOURCE.md), and `exportGb2260Csv` rebuilds the CSV byte for
// byte from the TSV: the round-trip test runs both when ../shared is present. The project itself builds and
// tests from codes/regions alone; run scripts/generate-regions.mjs afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const GB2260_CSV = join(ROOT, '..', 'shared', 'data', 'gb2260', 'result.csv');
export const GB2260_TSV = 'codes/regions/gb2260.tsv';

const BOM = '\uFEFF';
const CSV_HEADER = '代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码';
export const TSV_HEADER = 'code\tname\tsince\tuntil\tsuccessors';
const LEVELS = { province: '省级', prefecture: '地级', county: '县级' };
// The prefecture column of a county-level code with no prefecture above it (municipality districts, 省直辖县级).
const DIRECT = '直辖';
const CODE = /^[1-9]\d{5}$/;
const YEAR = /^(19|20)\d\d$/;
const SUCCESSOR = /^[1-9]\d{5}(\[(19|20)\d\d\])?$/;

/** @typedef {{ code: string, name: string, since: number, until: number | undefined, successors: string }} GbRecord */

/** `province`, `prefecture` or `county`, from the shape of the code (xx0000, xxxx00, other). */
export function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

/** Groups records by code (each group in source order: latest first). */
function byCode(records) {
  const groups = new Map();
  for (const record of records) {
    const group = groups.get(record.code);
    if (group) group.push(record);
    else groups.set(record.code, [record]);
  }
  return groups;
}

function inForce(group, year) {
  return group?.find((r) => r.since <= year && (r.until === undefined || r.until > year));
}

/**
 * The derived columns of a record: province and prefecture names in force in the record's last year, level
 * and status. A county whose xxxx00 code is its province's own code (Hainan 4600xx, 1988–2001) or has no record
 * in force sits directly under the province.
 */
function derive(record, groups) {
  const last = record.until === undefined ? 9999 : record.until - 1;
  const level = levelOf(record.code);
  const provinceCode = `${record.code.slice(0, 2)}0000`;
  const prefectureCode = `${record.code.slice(0, 4)}00`;
  const province = inForce(groups.get(provinceCode), last)?.name;
  let prefecture = '';
  if (level === 'prefecture') prefecture = record.name;
  else if (level === 'county') {
    const parent = prefectureCode === provinceCode ? undefined : inForce(groups.get(prefectureCode), last);
    prefecture = parent?.name ?? DIRECT;
  }
  let status = '在用';
  if (record.until !== undefined) {
    const reused = groups.get(record.code).some((r) => r.since >= record.until);
    status = reused ? '变更' : '弃用';
  }
  return { province, prefecture, level: LEVELS[level], status };
}

function fail(line, message) {
  throw new Error(`result.csv line ${line}: ${message}`);
}

/**
 * Parses result.csv and checks every derived column against the rules.
 * @param {string} text the file content (UTF-8 with BOM)
 * @returns {GbRecord[]} in file order: code ascending, latest record first
 */
export function parseGb2260Csv(text) {
  const lines = text.replace(BOM, '').split('\n');
  if (lines[0] !== CSV_HEADER) throw new Error(`result.csv: unexpected header ${JSON.stringify(lines[0])}`);
  if (lines.at(-1) !== '') throw new Error('result.csv: missing final newline');
  const rows = lines.slice(1, -1).map((line) => line.split(','));
  const records = rows.map((cells, i) => {
    const line = i + 2;
    if (cells.length !== 9) fail(line, `${cells.length} columns`);
    const [code, , , name, , , since, until, successors] = cells;
    if (!CODE.test(code)) fail(line, `bad code ${code}`);
    if (!name || /[\t|,]/.test(name)) fail(line, `bad name ${JSON.stringify(name)}`);
    if (!YEAR.test(since) || (until !== '' && !YEAR.test(until))) fail(line, 'bad year');
    if (successors !== '' && !successors.split(';').every((s) => SUCCESSOR.test(s))) fail(line, 'bad successors');
    const record = { code, name, since: Number(since), until: until === '' ? undefined : Number(until), successors };
    if (record.until !== undefined && record.until <= record.since) fail(line, 'empty validity');
    return record;
  });
  const groups = byCode(records);
  records.forEach((record, i) => {
    const cells = rows[i];
    const expected = derive(record, groups);
    const actual = { province: cells[1], prefecture: cells[2], level: cells[4], status: cells[5] };
    for (const key of Object.keys(expected)) {
      if (expected[key] !== actual[key]) fail(i + 2, `${key} is ${actual[key]}, derived ${expected[key]}`);
    }
    const previous = records[i - 1];
    if (
      previous &&
      (previous.code > record.code || (previous.code === record.code && previous.since <= record.since))
    ) {
      fail(i + 2, 'not sorted by code, then latest first');
    }
    const next = previous?.code === record.code ? previous : undefined;
    if (next && record.until !== undefined && record.until > next.since) fail(i + 2, 'overlaps a later record');
  });
  return records;
}

/** Formats records as the project's TSV (the same order as the CSV). */
export function formatGb2260Tsv(records) {
  // Empty trailing fields are left out, so no line ends in whitespace.
  const lines = records.map((r) =>
    [r.code, r.name, r.since, r.until ?? '', r.successors].join('\t').replace(/\t+$/, ''),
  );
  return `${[TSV_HEADER, ...lines].join('\n')}\n`;
}

/**
 * Parses codes/regions/gb2260.tsv.
 * @returns {GbRecord[]}
 */
export function parseGb2260Tsv(text) {
  const lines = text.split('\n');
  if (lines[0] !== TSV_HEADER) throw new Error(`${GB2260_TSV}: unexpected header`);
  return lines
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [code, name, since, until, successors = ''] = line.split('\t');
      return { code, name, since: Number(since), until: until ? Number(until) : undefined, successors };
    });
}

/** result.csv → the TSV text of codes/regions/gb2260.tsv. */
export function importGb2260(csvText) {
  return formatGb2260Tsv(parseGb2260Csv(csvText));
}

/** The TSV back to result.csv, derived columns included (the inverse of `importGb2260`). */
export function exportGb2260Csv(tsvText) {
  const records = parseGb2260Tsv(tsvText);
  const groups = byCode(records);
  const lines = records.map((r) => {
    const d = derive(r, groups);
    return [r.code, d.province, d.prefecture, r.name, d.level, d.status, r.since, r.until ?? '', r.successors].join(
      ',',
    );
  });
  return `${BOM}${[CSV_HEADER, ...lines].join('\n')}\n`;
}

function main() {
  const source = process.argv[2] ?? GB2260_CSV;
  const records = parseGb2260Csv(readFileSync(source, 'utf8'));
  writeFileSync(join(ROOT, GB2260_TSV), formatGb2260Tsv(records));
  const codes = new Set(records.map((r) => r.code)).size;
  console.log(`${GB2260_TSV}: ${records.length} records, ${codes} codes from ${source}`);
  console.log('next: node scripts/generate-regions.mjs');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
