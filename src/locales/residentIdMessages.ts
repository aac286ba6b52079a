import type { MessageCatalog } from './MessageDictionary';

/** Messages of the resident ID family (GB 11643). Split by domain so a validator bundles only the messages it can report. */
export const residentIdMessages = {
  'zh-CN': {
    invalid_birth_date: (p) => `出生日期 ${String(p.birthDate)} 不是有效日期`,
    future_birth_date: (p) => `出生日期 ${String(p.birthDate)} 晚于 ${String(p.asOf)}`,
    doubtful_birth_date: (p) => `出生日期 ${String(p.birthDate)} 早于 1900 年，请核实`,
    region_retired_before_birth: (p) =>
      `地址码 ${String(p.regionCode)} 已于 ${String(p.until)} 年撤销，早于出生年份 ${String(p.birthYear)}`,
    legacy_15_digit: () => '15 位旧号码未被允许，请填写 18 位号码',
  },
  en: {
    invalid_birth_date: (p) => `birth date ${String(p.birthDate)} is not a real date`,
    future_birth_date: (p) => `birth date ${String(p.birthDate)} is after ${String(p.asOf)}`,
    doubtful_birth_date: (p) => `birth date ${String(p.birthDate)} is before 1900; please check`,
    region_retired_before_birth: (p) =>
      `address code ${String(p.regionCode)} was retired in ${String(p.until)}, before the birth year ${String(p.birthYear)}`,
    legacy_15_digit: () => 'old 15-digit numbers are not allowed here; enter the 18-character number',
  },
} satisfies MessageCatalog<
  'invalid_birth_date' | 'future_birth_date' | 'doubtful_birth_date' | 'region_retired_before_birth' | 'legacy_15_digit'
>;
