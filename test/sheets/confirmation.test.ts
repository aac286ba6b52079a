// 统计确认表: the sectioned form read into the declared table `reconcileConfirmation` takes, and written back.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildUnitTree } from '../../src/index';
import {
  type ConfirmationSheet,
  locateIssues,
  readWorkbook,
  writeConfirmationTable,
  writeTemplate,
} from '../../src/sheets/index';
import { confirmationTable } from '../../src/stats/confirmationTable';
import { reconcileConfirmation } from '../../src/stats/reconcileConfirmation';
import { workbook, xlsx } from './_workbooks';

const merge = (r1: number, c1: number, r2: number, c2: number) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

/** A county form as a clerk fills it: 单位名称 in two cells, counts as numbers or '3人'. */
const COUNTY = [
  ['单位组织架构及通讯录统计确认表（区直单位）'],
  ['单位名称：', '示例县民政局'],
  ['一、部门'],
  ['序号', '部门名称', '部门人数'],
  [1, '班子成员', 2],
  [2, '办公室', '3人'],
  [3, '', ''],
  ['人数汇总', '', 5],
  ['二、下属机构'],
  ['序号', '下属机构名称', '机构人数'],
  [1, '示例县救助管理站', 4],
  ['人数汇总', '', 4],
  ['合计', '', 9],
  [],
  ['单位负责人（签字）：', '', '填表日期：'],
];
const COUNTY_MERGES = [merge(0, 0, 0, 2), merge(7, 0, 7, 1), merge(11, 0, 11, 1), merge(12, 0, 12, 1)];

const read = (rows: unknown[][], id: 'confirmation-county' | 'confirmation-township' = 'confirmation-county') =>
  readWorkbook(workbook([{ name: '确认表', rows, merges: COUNTY_MERGES }]), id, { xlsx });

describe('confirmation-county: reading', () => {
  it('reads the unit, each block with its rows and 人数汇总, and 合计', async () => {
    const result = await read(COUNTY);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 4,
        value: {
          variant: 'county',
          unit: '示例县民政局',
          departments: {
            rows: [
              { name: '班子成员', count: 2, row: 5 },
              { name: '办公室', count: 3, row: 6 },
            ],
            total: 5,
            totalRow: 8,
          },
          subunits: { rows: [{ name: '示例县救助管理站', count: 4, row: 11 }], total: 4, totalRow: 12 },
          total: 9,
          totalRow: 13,
        },
      },
    ]);
    // The empty input row inside the 部门 block is a blank row; the signature lines are not read.
    expect(result.stats).toMatchObject({ rows: 4, accepted: 3, rejected: 0, blank: 1, headerRow: 4 });
    expect(result.stats.columns).toEqual({
      'departments.name': 'B',
      'departments.count': 'C',
      'subunits.name': 'B',
      'subunits.count': 'C',
    });
  });

  it('reports a count that is no number at its cell and leaves the row out', async () => {
    const rows = COUNTY.map((r) => [...r]);
    rows[4] = [1, '班子成员', '两人'];
    rows[7] = ['人数汇总', '', '五'];
    const result = await read(rows);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`, i.path])).toEqual([
      ['invalid_format', 'C5', ['departments', 'count']],
      ['invalid_format', 'C8', ['departments', 'total']],
    ]);
    expect(result.issues[1]!.message).toContain('部门人数汇总');
    expect(result.rejected.map((r) => r.row)).toEqual([5]);
    expect(result.records[0]!.value.departments.rows.map((r) => r.name)).toEqual(['办公室']);
    expect(result.records[0]!.value.departments.total).toBeUndefined();
  });

  it('a row with a count but no name is required at its name cell', async () => {
    const rows = COUNTY.map((r) => [...r]);
    rows[6] = [3, '', 1];
    const result = await read(rows);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([['required', 'B7']]);
  });

  it('a township table read as a county one is wrong_template naming the township form, and back', async () => {
    const township = COUNTY.map((r) => [...r]);
    township[9] = ['序号', '村（社区）名称', '村（社区）工作人员人数'];
    const asCounty = await read(township);
    expect(asCounty.issues.map((i) => i.code)).toEqual(['wrong_template']);
    expect(asCounty.issues[0]!.message).toContain('乡镇（街道）');
    const asTownship = await read(township, 'confirmation-township');
    expect(asTownship.issues).toEqual([]);
    expect(asTownship.records[0]!.value).toMatchObject({ variant: 'township', subunits: { total: 4 } });
    const countyAsTownship = await read(COUNTY, 'confirmation-township');
    expect(countyAsTownship.issues[0]!.message).toContain('区直单位');
  });

  it('a sheet without any block is wrong_template', async () => {
    const result = await read([
      ['姓名', '性别'],
      ['张三', '男'],
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['wrong_template']);
  });
});

describe('confirmation: against the roster', () => {
  const { tree } = buildUnitTree([
    '示例县',
    '示例县/示例县民政局',
    { path: '示例县/示例县民政局/班子成员', kind: '部门', virtual: '是' },
    { path: '示例县/示例县民政局/办公室', kind: '部门' },
    '示例县/示例县民政局/示例县救助管理站',
  ]);
  const people = [
    ...Array.from({ length: 2 }, () => ({ unitPath: '示例县/示例县民政局/班子成员' })),
    ...Array.from({ length: 2 }, () => ({ unitPath: '示例县/示例县民政局/办公室' })),
    ...Array.from({ length: 4 }, () => ({ unitPath: '示例县/示例县民政局/示例县救助管理站' })),
  ];
  const computed = confirmationTable(tree, people, '示例县/示例县民政局');

  it('reconcileConfirmation takes the record as read; locateIssues places its issues at their cells', async () => {
    if (!computed.ok) throw new Error('no table');
    const read1 = await read(COUNTY);
    const result = reconcileConfirmation(read1.records[0]!.value, computed.value);
    const placed = locateIssues(result.issues, read1);
    expect(placed.map((i) => [i.code, `${i.column ?? ''}${i.row ?? ''}`, i.cellText])).toEqual([
      ['count_mismatch', 'C6', '3'],
      ['count_mismatch', 'C8', '5'],
      ['count_mismatch', 'C13', '9'],
    ]);
    expect(placed[0]).toMatchObject({ sheet: '确认表', field: 'departments.count', header: '部门人数' });
  });

  it('writeConfirmationTable writes the computed table as the form, and it reads back', async () => {
    if (!computed.ok) throw new Error('no table');
    const bytes = writeConfirmationTable(computed.value, { xlsx });
    const book = XLSX.read(bytes);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(rows.slice(0, 4)).toEqual([
      ['单位组织架构及通讯录统计确认表（区直单位）'],
      ['单位名称：示例县民政局'],
      ['一、部门'],
      ['序号', '部门名称', '部门人数'],
    ]);
    const back = await readWorkbook(bytes, 'confirmation-county', { xlsx });
    expect(back.issues).toEqual([]);
    const value = back.records[0]!.value;
    expect(value.departments.rows.map((r) => [r.name, r.count])).toEqual([
      ['班子成员', 2],
      ['办公室', 2],
    ]);
    expect([value.departments.total, value.subunits.total, value.total]).toEqual([4, 4, 8]);
    expect(reconcileConfirmation(value, computed.value).issues).toEqual([]);
  });

  it('a table whose roster had unresolved people carries a note', () => {
    const partial = confirmationTable(tree, [...people, { unitPath: '示例县/别处' }], '示例县/示例县民政局');
    if (!partial.ok) throw new Error('no table');
    const book = XLSX.read(writeConfirmationTable(partial.value, { xlsx }));
    const text = XLSX.utils.sheet_to_csv(book.Sheets[book.SheetNames[0]!]!);
    expect(text).toContain('名册中有 1 人');
  });
});

describe('confirmation: writeTemplate', () => {
  it('writes an empty form with input rows in each block', async () => {
    const bytes = writeTemplate('confirmation-township', { xlsx, inputRows: 3 });
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual(['统计确认表（乡镇街道）', '填写说明']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, blankrows: true });
    expect(rows.map((r) => r[1] ?? r[0])).toContain('村（社区）名称');
    const back = await readWorkbook(bytes, 'confirmation-township', { xlsx });
    expect(back.issues).toEqual([]);
    expect(back.records[0]!.value).toMatchObject({ departments: { rows: [] }, subunits: { rows: [] } });
    expect(back.stats).toMatchObject({ rows: 6, blank: 6, accepted: 0 });
  });

  const HAN = [...'示例县民政局办公室救助管理站社会福利院村社区'];
  const name = fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 10 }).map((a) => a.join(''));
  const section = fc
    .uniqueArray(fc.record({ name, count: fc.integer({ min: 0, max: 500 }) }), {
      selector: (r) => r.name,
      maxLength: 8,
    })
    .map((rows) => ({ rows, total: rows.reduce((sum, r) => sum + r.count, 0) }));
  const sheet = fc
    .record({
      variant: fc.constantFrom('county' as const, 'township' as const),
      unit: name,
      departments: section,
      subunits: section,
    })
    .map((s): ConfirmationSheet => ({ ...s, total: s.departments.total + s.subunits.total }));
  const strip = (s: ConfirmationSheet) => ({
    ...s,
    departments: { rows: s.departments.rows.map(({ name, count }) => ({ name, count })), total: s.departments.total },
    subunits: { rows: s.subunits.rows.map(({ name, count }) => ({ name, count })), total: s.subunits.total },
    totalRow: undefined,
  });
  test.prop([sheet], { numRuns: 30 })('write → read returns the same table', async (record) => {
    const id = record.variant === 'county' ? 'confirmation-county' : 'confirmation-township';
    const bytes = writeTemplate(id, { xlsx, records: [record], inputRows: 1 });
    const back = await readWorkbook(bytes, id, { xlsx });
    expect(back.issues).toEqual([]);
    expect(strip(back.records[0]!.value)).toEqual(strip(record));
  });
});
