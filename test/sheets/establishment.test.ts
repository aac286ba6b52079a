// 机构编制情况统计表: one row per unit, two-row header, dotted fields into the nested EstablishmentRecord.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { EstablishmentRecord } from '../../src/index';
import { readWorkbook, writeTemplate } from '../../src/sheets/index';
import { workbook, xlsx } from './_workbooks';

const TYPES = ['行政编制', '政法专项编制', '事业编制', '工勤编制', '合计'];
const TOP = [
  '序号',
  '单位名称（全路径）',
  '层级',
  '所属系统',
  '事业单位分类',
  '经费形式',
  '是否挂牌机构',
  '核定编制',
  '',
  '',
  '',
  '',
  '实有人数',
  '',
  '',
  '',
  '',
  '核定领导职数',
  '实配领导职数',
];
const SUB = ['', '', '', '', '', '', '', ...TYPES, ...TYPES, '', ''];
const MERGES = [
  { s: { r: 1, c: 7 }, e: { r: 1, c: 11 } },
  { s: { r: 1, c: 12 }, e: { r: 1, c: 16 } },
  ...[0, 1, 2, 3, 4, 5, 6, 17, 18].map((c) => ({ s: { r: 1, c }, e: { r: 2, c } })),
];

const read = (rows: unknown[][]) =>
  readWorkbook(
    workbook([{ name: '机构编制情况统计表', rows: [['机构编制情况统计表'], TOP, SUB, ...rows], merges: MERGES }]),
    'establishment',
    {
      xlsx,
    },
  );

describe('establishment: reading', () => {
  it('reads a row into the nested record, 合计 as the declared subtotal', async () => {
    const result = await read([
      [1, '示例县 / 示例县民政局', '县级', '政府', '', '', '否', 12, 0, 0, 2, 14, 11, '', 0, 2, 13, 4, 4],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records[0]!.value).toEqual({
      unitPath: '示例县/示例县民政局',
      level: 'county',
      system: 'government',
      nameplate: false,
      approved: { administrative: 12, 'political-legal': 0, 'public-institution': 0, worker: 2 },
      actual: { administrative: 11, 'political-legal': 0, 'public-institution': 0, worker: 2 },
      leaderPosts: 4,
      leaders: 4,
      declared: { own: { approved: 14, actual: 13 } },
    });
  });

  it('a 合计 that is not the sum of its parts is rollup_mismatch at the 合计 cell of its group', async () => {
    const result = await read([
      [1, '示例县/示例县社会福利院', '县级', '政府', '公益二类', '差额拨款', '否', 0, 0, 8, 0, 10, 0, 0, 3, 0, 3],
    ]);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`, i.header])).toEqual([
      ['rollup_mismatch', 'L4', '合计'],
    ]);
    expect(result.issues[0]!.path).toEqual(['declared', 'own', 'approved']);
  });

  it('counts that are no whole number, and unknown codes, are reported at their cells', async () => {
    const result = await read([
      [1, '示例县/示例县殡仪馆', '区级', '政府', '生产经营类', '自收自支', '否', 0, 0, '-2', 0, '', 0, 0, '两', 0],
    ]);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([
      ['unknown_code', 'C4'],
      ['invalid_format', 'J4'],
      ['invalid_format', 'O4'],
    ]);
    expect(result.issues[1]!.path).toEqual(['approved', 'public-institution']);
  });

  it('实有人数 left blank is no actual (counted from a roster instead)', async () => {
    const result = await read([[1, '示例县/示例县财政局', '县级', '政府', '', '', '', 10, 0, 0, 1]]);
    expect(result.records[0]!.value.actual).toBeUndefined();
    expect(result.records[0]!.value.approved.worker).toBe(1);
  });
});

describe('establishment: round trip', () => {
  const count = fc.integer({ min: 0, max: 300 });
  const counts = fc.record({
    administrative: count,
    'political-legal': count,
    'public-institution': count,
    worker: count,
  });
  const HAN = [...'示例县民政局财政局救助站福利院办公室'];
  const segment = fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 8 }).map((a) => a.join(''));
  const record: fc.Arbitrary<EstablishmentRecord> = fc
    .record(
      {
        unitPath: fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')),
        level: fc.constantFrom('county' as const, 'township' as const),
        system: fc.constantFrom('government' as const, 'party-committee' as const),
        category: fc.constantFrom('public-welfare-1' as const, 'business' as const),
        fundingForm: fc.constantFrom('full-appropriation' as const, 'self-supporting' as const),
        nameplate: fc.boolean(),
        approved: counts,
        actual: counts,
        leaderPosts: fc.integer({ min: 0, max: 9 }),
        leaders: fc.integer({ min: 0, max: 9 }),
      },
      { requiredKeys: ['unitPath', 'nameplate', 'approved'] },
    )
    .map((r) => r as EstablishmentRecord);
  test.prop([fc.array(record, { minLength: 1, maxLength: 10 })], { numRuns: 30 })('write → read', async (records) => {
    const bytes = writeTemplate('establishment', { xlsx, records, inputRows: 2 });
    const back = await readWorkbook(bytes, 'establishment', { xlsx });
    expect(back.rejected).toEqual([]);
    expect(back.records.map((r) => r.value)).toEqual(records);
  });
});
