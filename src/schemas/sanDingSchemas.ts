import type * as z from 'zod';
import type { RecordOptions } from '../people/RecordOptions';
import type { ApprovalDocument, SanDingHistory } from '../sanding/ApprovalDocument';
import type { DepartmentInfo } from '../sanding/DepartmentInfo';
import type { PowerItem, SanDingListOptions } from '../sanding/PowerItem';
import type { ResponsibilityItem } from '../sanding/ResponsibilityItem';
import { validateApprovalDocument } from '../sanding/validateApprovalDocument';
import { validateDepartmentInfo } from '../sanding/validateDepartmentInfo';
import { validatePowerItem } from '../sanding/validatePowerItem';
import { validateResponsibilityItem } from '../sanding/validateResponsibilityItem';
import { validateSanDingHistory } from '../sanding/validateSanDingHistory';
import { _validatorSchema } from './_validatorSchema';

/** Options of the cover sheet, document and history schemas: the record options except the path (zod tracks it). */
export type SanDingSchemaOptions = Omit<RecordOptions, 'path'>;

/** Options of the power and responsibility item schemas: `history`, `date`, `tree` … as the validators take them. */
export type SanDingListSchemaOptions = Omit<SanDingListOptions, 'path'>;

/**
 * zod schema (Standard Schema) for one approval document (批文), by `validateApprovalDocument`; outputs the
 * normalised `ApprovalDocument`. A `[2017]` or `(2017)` 文号 is a warning and passes.
 *
 * @example
 * approvalDocumentSchema().parse({ issuer: '示例县编办', number: '示编办（2017）11号', title: '批复',
 *   date: '2017年3月1日' }).number.text // '示编办〔2017〕11号'
 * approvalDocumentSchema().safeParse({ …, number: '示编办11号' }).error?.issues[0]
 * // { code: 'custom', path: ['number'], message: '文号格式不正确：缺少用六角括号〔〕括入的年份',
 * //   params: { issueCode: 'invalid_format', … } }
 */
export function approvalDocumentSchema(options: SanDingSchemaOptions = {}): z.ZodType<ApprovalDocument, unknown> {
  return _validatorSchema(validateApprovalDocument, options);
}

/**
 * zod schema (Standard Schema) for one department's 机构编制 history `{ department, documents }`, by
 * `validateSanDingHistory`: each document's own issues and those of replaying them in date order (an organ
 * abolished twice, numbers below 0, the newest 三定规定 not marked 现行 …) at paths such as
 * `['documents', 1, 'changes', 0]`.
 *
 * @example
 * sanDingHistorySchema().parse({ department: '示例县 / 示例县民政局', documents: [scheme2010] }).department
 * // '示例县/示例县民政局'
 * await sanDingHistorySchema({ locale: 'en' })['~standard'].validate(history) // { value } or { issues: [{ message, path }] }
 */
export function sanDingHistorySchema(options: SanDingSchemaOptions = {}): z.ZodType<SanDingHistory, unknown> {
  return _validatorSchema(validateSanDingHistory, options);
}

/**
 * zod schema (Standard Schema) for a department's cover sheet (主管部门 with its 二层单位 / 下属单位 / 挂牌单位),
 * by `validateDepartmentInfo`; outputs the normalised `DepartmentInfo`. Unit issues sit at `['units', i, …]`.
 *
 * @example
 * departmentInfoSchema().parse({ name: '示例县民政局', uscc, legalRepresentative: '张三', responsiblePerson: '李四',
 *   officePhone: '0730 1234567', mobile: '138-1234-5678', address: '示例县示例路 1 号', postalCode: '414000' })
 *   .mobile // '13812345678'
 */
export function departmentInfoSchema(options: SanDingSchemaOptions = {}): z.ZodType<DepartmentInfo, unknown> {
  return _validatorSchema(validateDepartmentInfo, options);
}

/**
 * zod schema (Standard Schema) for one 权力清单 item, by `validatePowerItem`; outputs the normalised `PowerItem`.
 * Pass `history` (and `date`) to require the linked function to be one the department has, `tree` to resolve
 * 实施部门. A form checking a whole list (repeated items) runs `validatePowerList` on submit.
 *
 * @example
 * powerItemSchema().parse({ name: '社会团体成立登记', category: '许可', department: '示例县/示例县民政局',
 *   basis: '《社会团体登记管理条例》', function: '负责全县社会组织登记管理' }).category // 'licensing'
 * powerItemSchema().safeParse({ …, basis: '' }).error?.issues[0] // { path: ['basis'], message: '实施依据不能为空', … }
 */
export function powerItemSchema(options: SanDingListSchemaOptions = {}): z.ZodType<PowerItem, unknown> {
  return _validatorSchema(validatePowerItem, options);
}

/**
 * zod schema (Standard Schema) for one 责任清单 item, by `validateResponsibilityItem`; outputs the normalised
 * `ResponsibilityItem`. Options as for `powerItemSchema`.
 *
 * @example
 * responsibilityItemSchema({ history, date: '2024-06-30' }).parse({ name: '受理责任', content: '…', basis: '…',
 *   accountability: '登记受理人员', function: 'F01' }).function // '负责全县社会组织登记管理'
 */
export function responsibilityItemSchema(
  options: SanDingListSchemaOptions = {},
): z.ZodType<ResponsibilityItem, unknown> {
  return _validatorSchema(validateResponsibilityItem, options);
}
