import { describe, expect, it } from 'vitest';
import type { CodeTableId } from '../../src/codes/CodeTableId';
import { lookupCode } from '../../src/codes/lookupCode';

describe('lookupCode', () => {
  it('finds an exact code', () => {
    expect(lookupCode('ethnicity', '01')).toMatchObject({ code: '01', name: '汉族', selectable: true });
    expect(lookupCode('education', '1A')?.name).toBe('中央党校研究生');
    expect(lookupCode('id-type', 'resident-id')?.name).toBe('居民身份证');
  });

  it('ignores the case of letters', () => {
    expect(lookupCode('education', '1a')?.code).toBe('1A');
    expect(lookupCode('uscc-category', 'n1')?.code).toBe('N1');
  });

  it('does not interpret names, padding or spaces (that is findCode)', () => {
    expect(lookupCode('ethnicity', '1')).toBeUndefined();
    expect(lookupCode('ethnicity', '汉族')).toBeUndefined();
    expect(lookupCode('ethnicity', ' 01')).toBeUndefined();
    expect(lookupCode('job-post', '4')).toBeUndefined();
  });

  it('never throws on junk', () => {
    expect(lookupCode('sex', null as unknown as string)).toBeUndefined();
    expect(lookupCode('sex', 1 as unknown as string)).toBeUndefined();
    expect(lookupCode('nope' as CodeTableId, '1')).toBeUndefined();
  });
});
