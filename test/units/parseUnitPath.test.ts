import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatUnitPath, parseUnitPath } from '../../src/units/parseUnitPath';

const FULL = '屈原管理区/屈原管理区管委工作部门/屈原管理区行政审批服务局';
const SEGMENTS = ['屈原管理区', '屈原管理区管委工作部门', '屈原管理区行政审批服务局'];
const segmentsOf = (input: unknown, options?: Parameters<typeof parseUnitPath>[1]) => {
  const result = parseUnitPath(input, options);
  return result.ok ? result.value.segments : result.issues.map((i) => i.code);
};

describe('parseUnitPath', () => {
  it('reads every separator people use, with or without spaces', () => {
    for (const separator of ['/', '／', '\\', '＼', ' / ', ' ／ ', '\t/\t', '\u3000／\u3000']) {
      expect(segmentsOf(SEGMENTS.join(separator)), JSON.stringify(separator)).toEqual(SEGMENTS);
    }
    expect(segmentsOf('屈原管理区 ／ 屈原管理区管委工作部门\\屈原管理区行政审批服务局')).toEqual(SEGMENTS);
  });

  it('removes the whitespace a wrapped cell puts inside CJK names', () => {
    expect(segmentsOf('屈原管理 区/屈原管理区管委 工作部门/屈原管理 区行政审批 服务局')).toEqual(SEGMENTS);
    expect(segmentsOf('屈原管理区/屈原管理区管委工作部门/屈原管理区行政审批\n服务局')).toEqual(SEGMENTS);
    expect(segmentsOf('屈原管理区/屈原管理区管委工作部门/屈原管理区行政审批\r\n 服务局')).toEqual(SEGMENTS);
  });

  it('keeps one space between Latin words and applies NFKC', () => {
    expect(segmentsOf('示例县/ＡＢＣ  Company   Ltd')).toEqual(['示例县', 'ABC Company Ltd']);
    expect(segmentsOf('示例县/第１中学')).toEqual(['示例县', '第1中学']);
  });

  it('returns the canonical path, the same whether or not the input was canonical', () => {
    const parsed = parseUnitPath(FULL);
    expect(parsed).toEqual({ ok: true, value: { segments: SEGMENTS, path: FULL }, warnings: [] });
    expect(parseUnitPath(` ${FULL} `)).toEqual(parsed);
    expect(formatUnitPath(SEGMENTS)).toBe(FULL);
  });

  it('warns about a stray leading or trailing separator and rejects an empty level', () => {
    const trailing = parseUnitPath(`${FULL}/`);
    expect(trailing.ok && trailing.warnings.map((i) => [i.code, i.params.position])).toEqual([['empty_segment', 4]]);
    const leading = parseUnitPath(`/${FULL}`);
    expect(leading.ok && leading.warnings.map((i) => i.code)).toEqual(['empty_segment']);
    const inner = parseUnitPath('屈原管理区//屈原管理区民政局');
    expect(inner.ok).toBe(false);
    expect(!inner.ok && inner.issues.map((i) => [i.code, i.severity, i.params.position])).toEqual([
      ['empty_segment', 'error', 2],
    ]);
  });

  it('rejects too many levels, too long a level and forbidden characters', () => {
    expect(segmentsOf(Array.from({ length: 11 }, (_, i) => `级${i}`).join('/'))).toEqual(['path_too_deep']);
    expect(segmentsOf(Array.from({ length: 11 }, (_, i) => `级${i}`).join('/'), { maxDepth: 11 })).toHaveLength(11);
    expect(segmentsOf(`示例县/${'很'.repeat(51)}`)).toEqual(['segment_too_long']);
    expect(segmentsOf(`示例县/${'很'.repeat(51)}`, { maxSegmentLength: 60 })).toHaveLength(2);
    expect(segmentsOf('示例县/民政局<script>')).toEqual(['forbidden_character']);
    expect(segmentsOf('示例县/民政\u200b局')).toEqual(['forbidden_character']);
  });

  it('counts characters, not UTF-16 units, against the length limit', () => {
    expect(segmentsOf(`示例县/${'𠀀'.repeat(50)}`)).toHaveLength(2);
    expect(segmentsOf(`示例县/${'𠀀'.repeat(51)}`)).toEqual(['segment_too_long']);
  });

  it('reports blanks and non-text without throwing', () => {
    for (const input of [undefined, null, '', '   ']) expect(segmentsOf(input)).toEqual(['required']);
    expect(segmentsOf('/')).toEqual(['required', 'empty_segment', 'empty_segment']);
    expect(segmentsOf({})).toEqual(['invalid_type']);
    expect(segmentsOf(42)).toEqual(['42']);
  });

  it('gives messages in both languages', () => {
    const zh = parseUnitPath('屈原管理区//民政局');
    const en = parseUnitPath('屈原管理区//民政局', { locale: 'en' });
    expect(!zh.ok && zh.issues[0]?.message).toMatch(/第 2 级为空/);
    expect(!en.ok && en.issues[0]?.message).toMatch(/empty level 2/);
  });

  // The canonical fast path must agree with the full normalisation: a leading space forces the latter.
  test.prop([
    fc.array(
      fc.string({
        unit: fc.constantFrom(...'屈原管理区民政局办公室abcXYZ019()._-·、 ／\\/（）\t　'),
        minLength: 0,
        maxLength: 8,
      }),
      { minLength: 1, maxLength: 12 },
    ),
  ])('reads a path the same with and without the fast path', (parts) => {
    const text = parts.join('/');
    expect(parseUnitPath(text)).toEqual(parseUnitPath(` ${text}`));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('never throws and always answers a Result', (text) => {
    const result = parseUnitPath(text);
    expect(typeof result.ok).toBe('boolean');
    if (result.ok) expect(parseUnitPath(result.value.path).ok).toBe(true);
  });
});
