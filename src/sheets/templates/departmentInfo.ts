import { type DepartmentInfo, type DepartmentUnitRelation, validateDepartmentInfo } from 'cn-orgdata';
import type { SheetChoice, SheetColumn, SheetTemplate } from '../SheetTemplate';

const UNIT_GROUP = '二层单位、下属单位及挂牌单位';

const RELATIONS: readonly SheetChoice[] = [
  { value: 'second-tier', label: '二层单位', aliases: ['二层', 'second-tier'] },
  { value: 'subordinate', label: '下属单位', aliases: ['下属', '所属单位', 'subordinate'] },
  { value: 'nameplate', label: '挂牌单位', aliases: ['挂牌', '挂牌机构', 'nameplate'] },
];

const RELATION_LABELS: Record<DepartmentUnitRelation, string> = {
  'second-tier': '二层单位',
  subordinate: '下属单位',
  nameplate: '挂牌单位',
};

/**
 * The fields the department and each unit share (DepartmentFields), as columns: the department's own
 * (`prefix` ''), or a unit's under the group label (`prefix` 'units.').
 */
function fieldColumns(prefix: '' | 'units.'): SheetColumn[] {
  const own = prefix === '';
  const group = own ? {} : { group: UNIT_GROUP };
  const required = own ? { required: true } : {};
  return [
    {
      field: `${prefix}uscc`,
      label: '统一社会信用代码',
      labelEn: 'USCC',
      aliases: ['社会信用代码', '信用代码'],
      ...group,
      type: 'identifier',
      ...required,
      width: 22,
      note: '18 位，按文本填写',
    },
    {
      field: `${prefix}legalRepresentative`,
      label: '法人代表姓名',
      labelEn: 'legal representative',
      aliases: ['法定代表人', '法定代表人姓名', '法人代表'],
      ...group,
      type: 'text',
      ...required,
      width: 12,
    },
    {
      field: `${prefix}responsiblePerson`,
      label: '负责人',
      labelEn: 'responsible person',
      aliases: ['负责人姓名', '填报负责人'],
      ...group,
      type: 'text',
      ...required,
      width: 10,
    },
    {
      field: `${prefix}officePhone`,
      label: '办公电话',
      labelEn: 'office phone',
      aliases: ['固定电话', '座机', '联系电话'],
      ...group,
      type: 'identifier',
      ...required,
      sensitive: true,
      width: 16,
      note: '区号-号码，如 0730-1234567，按文本填写',
    },
    {
      field: `${prefix}mobile`,
      label: '手机号码',
      labelEn: 'mobile number',
      aliases: ['手机', '手机号'],
      ...group,
      type: 'identifier',
      ...required,
      sensitive: true,
      width: 16,
      note: '11 位，按文本填写',
    },
    {
      field: `${prefix}address`,
      label: '单位地址',
      labelEn: 'address',
      aliases: ['地址', '办公地址', '通讯地址'],
      ...group,
      type: 'text',
      ...required,
      width: 30,
    },
    {
      field: `${prefix}postalCode`,
      label: '邮政编码',
      labelEn: 'postal code',
      aliases: ['邮编'],
      ...group,
      type: 'identifier',
      ...required,
      width: 10,
      note: '6 位，按文本填写',
    },
  ];
}

/**
 * 部门基本信息表 (三定 cover sheet): one department per block of rows — its own fields on its first row (cells
 * may be merged down), one 二层单位 / 下属单位 / 挂牌单位 per row under the two-row header 二层单位、下属单位及挂牌单位
 * over 类型 | 单位名称 | 统一社会信用代码 …; a department without units takes one row. Records validated by
 * `validateDepartmentInfo`.
 */
export const departmentInfoTemplate: SheetTemplate<DepartmentInfo> = {
  id: 'department-info',
  title: '部门基本信息表',
  titleEn: 'department information',
  sheetName: '部门基本信息表',
  instructions: [
    '每个部门填写一组行：部门的各项只填在第一行（可合并单元格），其二层单位、下属单位、挂牌单位每个占一行，填在右侧“二层单位、下属单位及挂牌单位”各列。',
    '主管部门各项均为必填；二层单位、下属单位各项必填；挂牌单位与主管部门合署，只须填写类型和单位名称。',
    '类型填写“二层单位”“下属单位”或“挂牌单位”。',
    '统一社会信用代码、电话、邮政编码请按文本填写（本模板已设为文本格式），不要填成数字。',
    '不要修改表头，不要删除列；可以调整列的顺序。',
  ],
  rowGroup: { field: 'units' },
  columns: [
    {
      field: 'name',
      label: '主管部门名称',
      labelEn: 'department name',
      aliases: ['部门名称', '主管部门'],
      type: 'text',
      required: true,
      width: 28,
    },
    ...fieldColumns(''),
    {
      field: 'units.relation',
      label: '类型',
      labelEn: 'unit relation',
      aliases: ['单位类型', '类别'],
      group: UNIT_GROUP,
      type: 'choice',
      choices: RELATIONS,
      width: 10,
      note: '二层单位 / 下属单位 / 挂牌单位',
      format: (value) => RELATION_LABELS[value as DepartmentUnitRelation] ?? '',
    },
    {
      field: 'units.name',
      label: '单位名称',
      labelEn: 'unit name',
      aliases: ['名称'],
      group: UNIT_GROUP,
      type: 'text',
      width: 28,
      note: '有二层单位、下属单位或挂牌单位时必填',
    },
    ...fieldColumns('units.'),
  ],
  validate: (record, options) => validateDepartmentInfo(record, options),
};
