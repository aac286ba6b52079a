// The report of a read as a workbook a clerk fixes the file from; issues of checks over the records placed
// at their cells (locateIssues); roster checks made while reading (duplicates).
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildUnitTree } from '../../src/index';
import { locateIssues, readWorkbook, writeReport } from '../../src/sheets/index';
import { countHeadcount } from '../../src/stats/countHeadcount';
import { makeId } from '../_helpers/idFixtures';
import { form, UNIT_INFO_HEADER, xlsx } from './_workbooks';

const USERS = ['序号', '姓名', '性别', '部门名称(全路径)', '职务', '证件类型', '证件号码', '座机号码', '手机号码'];
const man = (n: number) => makeId('430602', '19900101', String(100 + 2 * n + 1).padStart(3, '0'));
const person = (n: number, path = '示例县/办公室', id = man(n), mobile = `1380730${String(1000 + n)}`) => [
  n,
  `张${'一二三四五六七八九'[n % 9]}`,
  '男',
  path,
  '科员',
  '身份证',
  id,
  '0730-8221001',
  mobile,
];

const users = (rows: unknown[][]) =>
  readWorkbook(form(USERS, rows, '单位用户信息表'), 'unit-users', { xlsx, asOf: '2026-11-25' });
const sheetRows = (bytes: Uint8Array, name: string) =>
  XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes).Sheets[name]!, { header: 1 });

describe('roster checks while reading', () => {
  it('the same ID number on two rows rejects the later one, naming both rows', async () => {
    const result = await users([person(1), person(2), person(3, '示例县/办公室', man(1))]);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([['duplicate_id_number', 'G5']]);
    expect(result.issues[0]!.message).toContain('第 5 行');
    expect(result.issues[0]!.message).toContain('第 3 行');
    expect(result.issues[0]!.cellText).toMatch(/^430602\*{8}\d{3}[\dX]$/);
    expect(result.records.map((r) => r.row)).toEqual([3, 4]);
    expect(result.rejected.map((r) => r.row)).toEqual([5]);
    expect(result.stats).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
  });

  it('a shared mobile number is a warning: both rows accepted', async () => {
    const result = await users([person(1), person(2, '示例县/办公室', man(2), '13807301001')]);
    expect(result.issues.map((i) => [i.code, i.severity, `${i.column}${i.row}`])).toEqual([
      ['duplicate_mobile', 'warning', 'I4'],
    ]);
    expect(result.stats.accepted).toBe(2);
  });
});

describe('locateIssues', () => {
  it('places the headcount issues of people whose unit path is unknown at their cells', async () => {
    const read = await users([person(1), person(2, '示例县/办工室')]);
    const { tree } = buildUnitTree(['示例县', { path: '示例县/办公室', kind: '部门' }]);
    const count = countHeadcount(
      tree,
      read.records.map((r) => r.value),
    );
    const placed = locateIssues(
      count.unresolved.flatMap((u) => u.issues),
      read,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({
      code: 'unknown_unit',
      sheet: '单位用户信息表',
      row: 4,
      column: 'D',
      field: 'unitPath',
      header: '部门名称(全路径)',
      cellText: '示例县/办工室',
    });
  });

  it('masks sensitive values unless revealValues, and keeps an issue naming no record at the sheet only', async () => {
    const read = await users([person(1)]);
    const issue = { code: 'required' as const, severity: 'error' as const, params: {}, message: 'x' };
    const [masked, free] = locateIssues(
      [
        { ...issue, path: [0, 'mobile'] },
        { ...issue, path: ['elsewhere'] },
      ],
      read,
    );
    expect(masked!.cellText).toBe('138****1001');
    expect(free).toEqual({ ...issue, path: ['elsewhere'], sheet: '单位用户信息表' });
    const [shown] = locateIssues([{ ...issue, path: [0, 'mobile'] }], read, { revealValues: true });
    expect(shown!.cellText).toBe('13807301001');
  });
});

describe('writeReport', () => {
  it('lists every issue with sheet, row, column, header, masked cell text, message and severity', async () => {
    const read = await users([
      person(1),
      person(2, '示例县/办公室', `${man(2).slice(0, 17)}0`),
      person(3, '=1+2'),
      person(4, '示例县/办公室', man(4), '1380730'),
    ]);
    const bytes = writeReport(read, { xlsx, title: '示例 检查报告' });
    expect(XLSX.read(bytes).SheetNames).toEqual(['问题清单', '汇总', '未通过的行']);
    const rows = sheetRows(bytes, '问题清单');
    expect(rows[0]).toEqual(['序号', '工作表', '行', '列', '列名', '单元格内容', '问题说明', '严重程度', '问题代码']);
    const body = rows.slice(1);
    expect(body.map((r) => [r[2], r[3], r[4], r[7], r[8]])).toEqual([
      [4, 'G', '证件号码', '错误', 'invalid_checksum'],
      [5, 'D', '部门名称(全路径)', '错误', 'forbidden_character'],
      [6, 'I', '手机号码', '错误', 'invalid_length'],
    ]);
    expect(body[0]![5]).toMatch(/^430602\*+\d{3}0$/);
    expect(body[1]![5]).toBe("'=1+2"); // text from the file never becomes a formula
    expect(body[2]![5]).toBe('1*****0');
    const summary = sheetRows(bytes, '汇总');
    expect(summary[0]).toEqual(['示例 检查报告']);
    expect(summary).toContainEqual(['数据行数', 4]);
    expect(summary).toContainEqual(['未通过', 3]);
    expect(summary).toContainEqual(['错误数', 3]);
    expect(summary.find((r) => r[0] === 'invalid_checksum')?.slice(2)).toEqual([1, 0]);
    const rejected = sheetRows(bytes, '未通过的行');
    expect(rejected[0]).toEqual(['行', ...USERS, '问题']);
    expect(rejected[1]![0]).toBe(4);
    expect(String(rejected[1]![10])).toContain('G4：');
  });

  it('guards text from the file against formula injection', async () => {
    const read = await readWorkbook(form(UNIT_INFO_HEADER, [['=HYPERLINK("x")', '也许']]), 'unit-info', { xlsx });
    const bytes = writeReport(read, { xlsx });
    const sheet = XLSX.read(bytes).Sheets.未通过的行!;
    expect(sheet.B2?.v).toBe('\'=HYPERLINK("x")');
    expect(sheet.B2?.f).toBeUndefined();
  });

  it('adds the issues given (sorted in with the read’s by row), and shows full numbers with revealValues', async () => {
    const read = await users([person(1), person(2, '示例县/办工室')]);
    const extra = locateIssues(
      [{ code: 'unknown_unit', severity: 'error', path: [1, 'unitPath'], params: {}, message: '不在组织架构中' }],
      read,
    );
    const bytes = writeReport(read, { xlsx, issues: extra, revealValues: true });
    const rows = sheetRows(bytes, '问题清单');
    expect(rows.slice(1).map((r) => [r[2], r[3], r[5], r[6]])).toEqual([[4, 'D', '示例县/办工室', '不在组织架构中']]);
  });

  it('says so when there is nothing to fix; English labels with locale en', async () => {
    const read = await users([person(1)]);
    expect(sheetRows(writeReport(read, { xlsx }), '问题清单')[1]).toEqual(['未发现问题。']);
    const en = writeReport(read, { xlsx, locale: 'en' });
    expect(XLSX.read(en).SheetNames).toEqual(['Issues', 'Summary']);
  });

  it('reports a file that could not be read (one workbook issue, no rows)', async () => {
    const read = await readWorkbook(new Uint8Array([1, 2, 3]), 'unit-users', { xlsx });
    const rows = sheetRows(writeReport(read, { xlsx }), '问题清单');
    expect(rows[1]![8]).toBe('not_a_workbook');
  });
});
