import type { SexCode } from './Person';

/**
 * One row of the 单位管理员信息表 (the people who administer a unit's data), validated and normalised by
 * `validateUnitAdmin`.
 *
 * @example
 * const admin: UnitAdmin = {
 *   sequence: 1, name: '李四', sex: '1', mobile: '13912345678', idNumber: '110105198001010015',
 *   unitName: '示例县民政局',
 * };
 */
export interface UnitAdmin {
  /** 序号: the row's number on the form, a positive integer. */
  sequence?: number;
  /** 姓名. */
  name: string;
  /** 性别, as a GB/T 2261.1 code. */
  sex: SexCode;
  /** 手机号码: the 11 digits. */
  mobile: string;
  /**
   * 身份证号码: a 公民身份号码 (18 characters), or a number of the same family (港澳台居民居住证,
   * 外国人永久居留身份证).
   */
  idNumber: string;
  /** 单位名称. */
  unitName: string;
}
