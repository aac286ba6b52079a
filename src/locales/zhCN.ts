import type { MessageDictionary, MessageParams } from './MessageDictionary';

const label = (p: MessageParams): string => (typeof p.label === 'string' ? p.label : '值');

/** Chinese (zh-CN) messages, the default locale. */
export const zhCN = {
  invalid_type: (p) => `${label(p)}的类型不正确：应为文本，实为 ${String(p.received)}`,
  required: (p) => `${label(p)}不能为空`,
  invalid_length: (p) => `${label(p)}长度不正确：应为 ${String(p.expected)} 位，实为 ${String(p.actual)} 位`,
  invalid_format: (p) => `${label(p)}格式不正确${p.reason ? `：${String(p.reason)}` : ''}`,
  invalid_checksum: (p) => `${label(p)}校验码错误：应为 ${String(p.expected)}，实为 ${String(p.actual)}`,
  spreadsheet_number: (p) =>
    `${label(p)}在表格中被存成了数字，${p.lost === 'leading_zero' ? '开头的 0 ' : '末尾数字'}已丢失；请把该列设为“文本”格式后重新填写`,
  invalid_birth_date: (p) => `出生日期 ${String(p.birthDate)} 不是有效日期`,
  future_birth_date: (p) => `出生日期 ${String(p.birthDate)} 晚于 ${String(p.asOf)}`,
  doubtful_birth_date: (p) => `出生日期 ${String(p.birthDate)} 早于 1900 年，请核实`,
  unknown_region: (p) =>
    p.level === 'province'
      ? `地址码 ${String(p.regionCode)} 的省级代码不存在`
      : `地址码 ${String(p.regionCode)} 不在行政区划代码表中，请核实`,
  region_retired_before_birth: (p) =>
    `地址码 ${String(p.regionCode)} 已于 ${String(p.until)} 年撤销，早于出生年份 ${String(p.birthYear)}`,
  legacy_15_digit: () => '15 位旧号码未被允许，请填写 18 位号码',
  unknown_registration_department: (p) => `登记管理部门代码 ${String(p.department)} 不存在`,
  unknown_uscc_category: (p) => `机构类别代码 ${String(p.category)} 不属于登记管理部门 ${String(p.department)}，请核实`,
  invalid_embedded_org_code: (p) => `统一社会信用代码中的组织机构代码 ${String(p.orgCode)} 校验不通过，请核实`,
  pilot_uscc_checksum: () => '校验码不符合 GB 32100，但内含的组织机构代码有效（试点期代码），请核实',
  invalid_mobile_prefix: (p) => `手机号码号段 ${String(p.prefix)} 不存在`,
  unknown_mobile_prefix: (p) => `手机号码号段 ${String(p.prefix)} 未见于号段表，请核实`,
  missing_area_code: () => '座机号码缺少区号，应写成“区号-号码”，如 0730-1234567',
  unknown_area_code: (p) => `区号 ${String(p.areaCode)} 不在区号表中，请核实`,
  invalid_local_number_length: (p) =>
    `区号 ${String(p.areaCode)} 的本地号码应为 ${String(p.expected)} 位，实为 ${String(p.actual)} 位`,
  unknown_code: (p) => `代码“${String(p.value)}”不在${String(p.table ?? '代码表')}中`,
  not_selectable: (p) => `“${String(p.value)}”是分类代码，请选择其下的具体项`,
} satisfies MessageDictionary;
