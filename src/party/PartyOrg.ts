import type { CodeOf } from '../codes/CodeTableId';

/** 党组织所在单位情况: 'same-as-parent' 与上级党组织相同, 'legal-entity' 法人单位, 'joint' 联合支部. */
export type PartyOrgUnitRelation = CodeOf<'party-org-unit-relation'>;

/** One 所在单位 of the 党组织和所在单位基本信息采集表 (a joint branch has several). */
export interface PartyOrgUnit {
  /** 单位名称. */
  name: string;
  /** 单位类别: code of the 单位性质类别 table (`unit-nature`), e.g. '3' 事业单位, '21' 国有经济控制. */
  nature: CodeOf<'unit-nature'>;
  /** 单位建立党组织情况: code of `unit-party-org-status`, e.g. '11' 建立党委的, '2' 建立联合党支部的. */
  partyOrgStatus: CodeOf<'unit-party-org-status'>;
  /**
   * 党组织所在单位代码: a 统一社会信用代码 (18 characters, compact) or an old 组织机构代码 (written
   * 'XXXXXXXX-X'); `codeType` says which.
   */
  code: string;
  /** Which kind of number `code` is. */
  codeType: 'uscc' | 'org-code';
}

/**
 * A party organisation and the units it sits in: the 10 items of the 党组织和所在单位基本信息采集表
 * (the 所在单位 block repeats for a joint branch). Codes are kept as code strings; `lookupCode` gives the names.
 *
 * @example
 * const org: PartyOrg = {
 *   name: '中共某某局机关支部委员会', secretary: '张三', contact: '李四', contactPhone: '0730-1234567',
 *   category: '631', unitRelation: 'legal-entity',
 *   units: [{ name: '某某局', nature: '4', partyOrgStatus: '13', code: '114306001234567889', codeType: 'uscc' }],
 * };
 */
export interface PartyOrg {
  /** 党组织名称. */
  name: string;
  /** 党组织书记. */
  secretary: string;
  /** 党组织联系人. */
  contact: string;
  /** 联系电话: a mobile number as 11 digits, or a landline as '0730-1234567' (with '转123' for an extension). */
  contactPhone: string;
  /** 组织类别: code of `party-org-category`, e.g. '611' 党委, '631' 党支部, '632' 联合党支部. */
  category: CodeOf<'party-org-category'>;
  /** 党组织所在单位情况. */
  unitRelation: PartyOrgUnitRelation;
  /** 所在单位: none when the same as the parent organisation's, one for a legal entity, two or more for a joint branch. */
  units: PartyOrgUnit[];
}
