import { codeTableMessages } from '../locales/codeTableMessages';
import { phoneMessages } from '../locales/phoneMessages';
import { recordMessages } from '../locales/recordMessages';
import { sanDingMessages } from '../locales/sanDingMessages';
import { unitMessages } from '../locales/unitMessages';
import { unitPathMessages } from '../locales/unitPathMessages';
import type { _FieldLabel } from '../people/_RecordReader';

/** Every catalog a 三定 validator can report from. */
export const _SANDING_CATALOGS = [
  sanDingMessages,
  recordMessages,
  codeTableMessages,
  unitMessages,
  unitPathMessages,
  phoneMessages,
];

/** The labels of approval documents, 三定 histories, power and responsibility lists, as forms print them. */
export const _SANDING_LABELS = {
  history: { label: '机构编制历史', labelEn: 'establishment history' },
  department: { label: '部门名称（全路径）', labelEn: 'department' },
  documents: { label: '批文', labelEn: 'approval documents' },
  document: { label: '批文', labelEn: 'approval document' },
  issuer: { label: '发文机关', labelEn: 'issuing body' },
  number: { label: '文号', labelEn: 'document number' },
  numberYear: { label: '文号年份', labelEn: 'year of the document number' },
  title: { label: '文件标题', labelEn: 'title' },
  date: { label: '发文日期', labelEn: 'document date' },
  scheme: { label: '是否三定规定', labelEn: 'three-determination scheme' },
  current: { label: '是否现行三定', labelEn: 'current scheme' },
  amends: { label: '所修改的文件', labelEn: 'amended document' },
  changes: { label: '调整事项', labelEn: 'changes' },
  change: { label: '调整事项', labelEn: 'change' },
  changeType: { label: '调整类型', labelEn: 'change type' },
  function: { label: '职能', labelEn: 'function' },
  functionId: { label: '职能编号', labelEn: 'function id' },
  functionName: { label: '职能名称', labelEn: 'function name' },
  otherDepartment: { label: '划转的部门', labelEn: 'other department' },
  organ: { label: '内设机构', labelEn: 'internal organ' },
  newName: { label: '新名称', labelEn: 'new name' },
  establishmentType: { label: '编制类型', labelEn: 'establishment type' },
  post: { label: '领导职务', labelEn: 'leader post' },
  leaderPosts: { label: '领导职数', labelEn: 'leader posts' },
  set: { label: '核定数', labelEn: 'number' },
  delta: { label: '增减数', labelEn: 'change' },
  asOf: { label: '日期', labelEn: 'date' },
} as const satisfies Record<string, _FieldLabel>;

/** The labels of the department cover sheet (部门基本信息). */
export const _DEPARTMENT_LABELS = {
  record: { label: '部门基本信息', labelEn: 'department information' },
  name: { label: '主管部门名称', labelEn: 'department name' },
  uscc: { label: '统一社会信用代码', labelEn: 'unified social credit code' },
  legalRepresentative: { label: '法人代表姓名', labelEn: 'legal representative' },
  responsiblePerson: { label: '负责人', labelEn: 'responsible person' },
  officePhone: { label: '办公电话', labelEn: 'office phone' },
  mobile: { label: '手机号码', labelEn: 'mobile number' },
  address: { label: '单位地址', labelEn: 'address' },
  postalCode: { label: '邮政编码', labelEn: 'postal code' },
  units: { label: '所属单位', labelEn: 'units' },
  unit: { label: '所属单位', labelEn: 'unit' },
  unitName: { label: '单位名称', labelEn: 'unit name' },
  relation: { label: '单位类型（二层单位/下属单位/挂牌单位）', labelEn: 'unit relation' },
} as const satisfies Record<string, _FieldLabel>;

/** The labels of 权力清单 and 责任清单 items. */
export const _LIST_LABELS = {
  powerItem: { label: '权力事项', labelEn: 'power item' },
  responsibilityItem: { label: '责任事项', labelEn: 'responsibility item' },
  items: { label: '清单', labelEn: 'list' },
  code: { label: '事项编码', labelEn: 'item code' },
  name: { label: '事项名称', labelEn: 'item name' },
  category: { label: '事项类别', labelEn: 'item category' },
  department: { label: '实施部门', labelEn: 'implementing unit' },
  target: { label: '实施对象', labelEn: 'target' },
  basis: { label: '实施依据', labelEn: 'legal basis' },
  content: { label: '责任事项内容', labelEn: 'content' },
  responsibilityBasis: { label: '责任事项依据', labelEn: 'basis' },
  accountability: { label: '追责对象范围', labelEn: 'accountable persons' },
  function: { label: '对应职能', labelEn: 'linked function' },
} as const satisfies Record<string, _FieldLabel>;
