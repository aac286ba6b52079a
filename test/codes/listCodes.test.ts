import { describe, expect, it } from 'vitest';
import { listCodes } from '../../src/codes/listCodes';

describe('listCodes', () => {
  it('keeps source order', () => {
    expect(listCodes('sex').map((e) => e.name)).toEqual(['未知的性别', '男', '女', '未说明的性别']);
    expect(listCodes('rank-level').map((e) => e.code)).toEqual([
      'inspector-1',
      'inspector-2',
      'researcher-1',
      'researcher-2',
      'researcher-3',
      'researcher-4',
      'principal-staff-1',
      'principal-staff-2',
      'principal-staff-3',
      'principal-staff-4',
      'staff-1',
      'staff-2',
    ]);
  });

  it('lists the children of a code, or the top level with null', () => {
    expect(listCodes('education', { parentCode: '1' }).map((e) => e.code)).toEqual(['11', '12', '13', '1A', '1B']);
    expect(listCodes('party-org-category', { parentCode: null }).map((e) => e.code)).toEqual(['6', '9']);
    expect(listCodes('uscc-category', { parentCode: '9' }).map((e) => e.name)).toEqual([
      '企业',
      '个体工商户',
      '农民专业合作社',
    ]);
    expect(listCodes('education', { parentCode: '99' })).toEqual([]);
  });

  it('lists selectable entries only', () => {
    const selectable = listCodes('party-org-category', { selectableOnly: true });
    expect(selectable.map((e) => e.code)).toEqual(['611', '621', '631', '632', '911', '921', '931', '932']);
    expect(listCodes('education', { parentCode: null, selectableOnly: true }).map((e) => e.code)).toEqual([
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('returns the same frozen array when unfiltered', () => {
    expect(listCodes('ethnicity')).toBe(listCodes('ethnicity'));
    expect(Object.isFrozen(listCodes('ethnicity'))).toBe(true);
  });
});
