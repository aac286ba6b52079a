import type { ConfirmationSheet } from '../ConfirmationSheet';
import type { SheetColumn, SheetSections, SheetTemplate } from '../SheetTemplate';
import { _countField } from './_fields';

const TITLE = '单位组织架构及通讯录统计确认表';
const BLOCK_TOTAL = { totalLabel: '人数汇总', totalAliases: ['小计', '汇总', '人数小计', '人数合计'] };

const DEPARTMENT_COLUMNS: readonly SheetColumn[] = [
  {
    field: 'departments.name',
    label: '部门名称',
    labelEn: 'department',
    aliases: ['部门', '内设机构名称', '内设机构'],
    type: 'text',
    required: true,
    width: 36,
    note: '班子成员、各内设机构（含虚拟部门）',
  },
  {
    field: 'departments.count',
    label: '部门人数',
    labelEn: 'people in the department',
    aliases: ['人数', '在编人员人数', '在编人数'],
    type: 'text',
    required: true,
    width: 18,
    validate: _countField('部门人数', 'people in the department'),
  },
];

function sections(subunitTitle: string): SheetSections {
  return {
    blocks: [
      { field: 'departments', title: '一、部门', ...BLOCK_TOTAL },
      { field: 'subunits', title: `二、${subunitTitle}`, ...BLOCK_TOTAL },
    ],
    totalLabel: '合计',
    totalAliases: ['总计', '人数总计', '总人数'],
    unitLabel: '单位名称',
    footer: ['单位负责人（签字）：', '填表人：', '联系电话：', '填表日期：    年  月  日'],
  };
}

const INSTRUCTIONS = [
  '人数按通讯录（单位用户信息表）中的人员统计，每人只计一次。',
  '部门人数含该部门下设机构的人员；各块最后一行“人数汇总”为本块各行之和，“合计”为两块人数汇总之和。',
  '人数填写不小于 0 的整数。',
  '可按需增删数据行，但不要修改各块的表头，不要删除“人数汇总”“合计”行。',
];

/** The record as read, with its variant. */
const withVariant = (variant: ConfirmationSheet['variant']) => (record: Record<string, unknown>) => ({
  ok: true as const,
  value: { variant, ...record } as unknown as ConfirmationSheet,
  warnings: [],
});

/**
 * 单位组织架构及通讯录统计确认表（区直单位）: 部门 rows (部门人数) with 人数汇总, 下属机构 rows (机构人数) with
 * 人数汇总, then 合计; read into one `ConfirmationSheet`.
 */
export const confirmationCountyTemplate: SheetTemplate<ConfirmationSheet> = {
  id: 'confirmation-county',
  title: `${TITLE}（区直单位）`,
  titleEn: 'headcount confirmation (county unit)',
  sheetName: '统计确认表（区直单位）',
  instructions: INSTRUCTIONS,
  columns: [
    ...DEPARTMENT_COLUMNS,
    {
      field: 'subunits.name',
      label: '下属机构名称',
      labelEn: 'subordinate unit',
      aliases: ['下属机构', '下属单位名称', '下属单位', '机构名称'],
      type: 'text',
      required: true,
      width: 36,
    },
    {
      field: 'subunits.count',
      label: '机构人数',
      labelEn: 'people in the unit',
      aliases: ['下属机构人数', '单位人数'],
      type: 'text',
      required: true,
      width: 18,
      validate: _countField('机构人数', 'people in the unit'),
    },
  ],
  sections: sections('下属机构'),
  validate: withVariant('county'),
};

/**
 * 单位组织架构及通讯录统计确认表（乡镇（街道））: 部门 rows for the 在编人员 with 人数汇总, 村（社区） rows
 * (村（社区）工作人员人数) with 人数汇总, then 合计; read into one `ConfirmationSheet`.
 */
export const confirmationTownshipTemplate: SheetTemplate<ConfirmationSheet> = {
  id: 'confirmation-township',
  title: `${TITLE}（乡镇（街道））`,
  titleEn: 'headcount confirmation (township)',
  sheetName: '统计确认表（乡镇街道）',
  instructions: INSTRUCTIONS,
  columns: [
    ...DEPARTMENT_COLUMNS,
    {
      field: 'subunits.name',
      label: '村（社区）名称',
      labelEn: 'village or community',
      aliases: ['村（社区）', '村社区名称', '村名称', '社区名称'],
      type: 'text',
      required: true,
      width: 36,
    },
    {
      field: 'subunits.count',
      label: '村（社区）工作人员人数',
      labelEn: 'village or community workers',
      aliases: ['工作人员人数', '村（社区）人数', '村（社区）工作人员数'],
      type: 'text',
      required: true,
      width: 22,
      validate: _countField('村（社区）工作人员人数', 'village or community workers'),
    },
  ],
  sections: sections('村（社区）'),
  validate: withVariant('township'),
};
