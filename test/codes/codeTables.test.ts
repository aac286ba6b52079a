import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '../../src/codes/CodeEntry';
import { type CodeTableId, isCodeTableId } from '../../src/codes/CodeTableId';
import { getCodeTable, listCodeTables } from '../../src/codes/getCodeTable';
import { listCodes } from '../../src/codes/listCodes';
import { lookupCode } from '../../src/codes/lookupCode';

const IDS = listCodeTables().map((info) => info.id);
// Names that a table legitimately repeats (GB 32100 names a category 其他 under every department).
const REPEATED_NAMES: Partial<Record<CodeTableId, string[]>> = { 'uscc-category': ['其他'] };

describe('code tables', () => {
  it('ships the fixed table ids', () => {
    expect(IDS).toEqual([
      'sex',
      'ethnicity',
      'political-status',
      'education',
      'education-gb4658',
      'job-post',
      'job-post-legacy',
      'party-org-category',
      'unit-nature',
      'unit-party-org-status',
      'id-type',
      'uscc-department',
      'uscc-category',
      'public-institution-category',
      'funding-form',
      'establishment-type',
      'post-level',
      'rank-level',
      'party-member-category',
      'party-membership-status',
      'party-org-unit-relation',
      'unit-level',
      'unit-system',
      'power-category',
    ]);
    for (const id of IDS) expect(isCodeTableId(id)).toBe(true);
    for (const junk of ['regions', 'toString', '__proto__', '', null, 42]) expect(isCodeTableId(junk)).toBe(false);
  });

  describe.each(IDS)('%s', (id) => {
    const entries = listCodes(id);
    const info = getCodeTable(id)!;

    it('has provenance', () => {
      expect(info.id).toBe(id);
      for (const key of ['name', 'nameEn', 'standard', 'edition', 'source'] as const) expect(info[key]).not.toBe('');
      expect(['complete', 'partial', 'project-defined']).toContain(info.completeness);
      if (info.effective !== undefined) expect(info.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('is non-empty with unique codes', () => {
      expect(entries.length).toBeGreaterThan(0);
      expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
      expect(new Set(entries.map((e) => e.code.toUpperCase())).size).toBe(entries.length);
    });

    it('has parents that exist, without cycles', () => {
      const parentTable = info.parentTable ?? id;
      for (const entry of entries) {
        if (entry.parentCode === undefined) continue;
        expect(lookupCode(parentTable, entry.parentCode), `${entry.code} → ${entry.parentCode}`).toBeDefined();
        const seen = new Set<string>([entry.code]);
        let parent: CodeEntry | undefined = entry;
        while (parentTable === id && parent?.parentCode !== undefined) {
          expect(seen.has(parent.parentCode), `cycle at ${entry.code}`).toBe(false);
          seen.add(parent.parentCode);
          parent = lookupCode(id, parent.parentCode);
        }
      }
    });

    it('has grouping codes only where children exist', () => {
      for (const entry of entries.filter((e) => !e.selectable)) {
        expect(
          entries.some((e) => e.parentCode === entry.code),
          `${entry.code} ${entry.name}`,
        ).toBe(true);
      }
      expect(entries.some((e) => e.selectable)).toBe(true);
    });

    it('has unique names and aliases', () => {
      const allowed = REPEATED_NAMES[id] ?? [];
      const owners = new Map<string, string>();
      for (const entry of entries) {
        for (const name of new Set([entry.name, ...entry.aliases])) {
          if (allowed.includes(name)) continue;
          expect(owners.get(name), `"${name}" names ${owners.get(name)} and ${entry.code}`).toBeUndefined();
          owners.set(name, entry.code);
        }
      }
    });

    it('hands out frozen entries', () => {
      expect(Object.isFrozen(entries)).toBe(true);
      expect(Object.isFrozen(entries[0])).toBe(true);
      expect(Object.isFrozen(entries[0]!.aliases)).toBe(true);
    });
  });

  it('marks grouping codes of the party-member forms as not selectable', () => {
    expect(lookupCode('education', '1')).toMatchObject({ name: '研究生教育', selectable: false });
    expect(lookupCode('party-org-category', '6')).toMatchObject({ name: '党的基层组织', selectable: false });
    expect(lookupCode('party-org-category', '632')).toMatchObject({
      name: '联合党支部',
      parentCode: '6',
      selectable: true,
    });
    expect(lookupCode('education-gb4658', '10')?.selectable).toBe(false);
    expect(lookupCode('job-post', '021')).toMatchObject({
      selectable: false,
      note: expect.stringContaining('名称未公开'),
    });
    expect(lookupCode('job-post', '2')).toMatchObject({ name: '解放军、武警', selectable: true });
  });

  it('holds the national standards complete', () => {
    expect(listCodes('sex').map((e) => e.code)).toEqual(['0', '1', '2', '9']);
    expect(listCodes('ethnicity')).toHaveLength(58);
    expect(listCodes('ethnicity').filter((e) => e.attributes?.letter)).toHaveLength(56);
    expect(lookupCode('ethnicity', '05')?.attributes).toEqual({ letter: 'UG', roman: 'Uygur' });
    expect(listCodes('political-status')).toHaveLength(13);
    expect(
      listCodes('uscc-department')
        .map((e) => e.code)
        .join(''),
    ).toBe('123456789ANY');
    expect(listCodes('post-level', { selectableOnly: true })).toHaveLength(13);
    expect(listCodes('rank-level').map((e) => e.name)[0]).toBe('一级巡视员');
  });

  it('gives the USCC validator department and category names', () => {
    expect(lookupCode('uscc-category', '91')).toMatchObject({
      code: '91',
      name: '企业',
      parentCode: '9',
      selectable: true,
    });
    expect(lookupCode('uscc-department', '9')).toMatchObject({ code: '9', name: '工商' });
    expect(lookupCode('uscc-category', 'N2')?.name).toBe('村级集体经济组织');
    for (const category of listCodes('uscc-category')) {
      expect(category.code).toHaveLength(2);
      expect(category.code[0]).toBe(category.parentCode);
    }
  });

  it('records editions side by side and the id-type mappings', () => {
    expect(getCodeTable('job-post')).toMatchObject({ completeness: 'complete', supersedes: 'job-post-legacy' });
    expect(getCodeTable('job-post-legacy')).toMatchObject({ completeness: 'partial', supersededBy: 'job-post' });
    expect(lookupCode('job-post-legacy', '4')).toMatchObject({ name: '离退休人员', attributes: { current: '5' } });
    expect(lookupCode('id-type', 'resident-id')?.attributes).toEqual({ gaCode: '111', numberRule: 'gb11643' });
    expect(lookupCode('id-type', 'cn-passport')).toMatchObject({
      parentCode: 'passport',
      attributes: { gaCode: '414' },
    });
    expect(lookupCode('funding-form', 'self-financing')).toMatchObject({
      name: '经费自理',
      legacy: true,
      selectable: true,
    });
    expect(getCodeTable('id-type')?.completeness).toBe('project-defined');
  });

  it('answers unknown table ids without throwing', () => {
    const junk = 'regions' as CodeTableId;
    expect(getCodeTable(junk)).toBeUndefined();
    expect(getCodeTable('constructor' as CodeTableId)).toBeUndefined();
    expect(listCodes(junk)).toEqual([]);
    expect(lookupCode(junk, '1')).toBeUndefined();
  });
});
