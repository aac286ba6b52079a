// Dates from serial numbers (1900 and 1904 systems) and from text, computed without local-time APIs: the
// same answers whatever process.env.TZ says (SheetJS's own cellDates is a day off under Asia/Shanghai).
import { afterAll, describe, expect, it } from 'vitest';
import { _serialToDate } from '../../src/sheets/_serialDate';
import { readWorkbook } from '../../src/sheets/index';
import { makeId } from '../_helpers/idFixtures';
import { workbook, xlsx } from './_workbooks';

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const HEADER_TOP = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '公民身份号码',
  '出生日期',
  '学历',
  '人员类别',
  '所在党支部',
  '加入党组织日期',
  '转为正式党员日期',
  '工作岗位',
  '联系电话',
  '',
  '家庭住址',
  '党籍状态',
  '是否为失联党员',
  '失去联系日期',
  '是否为流动党员',
  '外出流向',
];
const HEADER_SUB = HEADER_TOP.map((label, i) => (i === 12 ? '手机号' : i === 13 ? '固定电话' : label));
const MERGES = [
  { s: { r: 1, c: 12 }, e: { r: 1, c: 13 } },
  ...HEADER_TOP.map((_, c) => ({ s: { r: 1, c }, e: { r: 2, c } })).filter((m) => m.s.c !== 12 && m.s.c !== 13),
];
const ID = makeId('430602', '19900101', '123'); // a man born 1990-01-01

function memberRow(birth: unknown, joined: unknown, full: unknown, lostDate: unknown = '') {
  return [
    1,
    '张三',
    '男',
    '汉族',
    ID,
    birth,
    '21 大学',
    '正式党员',
    '机关第一党支部',
    joined,
    full,
    '011 公务员',
    '13812345678',
    '0730-1234567',
    '湖南省岳阳市某某路 1 号',
    '正常',
    lostDate === '' ? '否' : '是',
    lostDate,
    '否',
    '',
  ];
}

async function readMember(row: unknown[], date1904 = false) {
  const bytes = workbook(
    [{ name: '党员基本信息汇总表', rows: [['党员基本信息汇总表'], HEADER_TOP, HEADER_SUB, row], merges: MERGES }],
    { date1904 },
  );
  return readWorkbook(bytes, 'party-member-summary', { xlsx, asOf: '2026-11-25' });
}

describe.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles'])('under TZ=%s', (tz) => {
  it('serials convert in the 1900 system, with the phantom 1900-02-29', () => {
    process.env.TZ = tz;
    expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : tz === 'Asia/Shanghai' ? -480 : 480);
    expect(_serialToDate(1, false)).toBe('1900-01-01');
    expect(_serialToDate(59, false)).toBe('1900-02-28');
    expect(_serialToDate(60, false)).toBeUndefined();
    expect(_serialToDate(61, false)).toBe('1900-03-01');
    expect(_serialToDate(32874, false)).toBe('1990-01-01');
    expect(_serialToDate(32874.99999, false)).toBe('1990-01-01');
    expect(_serialToDate(45658, false)).toBe('2025-01-01');
    expect(_serialToDate(2958465, false)).toBe('9999-12-31');
    expect(_serialToDate(0, false)).toBeUndefined();
    expect(_serialToDate(2958466, false)).toBeUndefined();
  });

  it('serials convert in the 1904 system', () => {
    process.env.TZ = tz;
    expect(_serialToDate(0, true)).toBe('1904-01-01');
    expect(_serialToDate(31412, true)).toBe('1990-01-01');
  });

  it('a party member sheet reads date cells, 1904 serials and text dates alike', async () => {
    process.env.TZ = tz;
    const dateCell = (serial: number) => ({ t: 'n', v: serial, z: 'yyyy-mm-dd' });
    const from1900 = await readMember(memberRow(dateCell(32874), dateCell(41061), dateCell(41426)));
    expect(from1900.issues).toEqual([]);
    expect(from1900.records[0]!.value).toMatchObject({
      birthDate: '1990-01-01',
      joinedDate: '2012-06-01',
      fullMemberDate: '2013-06-01',
    });
    const from1904 = await readMember(memberRow(dateCell(31412), dateCell(39599), dateCell(39964)), true);
    expect(from1904.records[0]!.value).toMatchObject({ birthDate: '1990-01-01', joinedDate: '2012-06-01' });
    const fromText = await readMember(memberRow('1990年1月1日', '2012/6/1', '2013.06.01', '2020.3'));
    expect(fromText.issues).toEqual([]);
    expect(fromText.records[0]!.value).toMatchObject({
      birthDate: '1990-01-01',
      joinedDate: '2012-06-01',
      fullMemberDate: '2013-06-01',
      lostContact: true,
      lostContactDate: '2020-03',
    });
  });
});

describe('date cells', () => {
  it('numbers typed without a date format are read as the person wrote them', async () => {
    const result = await readMember(memberRow(19900101, 20120601, 20130601, 202003));
    expect(result.issues).toEqual([]);
    expect(result.records[0]!.value).toMatchObject({ birthDate: '1990-01-01', lostContactDate: '2020-03' });
  });

  it('an unformatted 5-digit number is a serial that lost its format', async () => {
    const result = await readMember(memberRow(32874, 41061, 41426));
    expect(result.records[0]!.value.birthDate).toBe('1990-01-01');
  });

  it('the phantom 1900-02-29 is invalid_date at its cell', async () => {
    const result = await readMember(memberRow({ t: 'n', v: 60, z: 'yyyy-mm-dd' }, '2012-06-01', '2013-06-01'));
    expect(result.issues[0]).toMatchObject({ code: 'invalid_date', column: 'F', field: 'birthDate' });
  });

  it('the two-row header (联系电话 over 手机号 | 固定电话) feeds both phone fields', async () => {
    const result = await readMember(memberRow('1990-01-01', '2012-06-01', '2013-06-01'));
    expect(result.stats.headerRow).toBe(3);
    expect(result.records[0]).toMatchObject({ row: 4, value: { mobile: '13812345678', landline: '0730-1234567' } });
  });

  it('a code that lost its leading 0 in a number cell is spreadsheet_number (民族 01 → 1)', async () => {
    const row = memberRow('1990-01-01', '2012-06-01', '2013-06-01');
    row[3] = 1;
    const result = await readMember(row);
    expect(result.issues.map((i) => i.code)).toEqual(['spreadsheet_number']);
    expect(result.issues[0]).toMatchObject({ column: 'D', field: 'ethnicity' });
    expect(result.issues[0]!.message).toContain('开头的 0');
  });
});
