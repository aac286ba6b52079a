import { describe, expect, it } from 'vitest';
import { _normalizeLabel } from '../../src/sheets/_headerMatch';
import * as sheets from '../../src/sheets/index';
import { getTemplate, isTemplateId, TEMPLATE_IDS } from '../../src/sheets/index';

// The public API of cn-orgdata/sheets, pinned like the root entry's.
const EXPORTS = [
  'INSTRUCTIONS_SHEET',
  'TEMPLATE_IDS',
  'getTemplate',
  'isTemplateId',
  'locateIssues',
  'readWorkbook',
  'writeConfirmationTable',
  'writeReport',
  'writeStatisticsTable',
  'writeTemplate',
];

describe('cn-orgdata/sheets exports', () => {
  it('are exactly the pinned list', () => {
    expect(Object.keys(sheets).sort()).toEqual(EXPORTS);
  });
});

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  const template = getTemplate(id);

  it('is registered under its id', () => {
    expect(template.id).toBe(id);
    expect(isTemplateId(id)).toBe(true);
  });

  it('has a sheet name Excel accepts', () => {
    expect([...template.sheetName].length).toBeLessThanOrEqual(31);
    expect(template.sheetName).not.toMatch(/[:\\/?*[\]]/);
  });

  it('has one column per field, and labels and aliases that point to one column each', () => {
    const fields = template.columns.map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    const owner = new Map<string, string>();
    for (const column of template.columns) {
      for (const label of [column.label, ...(column.aliases ?? [])]) {
        const key = _normalizeLabel((column.group ?? '') + label);
        expect(owner.get(key) ?? column.field, `${label} is claimed twice`).toBe(column.field);
        owner.set(key, column.field);
      }
    }
  });

  it('declares what each column type needs', () => {
    for (const column of template.columns) {
      if (column.type === 'choice') expect(column.choices?.length).toBeGreaterThan(1);
      if (column.type === 'code') expect(column.codeTable).toBeDefined();
      expect(column.width).toBeGreaterThan(0);
      expect(column.labelEn).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(template.columns.some((c) => c.required)).toBe(true);
  });
});

describe('isTemplateId', () => {
  it('rejects anything else', () => {
    for (const value of ['roster', '', null, 42, 'UNIT-INFO', '__proto__']) expect(isTemplateId(value)).toBe(false);
  });
});

describe('_normalizeLabel', () => {
  it('ignores width, spaces, line breaks, bracket style, required marks and a trailing colon', () => {
    const key = _normalizeLabel('部门名称(全路径)');
    for (const written of [
      '部门名称（全路径）',
      ' 部门名称\n(全路径) ',
      '*部门名称【全路径】',
      '部门名称〔全路径〕：',
      '部门 名称 ( 全 路径 )',
    ]) {
      expect(_normalizeLabel(written)).toBe(key);
    }
  });
});
