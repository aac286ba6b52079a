import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/sanding/parseDocumentNumber';
import { issuesOf } from './_fixtures';

const OPTIONS = { asOf: '2026-01-01' };

describe('parseDocumentNumber', () => {
  it('reads the official form (GB/T 9704)', () => {
    expect(parseDocumentNumber('百编办〔2017〕11号', OPTIONS)).toEqual({
      ok: true,
      value: { issuer: '百编办', year: 2017, serial: 11, text: '百编办〔2017〕11号' },
      warnings: [],
    });
    expect(parseDocumentNumber(' 国办发 〔2019〕 1 号', OPTIONS).ok).toBe(true);
    // A parsed number read again (a normalised document validated twice).
    const value = { issuer: '百编办', year: 2017, serial: 11, text: '百编办〔2017〕11号' };
    expect(parseDocumentNumber(value, OPTIONS)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['百编办[2017]11号'],
    ['百编办(2017)11号'],
    ['百编办（2017）11号'],
    ['百编办【2017】11号'],
    ['百编办［2017］11号'],
    ['百编办﹝2017﹞11号'],
    ['百编办〔2017〕第11号'],
    ['百编办〔2017〕011号'],
    ['百编办〔2017〕11'],
  ])('normalises %s with a warning', (input) => {
    const result = parseDocumentNumber(input, OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toBe('百编办〔2017〕11号');
    // ﹝﹞ become 〔〕 under NFKC: nothing to warn about.
    if (input.includes('﹝')) expect(result.warnings).toEqual([]);
    else expect(result.warnings.map((w) => w.code)).toEqual(['nonstandard_document_number']);
  });

  it('says what is nonstandard', () => {
    const [warning] = issuesOf(parseDocumentNumber('百编办[2017]第011', OPTIONS));
    expect(warning!.message).toBe(
      '文号“百编办[2017]第011”不符合公文格式（年份应使用六角括号〔〕；序号前不加“第”；序号不编虚位；序号后应加“号”），已按“百编办〔2017〕11号”处理',
    );
    const [english] = issuesOf(parseDocumentNumber('百编办[2017]11号', { ...OPTIONS, locale: 'en' }));
    expect(english!.message).toBe(
      'document number "百编办[2017]11号" does not follow the official format (the year belongs in 〔〕); read as "百编办〔2017〕11号"',
    );
  });

  it.each([
    ['百编办11号', '缺少用六角括号〔〕括入的年份'],
    ['〔2017〕11号', '缺少机关代字'],
    ['百编办〔〕11号', '缺少年份'],
    ['百编办〔17〕11号', '年份应写全四位'],
    ['百编办〔2017〕', '缺少发文顺序号'],
    ['百编办〔2017〕号', '缺少发文顺序号'],
    ['百编办〔2017〕十一号', '序号应为阿拉伯数字后加“号”'],
    ['百编办〔2017〕0号', '序号应从 1 起编'],
    ['百编办〔1850〕3号', '年份不合理'],
  ])('rejects %s', (input, reason) => {
    const result = parseDocumentNumber(input, OPTIONS);
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]).toMatchObject({ code: 'invalid_format', severity: 'error', params: { reason } });
  });

  it('checks the year against the document date and today', () => {
    const later = parseDocumentNumber('百编办〔2018〕3号', { ...OPTIONS, date: '2017-12-30' });
    expect(issuesOf(later)).toMatchObject([
      { code: 'document_year_mismatch', severity: 'error', message: '文号年份 2018 晚于发文日期 2017-12-30' },
    ]);
    const earlier = parseDocumentNumber('百编办〔2016〕3号', { ...OPTIONS, date: '2017-01-05' });
    expect(earlier.ok).toBe(true);
    expect(issuesOf(earlier)).toMatchObject([{ code: 'document_year_mismatch', severity: 'warning' }]);
    expect(parseDocumentNumber('百编办〔2017〕3号', { ...OPTIONS, date: new Date('2017-05-01') }).ok).toBe(true);
    const future = parseDocumentNumber('百编办〔2027〕3号', OPTIONS);
    expect(issuesOf(future)).toMatchObject([
      { code: 'future_date', severity: 'error', message: '文号年份 2027 晚于 2026' },
    ]);
  });

  it('reports junk as a type error', () => {
    for (const junk of [undefined, null, '', {}, [], 1.5, Symbol('s')]) {
      const result = parseDocumentNumber(junk);
      expect(result.ok).toBe(false);
      expect(['required', 'invalid_type']).toContain(issuesOf(result)[0]!.code);
    }
  });

  test.prop([
    fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}$/),
    fc.integer({ min: 1950, max: 2025 }),
    fc.integer({ min: 1, max: 9999 }),
  ])('round-trips every canonical number', (issuer, year, serial) => {
    const text = `${issuer}〔${year}〕${serial}号`;
    const result = parseDocumentNumber(text, OPTIONS);
    expect(result).toEqual({ ok: true, value: { issuer, year, serial, text }, warnings: [] });
  });

  test.prop([fc.string({ unit: 'binary' })])('never throws', (text) => {
    expect(typeof parseDocumentNumber(text).ok).toBe('boolean');
  });
});
