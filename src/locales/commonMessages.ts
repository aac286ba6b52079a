import { _labelEn, _labelZh, type MessageCatalog } from './MessageDictionary';

/** Messages of the issues every validator can report. Split by domain so a validator bundles only the messages it can report. */
export const commonMessages = {
  'zh-CN': {
    invalid_type: (p) => `${_labelZh(p)}的类型不正确：应为文本，实为 ${String(p.received)}`,
    required: (p) => `${_labelZh(p)}不能为空`,
    invalid_length: (p) => `${_labelZh(p)}长度不正确：应为 ${String(p.expected)} 位，实为 ${String(p.actual)} 位`,
    invalid_format: (p) => `${_labelZh(p)}格式不正确${p.reason ? `：${String(p.reason)}` : ''}`,
    invalid_checksum: (p) => `${_labelZh(p)}校验码错误：应为 ${String(p.expected)}，实为 ${String(p.actual)}`,
    spreadsheet_number: (p) =>
      `${_labelZh(p)}在表格中被存成了数字，${p.lost === 'leading_zero' ? '开头的 0 ' : '末尾数字'}已丢失；请把该列设为“文本”格式后重新填写`,
    unknown_region: (p) =>
      p.level === 'province'
        ? `地址码 ${String(p.regionCode)} 的省级代码不存在`
        : `地址码 ${String(p.regionCode)} 不在行政区划代码表中，请核实`,
  },
  en: {
    invalid_type: (p) => `${_labelEn(p)} has the wrong type: expected text, got ${String(p.received)}`,
    required: (p) => `${_labelEn(p)} is required`,
    invalid_length: (p) =>
      `${_labelEn(p)} has the wrong length: expected ${String(p.expected)}, got ${String(p.actual)}`,
    invalid_format: (p) => `${_labelEn(p)} has an invalid format${p.reasonEn ? `: ${String(p.reasonEn)}` : ''}`,
    invalid_checksum: (p) =>
      `${_labelEn(p)} has a wrong check character: expected ${String(p.expected)}, got ${String(p.actual)}`,
    spreadsheet_number: (p) =>
      `${_labelEn(p)} was stored by a spreadsheet as a number and lost ${p.lost === 'leading_zero' ? 'its leading 0' : 'its last digits'}; format the column as text and enter it again`,
    unknown_region: (p) =>
      p.level === 'province'
        ? `address code ${String(p.regionCode)} has an unknown province`
        : `address code ${String(p.regionCode)} is not in the region table; please check`,
  },
} satisfies MessageCatalog<
  | 'invalid_type'
  | 'required'
  | 'invalid_length'
  | 'invalid_format'
  | 'invalid_checksum'
  | 'spreadsheet_number'
  | 'unknown_region'
>;
