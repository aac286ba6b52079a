import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { _cellText, _generalText, _isDateFormat } from '../../src/sheets/_cellText';

describe('cell text without SheetJS formatting', () => {
  test.prop([
    fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.integer({ min: 1e9, max: 2 ** 53 })),
  ])('General numbers read as SheetJS formats them', (value) => {
    expect(_generalText(value)).toBe(XLSX.SSF.format('General', value));
  });

  it('shows IDs typed as numbers as Excel does, error codes by name, dates and zero-padded formats', () => {
    expect(_cellText({ t: 'n', v: 110101199003071000 })).toBe('1.10101E+17');
    expect(_cellText({ t: 'e', v: 42 })).toBe('#N/A');
    expect(_cellText({ t: 'e', v: 23 })).toBe('#REF!');
    expect(_cellText({ t: 'n', v: 32874, z: 'yyyy"年"m"月"d"日"' })).toBe('1990-01-01');
    expect(_cellText({ t: 'n', v: 1, z: '00' })).toBe('01');
    expect(_cellText({ t: 'b', v: true })).toBe('TRUE');
    expect(_cellText({ t: 'n', v: 5, w: '5.00' })).toBe('5.00');
  });

  it('tells date formats from others', () => {
    for (const format of ['yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"', '[$-804]yyyy年m月d日', 'h:mm', 'd-mmm-yy']) {
      expect(_isDateFormat(format), format).toBe(true);
    }
    for (const format of ['General', '@', '0.00', '#,##0', '0%', '"days"0', '[Red]0.0', '0.00E+00', undefined]) {
      expect(_isDateFormat(format), String(format)).toBe(false);
    }
  });
});
