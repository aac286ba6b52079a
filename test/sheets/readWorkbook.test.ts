import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook, type SheetsXlsx } from '../../src/sheets/index';
import { form, UNIT_INFO_HEADER, USCC, workbook } from './_workbooks';

// The caller's module fits the structural type (a compile-time check).
const typed: SheetsXlsx = XLSX;

const read = (bytes: Uint8Array, options: Partial<Parameters<typeof readWorkbook>[2]> = {}) =>
  readWorkbook(bytes, 'unit-info', { xlsx: typed, ...options });

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('readWorkbook: rows', () => {
  it('reads rows into records with their Excel row numbers', async () => {
    const result = await read(
      form(UNIT_INFO_HEADER, [
        ['示例县', '否', '单位', USCC, '是', '0730-1234567'],
        ['示例县 ／ 班子成员', '是', '部门', '', '', '138 1234 5678'],
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([
      {
        row: 3,
        value: { path: '示例县', virtual: false, kind: 'unit', uscc: USCC, sync: true, leaderPhone: '0730-1234567' },
      },
      { row: 4, value: { path: '示例县/班子成员', virtual: true, kind: 'department', leaderPhone: '13812345678' } },
    ]);
    expect(result.stats).toEqual({
      template: 'unit-info',
      sheet: '单位基本情况表',
      headerRow: 2,
      columns: { path: 'A', virtual: 'B', kind: 'C', uscc: 'D', sync: 'E', leaderPhone: 'F' },
      rows: 2,
      accepted: 2,
      rejected: 0,
      blank: 0,
    });
  });

  it('accounts for every row: accepted + rejected + blank = rows; trailing blank rows are no rows', async () => {
    const result = await read(
      form(UNIT_INFO_HEADER, [
        ['示例县'],
        [],
        ['示例县/办公室', '也许'],
        ['', ' ', ''],
        ['示例县/民政局', '', '', '91350100M000100Y44'],
        [],
        ['', '', '', '', '', ''],
      ]),
    );
    const { rows, accepted, rejected, blank } = result.stats;
    expect({ rows, accepted, rejected, blank }).toEqual({ rows: 5, accepted: 1, rejected: 2, blank: 2 });
    expect(accepted + rejected + blank).toBe(rows);
    expect(result.rejected.map((r) => r.row)).toEqual([5, 7]);
  });

  it('names sheet, row, column letter, field, header as written and cell text in each issue', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['示例县', '', '', '91350100M000100Y44']]));
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_checksum',
      severity: 'error',
      path: ['uscc'],
      sheet: '单位基本情况表',
      row: 3,
      column: 'D',
      field: 'uscc',
      header: '统一社会信用代码',
      cellText: '91350100M000100Y44',
    });
    expect(result.issues[0]!.message).toContain('校验码');
    expect(result.rejected[0]).toMatchObject({ row: 3, cells: { path: '示例县', uscc: '91350100M000100Y44' } });
  });

  it('masks phone numbers in cellText unless revealValues', async () => {
    const bytes = form(UNIT_INFO_HEADER, [['示例县', '', '', '', '', '1381234567']]);
    expect((await read(bytes)).issues[0]!.cellText).toBe('138***4567');
    expect((await read(bytes, { revealValues: true })).issues[0]!.cellText).toBe('1381234567');
  });

  it('reports a required cell left blank once, and a choice outside the allowed values', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['', '也许', '单位', USCC]]));
    expect(codes(result.issues)).toEqual(['required', 'invalid_format']);
    expect(result.issues[1]!.message).toContain('“是”或“否”');
  });

  it('gives English messages with locale en', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['', '也许']]), { locale: 'en' });
    expect(result.issues[0]!.message).toBe('unit path is required');
  });
});

describe('readWorkbook: cell typing', () => {
  it('a USCC stored as a number is spreadsheet_number', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['示例县', '', '', 913501001234567800]]));
    expect(codes(result.issues)).toEqual(['spreadsheet_number']);
    expect(result.issues[0]).toMatchObject({ column: 'D', cellText: '9.13501E+17' }); // as Excel shows it
  });

  it('a mobile stored as a number loses nothing and is accepted', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['示例县', '', '', '', '', 13812345678]]));
    expect(result.records[0]!.value.leaderPhone).toBe('13812345678');
  });

  it('a landline stored as a number lost its leading 0: spreadsheet_number', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['示例县', '', '', '', '', 7301234567]]));
    expect(codes(result.issues)).toEqual(['spreadsheet_number']);
  });

  it('error cells (#N/A, #REF!) are error_cell, with the value shown', async () => {
    const result = await read(
      form(UNIT_INFO_HEADER, [[{ t: 'e', v: 42, w: '#N/A' }], ['示例县', { t: 'e', v: 23, w: '#REF!' }]]),
    );
    expect(codes(result.issues)).toEqual(['error_cell', 'error_cell']);
    expect(result.issues[0]!.message).toContain('#N/A');
    expect(result.issues[1]).toMatchObject({ row: 4, column: 'B', field: 'virtual' });
  });

  it('formulas are reported (warning) and read by their cached value', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [[{ t: 's', v: '示例县', f: 'CONCAT("示例","县")' }]]));
    expect(codes(result.issues)).toEqual(['formula_cell']);
    expect(result.issues[0]!.severity).toBe('warning');
    expect(result.records[0]!.value.path).toBe('示例县');
  });

  it('booleans read in 是/否 columns', async () => {
    const result = await read(form(UNIT_INFO_HEADER, [['示例县', true, '单位', '', false]]));
    expect(result.records[0]!.value).toMatchObject({ virtual: true, sync: false });
  });
});

describe('readWorkbook: header resolution', () => {
  it('matches labels across bracket width, spaces, line breaks, aliases and any order, without a title row', async () => {
    const header = ['部门负责人\n电话', ' 组织 类型 ', '部门名称（全路径）', '社会信用代码', '是否\r\n虚拟部门'];
    const bytes = workbook([{ name: 'Sheet1', rows: [header, ['0730-1234567', '单位', '示例县', USCC, '否']] }]);
    const result = await read(bytes);
    expect(result.issues).toEqual([]);
    expect(result.records[0]).toEqual({
      row: 2,
      value: { leaderPhone: '0730-1234567', kind: 'unit', path: '示例县', uscc: USCC, virtual: false },
    });
  });

  it('a missing required column is one error, not one per row', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      '否',
      '部门',
      '',
      '',
      `0730-12345${String(i).padStart(2, '0')}`,
    ]);
    const result = await read(
      form(['是否虚拟部门', '组织类型', '统一社会信用代码', '同步到系统', '部门负责人电话'], rows),
    );
    expect(codes(result.issues)).toEqual(['missing_column']);
    expect(result.issues[0]!.message).toBe('缺少必填列“部门名称(全路径)”；请使用本表的模板，不要删除或改名该列');
    expect(result.stats.rows).toBe(0);
  });

  it('a wrong template is one error naming the template it looks like', async () => {
    const users = ['序号', '姓名', '性别', '部门名称(全路径)', '职务', '证件类型', '证件号码', '座机号码', '手机号码'];
    const rows = Array.from({ length: 300 }, (_, i) => [
      i + 1,
      '张三',
      '男',
      '示例县/办公室',
      '',
      '身份证',
      '',
      '',
      '',
    ]);
    const result = await read(form(users, rows, '单位用户信息表'));
    expect(codes(result.issues)).toEqual(['wrong_template']);
    expect(result.issues[0]!.message).toContain('单位用户信息表');
    expect(result.records).toEqual([]);
  });

  it('a sheet with none of the labels is wrong_template', async () => {
    const result = await read(
      workbook([
        {
          name: 'Sheet1',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
        },
      ]),
    );
    expect(codes(result.issues)).toEqual(['wrong_template']);
  });

  it('unknown and duplicate columns are warnings; nothing is read from them', async () => {
    const header = [...UNIT_INFO_HEADER, '备注', '组织类型'];
    const result = await read(form(header, [['示例县', '', '单位', '', '', '', '新设', '部门']]));
    expect(codes(result.issues)).toEqual(['duplicate_column', 'unknown_column']);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', column: 'H', row: 2 });
    expect(result.issues[1]!.message).toBe('第 G 列“备注”不属于本表，已忽略');
    expect(result.records[0]!.value.kind).toBe('unit');
  });

  it('picks the sheet that matches, skipping hidden sheets; or the one asked for', async () => {
    const sheet = (name: string, path: string, hidden = false) => ({
      name,
      rows: [UNIT_INFO_HEADER, [path]],
      hidden,
    });
    const bytes = workbook([
      { name: '说明', rows: [['请按模板填写']] },
      sheet('隐藏', '隐藏县', true),
      sheet('数据', '示例县'),
    ]);
    expect((await read(bytes)).records[0]!.value.path).toBe('示例县');
    expect((await read(bytes, { sheet: '隐藏' })).records[0]!.value.path).toBe('隐藏县');
    expect(codes((await read(bytes, { sheet: '没有' })).issues)).toEqual(['empty_workbook']);
  });

  it('reads a sheet that the module gives sparse (a build that ignores dense)', async () => {
    const sparse: SheetsXlsx = {
      read: (data, options) => XLSX.read(data, { ...options, dense: false }),
      write: (wb, options) => XLSX.write(wb as XLSX.WorkBook, options),
    };
    const result = await readWorkbook(form(UNIT_INFO_HEADER, [['示例县', '是']]), 'unit-info', { xlsx: sparse });
    expect(result.records).toEqual([{ row: 3, value: { path: '示例县', virtual: true } }]);
  });
});

describe('readWorkbook: progress and abort', () => {
  const many = () =>
    form(
      UNIT_INFO_HEADER,
      Array.from({ length: 5000 }, (_, i) => [`示例县/部门${i}`]),
    );

  it('reports progress in batches, ending with done = total', async () => {
    const seen: { done: number; total: number }[] = [];
    const result = await read(many(), { onProgress: (p) => seen.push(p) });
    expect(result.stats.accepted).toBe(5000);
    expect(seen.at(-1)).toEqual({ done: 5000, total: 5000 });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('stops between batches when the signal aborts, rejecting with its reason', async () => {
    const controller = new AbortController();
    const reading = read(many(), {
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done > 0) controller.abort(new Error('cancelled'));
      },
    });
    await expect(reading).rejects.toThrow('cancelled');
  });

  it('an aborted signal rejects at once', async () => {
    await expect(read(many(), { signal: AbortSignal.abort() })).rejects.toThrow();
  });
});
