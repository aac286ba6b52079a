import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { EstablishmentTable } from '../../src/index';
import { writeStatisticsTable } from '../../src/sheets/index';
import { xlsx } from './_workbooks';

const TABLE: EstablishmentTable = {
  title: '示例县民政局机构编制情况',
  columns: [
    { key: 'approvedSum', label: '合计', group: '核定编制' },
    { key: 'approved.administrative', label: '行政编制', group: '核定编制' },
    { key: 'vacancies', label: '空编' },
    { key: 'actualSum', label: '合计', group: '实有人数' },
  ],
  rows: [
    { key: 'total', label: '合计', depth: 0, cells: [14, 12, 1, 13] },
    { key: 'dept:示例县/示例县民政局/办公室', label: '办公室', depth: 1, cells: [null, null, null, 3] },
    { key: 'dept:x', label: '=SUM(A1)', depth: 0, cells: [0, 0, 0, 0] },
  ],
};

const open = (bytes: Uint8Array) => XLSX.read(bytes);

describe('writeStatisticsTable', () => {
  it('writes the title, a two-row header with merged groups, indented labels and number cells', () => {
    const book = open(writeStatisticsTable(TABLE, { xlsx }));
    expect(book.SheetNames).toEqual(['示例县民政局机构编制情况']);
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual(['示例县民政局机构编制情况']);
    expect(rows[1]).toEqual(['项目', '核定编制', undefined, '空编', '实有人数']);
    expect(rows[2]).toEqual([undefined, '合计', '行政编制', undefined, '合计']);
    expect(rows[3]).toEqual(['合计', 14, 12, 1, 13]);
    expect(rows[4]).toEqual(['\u3000办公室', undefined, undefined, undefined, 3]);
    expect(sheet['!merges']).toEqual(
      expect.arrayContaining([
        { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
        { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
        { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
        { s: { r: 1, c: 3 }, e: { r: 2, c: 3 } },
      ]),
    );
    expect(sheet.D4).toMatchObject({ t: 'n', v: 1 });
    // A unit's name is untrusted text: it never becomes a formula.
    expect(sheet.A6).toMatchObject({ t: 's', v: "'=SUM(A1)" });
    expect(sheet.A6?.f).toBeUndefined();
  });

  it('writes one row of header when no column has a group', () => {
    const flat: EstablishmentTable = { ...TABLE, columns: TABLE.columns.map(({ key, label }) => ({ key, label })) };
    const rows = XLSX.utils.sheet_to_json<unknown[]>(open(writeStatisticsTable(flat, { xlsx })).Sheets[TABLE.title]!, {
      header: 1,
    });
    expect(rows[1]).toEqual(['项目', '合计', '行政编制', '空编', '合计']);
    expect(rows[2]).toEqual(['合计', 14, 12, 1, 13]);
  });

  it('writes several tables, one sheet each with unique names Excel accepts; title overrides a single one', () => {
    const long = { ...TABLE, title: '按层级和所属系统统计的机构编制情况：行政机关/事业单位[2026]' };
    const book = open(writeStatisticsTable([TABLE, long, long], { xlsx }));
    expect(book.SheetNames).toHaveLength(3);
    for (const name of book.SheetNames) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(book.SheetNames).size).toBe(3);
    const titled = open(writeStatisticsTable(TABLE, { xlsx, title: '表一 机构编制' }));
    expect(titled.SheetNames).toEqual(['表一 机构编制']);
  });
});
