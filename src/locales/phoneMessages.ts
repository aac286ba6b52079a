import type { MessageCatalog } from './MessageDictionary';

/** Messages of the phone validators. Split by domain so a validator bundles only the messages it can report. */
export const phoneMessages = {
  'zh-CN': {
    invalid_mobile_prefix: (p) => `手机号码号段 ${String(p.prefix)} 不存在`,
    unknown_mobile_prefix: (p) => `手机号码号段 ${String(p.prefix)} 未见于号段表，请核实`,
    missing_area_code: () => '座机号码缺少区号，应写成“区号-号码”，如 0730-1234567',
    unknown_area_code: (p) => `区号 ${String(p.areaCode)} 不在区号表中，请核实`,
    invalid_local_number_length: (p) =>
      `区号 ${String(p.areaCode)} 的本地号码应为 ${String(p.expected)} 位，实为 ${String(p.actual)} 位`,
  },
  en: {
    invalid_mobile_prefix: (p) => `mobile prefix ${String(p.prefix)} does not exist`,
    unknown_mobile_prefix: (p) => `mobile prefix ${String(p.prefix)} is not in the prefix table; please check`,
    missing_area_code: () => 'the landline number lacks its area code; write it as area code-number, e.g. 0730-1234567',
    unknown_area_code: (p) => `area code ${String(p.areaCode)} is not in the area-code table; please check`,
    invalid_local_number_length: (p) =>
      `local numbers under area code ${String(p.areaCode)} have ${String(p.expected)} digits, got ${String(p.actual)}`,
  },
} satisfies MessageCatalog<
  | 'invalid_mobile_prefix'
  | 'unknown_mobile_prefix'
  | 'missing_area_code'
  | 'unknown_area_code'
  | 'invalid_local_number_length'
>;
