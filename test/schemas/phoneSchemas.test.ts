import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { landlineSchema, mobileSchema, postalCodeSchema } from '../../src/schemas/phoneSchemas';

const issuesOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => ({
    message: i.message,
    code: (i as { params?: { issueCode?: string } }).params?.issueCode,
  }));

describe('mobileSchema', () => {
  it('outputs the compact number', () => {
    expect(mobileSchema().parse('+86 138 1234 5678')).toBe('13812345678');
    expect(mobileSchema().parse(13812345678)).toBe('13812345678');
    // A warning does not fail the parse.
    expect(mobileSchema().parse('14912345678')).toBe('14912345678');
  });

  it('reports our messages and codes, in Chinese or English', () => {
    expect(issuesOf(mobileSchema().safeParse('1381234567'))).toEqual([
      { message: '手机号码长度不正确：应为 11 位，实为 10 位', code: 'invalid_length' },
    ]);
    expect(issuesOf(mobileSchema({ locale: 'en' }).safeParse('12812345678'))).toEqual([
      { message: 'mobile prefix 128 does not exist', code: 'invalid_mobile_prefix' },
    ]);
    expect(issuesOf(mobileSchema().safeParse(undefined))).toEqual([{ message: '手机号码不能为空', code: 'required' }]);
  });
});

describe('landlineSchema', () => {
  it('outputs the display form', () => {
    expect(landlineSchema().parse('（0730）1234567')).toBe('0730-1234567');
    expect(landlineSchema().parse('+86 730 1234567 ext. 12')).toBe('0730-1234567转12');
    expect(landlineSchema().parse('026-12345678')).toBe('026-12345678');
  });

  it('reports our messages and codes', () => {
    expect(issuesOf(landlineSchema().safeParse('0731-8888888'))).toEqual([
      { message: '区号 0731 的本地号码应为 8 位，实为 7 位', code: 'invalid_local_number_length' },
    ]);
    expect(issuesOf(landlineSchema({ locale: 'en' }).safeParse('1234567'))).toEqual([
      {
        message: 'the landline number lacks its area code; write it as area code-number, e.g. 0730-1234567',
        code: 'missing_area_code',
      },
    ]);
  });
});

describe('postalCodeSchema', () => {
  it('outputs the 6 digits and reports our messages', () => {
    expect(postalCodeSchema().parse(414000)).toBe('414000');
    expect(issuesOf(postalCodeSchema().safeParse(10000))?.[0]?.code).toBe('spreadsheet_number');
    expect(issuesOf(postalCodeSchema({ locale: 'en' }).safeParse('4140'))).toEqual([
      { message: 'postal code has the wrong length: expected 6, got 4', code: 'invalid_length' },
    ]);
  });
});

describe('as parts of a larger schema', () => {
  const contact = z.object({
    mobile: mobileSchema(),
    landline: landlineSchema().optional(),
    postalCode: postalCodeSchema(),
  });

  it('puts the field path on each issue', () => {
    const result = contact.safeParse({ mobile: '12812345678', landline: '0731-8888888', postalCode: '414000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['mobile'], ['landline']]);
    expect(contact.parse({ mobile: '138 1234 5678', postalCode: '４１４０００' })).toEqual({
      mobile: '13812345678',
      postalCode: '414000',
    });
  });
});

describe('Standard Schema', () => {
  it('validates through ~standard', () => {
    const schema = landlineSchema();
    expect(schema['~standard'].version).toBe(1);
    expect(schema['~standard'].validate('0730-1234567')).toEqual({ value: '0730-1234567' });
    const failed = mobileSchema({ locale: 'en' })['~standard'].validate('1381234567');
    expect(failed).toMatchObject({ issues: [{ message: 'mobile number has the wrong length: expected 11, got 10' }] });
  });

  test.prop([fc.anything()])('no input throws', (input) => {
    expect(() => {
      mobileSchema().safeParse(input);
      landlineSchema().safeParse(input);
      postalCodeSchema({ locale: 'en' }).safeParse(input);
    }).not.toThrow();
  });
});
