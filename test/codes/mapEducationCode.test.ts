import { describe, expect, it } from 'vitest';
import { listCodes } from '../../src/codes/listCodes';
import { type EducationTableId, mapEducationCode } from '../../src/codes/mapEducationCode';

const codes = (table: EducationTableId, input: string) => mapEducationCode(table, input)?.targets.map((e) => e.code);

describe('mapEducationCode', () => {
  it('maps ZB64 to GB/T 4658, narrower where GB/T 4658 records completion', () => {
    expect(mapEducationCode('education', '21')).toMatchObject({ relation: 'narrower', toTable: 'education-gb4658' });
    expect(codes('education', '21')).toEqual(['21', '22', '23']);
    expect(codes('education', '22')).toEqual(['31', '32', '33']);
    expect(codes('education', '9')).toEqual(['90']);
    expect(mapEducationCode('education', '1')?.relation).toBe('exact');
  });

  it('says explicitly when there is no equivalent (党校 codes)', () => {
    for (const code of ['1A', '1B', '2A', '2B', '2C', '2D']) {
      expect(mapEducationCode('education', code)).toMatchObject({
        relation: 'none',
        targets: [],
        note: expect.any(String),
      });
    }
  });

  it('maps GB/T 4658 to ZB64, broader where completion is lost', () => {
    expect(mapEducationCode('education-gb4658', '大学本科肄业')).toMatchObject({
      relation: 'broader',
      from: { code: '23' },
    });
    expect(codes('education-gb4658', '23')).toEqual(['21']);
    expect(codes('education-gb4658', '28')).toEqual(['23']);
    expect(codes('education-gb4658', '60')).toEqual(['6']);
  });

  it('covers every code of both tables', () => {
    for (const table of ['education', 'education-gb4658'] as const) {
      for (const entry of listCodes(table)) {
        const mapping = mapEducationCode(table, entry.code);
        expect(mapping?.from, `${table} ${entry.code}`).toBe(entry);
        expect(mapping?.targets.length === 0).toBe(mapping?.relation === 'none');
      }
    }
  });

  it('round-trips exact mappings', () => {
    for (const entry of listCodes('education')) {
      const mapping = mapEducationCode('education', entry.code)!;
      if (mapping.relation !== 'exact') continue;
      expect(codes('education-gb4658', mapping.targets[0]!.code)).toEqual([entry.code]);
    }
  });

  it('returns undefined for unknown values and tables', () => {
    expect(mapEducationCode('education', '博士后')).toBeUndefined();
    expect(mapEducationCode('education', null)).toBeUndefined();
    expect(mapEducationCode('sex' as EducationTableId, '1')).toBeUndefined();
  });
});
