import type { CodeOf } from '../codes/CodeTableId';

/**
 * A party member: the 16 items of the 党员基本信息采集表 (联系电话 split into 手机号 and 固定电话 as on the
 * 汇总表). Codes are kept as code strings; `lookupCode` gives the names. Dates are 'YYYY-MM-DD' except
 * 失去联系日期 ('YYYY-MM').
 *
 * @example
 * const member: PartyMember = {
 *   name: '张三', sex: '1', ethnicity: '01', idNumber: '430602199001011235', birthDate: '1990-01-01',
 *   education: '21', category: 'full', branch: '机关第一党支部', joinedDate: '2012-06-01',
 *   fullMemberDate: '2013-06-01', jobPost: '011', mobile: '13812345678', address: '湖南省岳阳市岳阳楼区某某路 1 号',
 *   membershipStatus: 'normal', lostContact: false, floating: false,
 * };
 */
export interface PartyMember {
  /** 姓名. */
  name: string;
  /** 性别: GB/T 2261.1 code ('1' 男, '2' 女). */
  sex: CodeOf<'sex'>;
  /** 民族: GB/T 3304 code ('01' 汉族). */
  ethnicity: CodeOf<'ethnicity'>;
  /** 公民身份号码: the compact 18 characters. */
  idNumber: string;
  /** 出生日期 'YYYY-MM-DD'. */
  birthDate: string;
  /** 学历: ZB64 code of the `education` table ('21' 大学, '1A' 中央党校研究生). */
  education: CodeOf<'education'>;
  /** 人员类别: 'full' 正式党员 or 'probationary' 预备党员. */
  category: CodeOf<'party-member-category'>;
  /** 所在党支部. */
  branch: string;
  /** 加入党组织日期 'YYYY-MM-DD'. */
  joinedDate: string;
  /** 转为正式党员日期 'YYYY-MM-DD'; present exactly for full members. */
  fullMemberDate?: string;
  /** 工作岗位: code of the `job-post` table ('011' 公务员, '312' 大学本科一年级学生). */
  jobPost: CodeOf<'job-post'>;
  /** 联系电话 · 手机号: 11 digits. */
  mobile?: string;
  /** 联系电话 · 固定电话: '0730-1234567' (区号-号码, '转123' for an extension). */
  landline?: string;
  /** 家庭住址. */
  address?: string;
  /** 党籍状态: 'normal' 正常 or 'suspended' 停止党籍. */
  membershipStatus: CodeOf<'party-membership-status'>;
  /** 是否为失联党员. */
  lostContact: boolean;
  /** 失去联系日期 'YYYY-MM' (year and month only); present for lost-contact members. */
  lostContactDate?: string;
  /** 是否为流动党员. */
  floating: boolean;
  /** 外出流向 (省/市/县 as written); present for floating members. */
  floatingDestination?: string;
}
