import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validatePersonName } from '../../src/people/validatePersonName';

const value = (input: unknown, options = {}) => {
  const r = validatePersonName(input, options);
  return r.ok ? r.value : r.issues.map((i) => i.code).join(',');
};

describe('validatePersonName', () => {
  it('removes alignment spaces and unifies middle dots', () => {
    expect(value(' 张　三 ')).toBe('张三');
    expect(value('张 三')).toBe('张三');
    for (const dot of ['·', '•', '・', '･', '‧', '.', '．']) expect(value(`买买提${dot}艾力`), dot).toBe('买买提·艾力');
    expect(value('John  Smith')).toBe('John Smith');
    expect(value("O'Brien-Smith")).toBe("O'Brien-Smith");
  });

  it('rejects digits and symbols', () => {
    expect(value('张三1')).toBe('invalid_name');
    expect(value('张三@')).toBe('invalid_name');
    expect(value(123)).toBe('invalid_name');
    const r = validatePersonName('张三1');
    expect(r.ok ? '' : r.issues[0]?.message).toBe('姓名“张三1”含有不应出现的字符“1”');
    const en = validatePersonName('张三1', { locale: 'en' });
    expect(en.ok ? '' : en.issues[0]?.message).toBe(
      'name "张三1" contains a character that does not belong in it ("1")',
    );
  });

  it('limits the length', () => {
    expect(value('张'.repeat(50))).toBe('张'.repeat(50));
    expect(value('张'.repeat(51))).toBe('too_long');
    expect(value('张三四', { maxLength: 2 })).toBe('too_long');
  });

  it('reports blank and non-text input', () => {
    expect(value('  ')).toBe('required');
    expect(value(undefined)).toBe('required');
    expect(value({})).toBe('invalid_type');
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'张李王三四五伟芳'), minLength: 1, maxLength: 10 })])(
    'Han names pass unchanged',
    (name) => {
      expect(value(name)).toBe(name);
    },
  );

  test.prop([fc.anything()])('never throws', (input) => {
    expect(typeof validatePersonName(input).ok).toBe('boolean');
  });
});
