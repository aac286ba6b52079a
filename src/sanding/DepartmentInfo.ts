import type { RecordOptions } from '../people/RecordOptions';

/**
 * How a unit belongs to its department: 二层单位 ('second-tier', a unit inside the department with its own
 * legal person), 下属单位 ('subordinate'), 挂牌单位 ('nameplate': a second name on the department's body and
 * staff, no separate establishment).
 */
export type DepartmentUnitRelation = 'second-tier' | 'subordinate' | 'nameplate';

/**
 * The fields the cover sheet asks of the department and of each of its units. A 挂牌单位 shares its host's
 * body and staff: only its name is required, the other fields when given are checked.
 *
 * @example
 * const fields: DepartmentFields = {
 *   name: '示例县民政局', uscc: '11430000MB00000195', legalRepresentative: '张三', responsiblePerson: '李四',
 *   officePhone: '0730-1234567', mobile: '13812345678', address: '示例县示例路 1 号', postalCode: '414000',
 * };
 */
export interface DepartmentFields {
  /** 单位名称 (主管部门名称 for the department itself). */
  name: string;
  /** 统一社会信用代码 (GB 32100). */
  uscc?: string;
  /** 法人代表姓名. */
  legalRepresentative?: string;
  /** 负责人 (the person answering for the entries). */
  responsiblePerson?: string;
  /** 办公电话: a landline as '0730-1234567' (a mobile number is accepted too). */
  officePhone?: string;
  /** 手机号码, 11 digits. */
  mobile?: string;
  /** 单位地址. */
  address?: string;
  /** 邮政编码. */
  postalCode?: string;
}

/** One 二层单位 / 下属单位 / 挂牌单位 of the department. */
export interface DepartmentUnit extends DepartmentFields {
  relation: DepartmentUnitRelation;
}

/**
 * The department cover sheet (部门基本信息), validated by `validateDepartmentInfo`: every field is required of
 * the department itself.
 *
 * @example
 * const info: DepartmentInfo = { ...fields, units: [{ relation: 'nameplate', name: '示例县老龄工作委员会办公室' }] };
 */
export interface DepartmentInfo extends Required<DepartmentFields> {
  units: DepartmentUnit[];
}

/** Options of `validateDepartmentInfo`: the record options (`locale`, `path`, `revealValues`). */
export type DepartmentInfoOptions = RecordOptions;
