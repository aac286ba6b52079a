import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/people/validateText';

describe('validateText', () => {
  it('trims and collapses whitespace from wrapped cells', () => {
    expect(validateText('  办公室\n主任 ')).toEqual({ ok: true, value: '办公室 主任', warnings: [] });
    expect(validateText('a\u3000\u00a0 b')).toEqual({ ok: true, value: 'a b', warnings: [] });
    expect(validateText(12)).toEqual({ ok: true, value: '12', warnings: [] });
  });

  it('limits the length and names the field', () => {
    const r = validateText('长'.repeat(11), { maxLength: 10, label: '职务', labelEn: 'post' });
    expect(r.ok ? '' : r.issues[0]?.message).toBe('职务过长：最多 10 个字，实为 11 个字');
    const en = validateText('x'.repeat(201), { labelEn: 'address', locale: 'en' });
    expect(en.ok ? '' : en.issues[0]?.message).toBe('address is too long: at most 200 characters, got 201');
  });

  it('reports blank and non-text input', () => {
    expect(validateText(' ').ok).toBe(false);
    const r = validateText([], { label: '职务' });
    expect(r.ok ? '' : r.issues[0]?.code).toBe('invalid_type');
  });

  test.prop([fc.anything()])('never throws', (input) => {
    expect(typeof validateText(input).ok).toBe('boolean');
  });
});
