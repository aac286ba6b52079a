import type { CodeOf } from '../codes/CodeTableId';

/** 性别 as a GB/T 2261.1 code: '1' 男, '2' 女 ('0' 未知的性别 and '9' 未说明的性别 are valid codes too). */
export type SexCode = CodeOf<'sex'>;

/**
 * 证件类型 as the project's stable key of the `id-type` table ('resident-id' 居民身份证, 'cn-passport' 中国护照,
 * 'military-officer-id' 军官证 …).
 */
export type IdTypeCode = CodeOf<'id-type'>;

/**
 * One row of the 单位用户信息表 (a unit's staff roster), validated and normalised by `validatePerson`.
 *
 * @example
 * const person: Person = {
 *   sequence: 1, name: '张三', sex: '2', unitPath: '示例县/示例县民政局/办公室', post: '主任',
 *   idType: 'resident-id', idNumber: '11010519491231002X', landline: '0730-1234567', mobile: '13812345678',
 * };
 */
export interface Person {
  /** 序号: the row's number on the form, a positive integer. */
  sequence?: number;
  /** 姓名, normalised by `validatePersonName` (no alignment spaces, one kind of middle dot). */
  name: string;
  /** 性别, as a GB/T 2261.1 code. */
  sex: SexCode;
  /** 部门名称(全路径): the unit's full path, levels joined with '/' (see `parseUnitPath`). */
  unitPath: string;
  /** 职务 (free text). */
  post?: string;
  /** 证件类型. */
  idType: IdTypeCode;
  /** 证件号码, compact (resident IDs: 18 characters with an upper-case X). */
  idNumber: string;
  /** 座机号码 in display form, e.g. '0730-1234567' or '0730-1234567转123'. */
  landline?: string;
  /** 手机号码: the 11 digits. */
  mobile: string;
}
