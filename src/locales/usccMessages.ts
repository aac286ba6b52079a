import type { MessageCatalog } from './MessageDictionary';

/** Messages of the USCC and org code validators (GB 32100, GB 11714). Split by domain so a validator bundles only the messages it can report. */
export const usccMessages = {
  'zh-CN': {
    unknown_registration_department: (p) => `登记管理部门代码 ${String(p.department)} 不存在`,
    unknown_uscc_category: (p) =>
      `机构类别代码 ${String(p.category)} 不属于登记管理部门 ${String(p.department)}，请核实`,
    invalid_embedded_org_code: (p) => `统一社会信用代码中的组织机构代码 ${String(p.orgCode)} 校验不通过，请核实`,
    pilot_uscc_checksum: () => '校验码不符合 GB 32100，但内含的组织机构代码有效（试点期代码），请核实',
  },
  en: {
    unknown_registration_department: (p) => `registration department ${String(p.department)} does not exist`,
    unknown_uscc_category: (p) =>
      `category ${String(p.category)} is not defined for registration department ${String(p.department)}; please check`,
    invalid_embedded_org_code: (p) =>
      `the organisation code ${String(p.orgCode)} inside the USCC fails its check; please check`,
    pilot_uscc_checksum: () =>
      'the check character fails GB 32100 but the embedded organisation code is valid (a pilot-era code); please check',
  },
} satisfies MessageCatalog<
  'unknown_registration_department' | 'unknown_uscc_category' | 'invalid_embedded_org_code' | 'pilot_uscc_checksum'
>;
