import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, renderMessage } from '../../src/index';
import { en } from '../../src/locales/en';
import { zhCN } from '../../src/locales/zhCN';

const SAMPLE = {
  label: 'field',
  labelEn: 'field',
  expected: 18,
  received: 'object',
  reason: 'reason',
  reasonEn: 'reason',
  birthDate: '1990-01-01',
  asOf: '2026-11-25',
  regionCode: '430602',
  level: 'county',
  until: 1990,
  birthYear: 1995,
  department: 'B',
  category: 'X',
  orgCode: 'M000100Y-4',
  prefix: '123',
  areaCode: '0731',
  value: '99',
  table: 'table',
  tableEn: 'ethnicity',
  date: '2030-01-01',
  max: 50,
  position: 2,
  segment: 'office',
  character: '<',
  declared: '1990-01-01',
  fromId: '1990-01-02',
  idType: 'resident-id',
  number: '430602********1233',
  otherRow: 7,
  joined: '2010-01-01',
  fullMember: '2009-01-01',
  months: 18,
  post: 'student',
  age: 45,
  unitStatus: 'status',
  actual: 1,
  path: 'a/b',
  parent: 'a',
  created: true,
  count: 2,
  roots: 'a, b',
  input: 'b/c',
  candidates: 'a/b/c, x/b/c',
  suggestions: 'a/b',
  name: 'office',
  computed: 13,
  unit: 'unit',
  type: 'type',
  reported: 14,
  named: 13,
  field: 'field',
  sources: 'r1, r2',
  resolved: true,
  relation: 'joint',
  approved: 10,
  row: 3,
};
const CJK = /[\u4e00-\u9fff]/;

describe('locales', () => {
  it('have exactly one message per issue code', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each([...ISSUE_CODES])('%s has a Chinese and an English message', (code) => {
    const zh = renderMessage(code, SAMPLE);
    const english = renderMessage(code, SAMPLE, 'en');
    expect(zh).toMatch(CJK);
    expect(english).not.toMatch(CJK);
    expect(zh).not.toContain('undefined');
    expect(english).not.toContain('undefined');
  });
});
