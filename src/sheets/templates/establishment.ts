import { type EstablishmentRecord, validateEstablishmentRecord } from 'cn-orgdata';
import type { SheetColumn, SheetTemplate } from '../SheetTemplate';
import { _codeName, _formatYesNo, _sequenceColumn, _YES_NO } from './_fields';

const TYPES = [
  ['administrative', '行政编制', 'administrative'],
  ['political-legal', '政法专项编制', 'political-legal'],
  ['public-institution', '事业编制', 'public institution'],
  ['worker', '工勤编制', 'worker'],
] as const;

/** The columns of one group (核定编制 or 实有人数): the four types, then 合计 (checked, never added). */
function counts(field: 'approved' | 'actual', group: string, groupEn: string): SheetColumn[] {
  return [
    ...TYPES.map(([type, label, labelEn]) => ({
      field: `${field}.${type}`,
      label,
      labelEn: `${groupEn} (${labelEn})`,
      group,
      type: 'integer' as const,
      width: 8,
    })),
    {
      field: `declared.own.${field}`,
      label: '合计',
      labelEn: `${groupEn} (total)`,
      aliases: ['小计'],
      group,
      type: 'integer',
      width: 8,
      note: '填写时核对：应等于左侧各项之和',
    },
  ];
}

/**
 * 机构编制情况统计表 by unit: one row per unit (its full path), with 层级, 所属系统, 事业单位分类, 经费形式,
 * 挂牌机构, 核定编制 and 实有人数 per 编制类型 with their 合计 (two-row header), 领导职数; rows validated by
 * `validateEstablishmentRecord` (a 合计 that is not the sum of its parts is `rollup_mismatch` at its cell).
 */
export const establishmentTemplate: SheetTemplate<EstablishmentRecord> = {
  id: 'establishment',
  title: '机构编制情况统计表',
  titleEn: 'establishment statistics by unit',
  sheetName: '机构编制情况统计表',
  instructions: [
    '每行填写一个单位；单位名称填写全路径，各级之间用“/”分隔，如“示例县/示例县民政局”。',
    '事业单位填写事业单位分类和经费形式；机关不填。',
    '挂牌机构不单独核定编制、不计人数，编制和人数填在其所挂靠的单位。',
    '编制数、人数填写不小于 0 的整数；没有的填 0 或不填。合计应等于各项之和。',
    '实有人数按实名制名册统计时可不填。',
    '不要修改表头，不要删除列；可以调整列的顺序。',
  ],
  columns: [
    _sequenceColumn(),
    {
      field: 'unitPath',
      label: '单位名称(全路径)',
      labelEn: 'unit path',
      aliases: ['单位名称（全路径）', '单位全路径', '单位名称', '部门名称(全路径)'],
      type: 'text',
      required: true,
      width: 40,
      note: '必填。全路径，各级用“/”分隔',
    },
    {
      field: 'level',
      label: '层级',
      labelEn: 'level',
      aliases: ['机构层级', '单位层级'],
      type: 'code',
      codeTable: 'unit-level',
      width: 8,
      format: _codeName('unit-level'),
    },
    {
      field: 'system',
      label: '所属系统',
      labelEn: 'system',
      aliases: ['系统'],
      type: 'code',
      codeTable: 'unit-system',
      width: 10,
      format: _codeName('unit-system'),
    },
    {
      field: 'category',
      label: '事业单位分类',
      labelEn: 'public institution category',
      aliases: ['事业单位类别', '分类'],
      type: 'code',
      codeTable: 'public-institution-category',
      width: 12,
      format: _codeName('public-institution-category'),
    },
    {
      field: 'fundingForm',
      label: '经费形式',
      labelEn: 'funding form',
      aliases: ['经费来源'],
      type: 'code',
      codeTable: 'funding-form',
      width: 10,
      format: _codeName('funding-form'),
    },
    {
      field: 'nameplate',
      label: '是否挂牌机构',
      labelEn: 'nameplate unit',
      aliases: ['挂牌机构'],
      type: 'choice',
      choices: _YES_NO,
      width: 8,
      note: '是 / 否；不填按“否”',
      format: _formatYesNo,
    },
    ...counts('approved', '核定编制', 'approved establishment'),
    ...counts('actual', '实有人数', 'actual staff'),
    {
      field: 'leaderPosts',
      label: '核定领导职数',
      labelEn: 'approved leader posts',
      aliases: ['领导职数'],
      type: 'integer',
      width: 8,
    },
    {
      field: 'leaders',
      label: '实配领导职数',
      labelEn: 'actual leaders',
      aliases: ['实配领导'],
      type: 'integer',
      width: 8,
    },
  ],
  validate: (record, options) => validateEstablishmentRecord(record, options),
};
