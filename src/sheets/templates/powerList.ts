import { type PowerItem, validatePowerItem } from 'cn-orgdata';
import type { SheetTemplate } from '../SheetTemplate';
import { _codeName } from './_fields';

/**
 * 权力清单: one power item per row, validated by `validatePowerItem`. Checks over the whole list (repeated
 * items, links to the functions in force, 实施部门 in the unit tree) need the department's history: run
 * `validatePowerList` on the records read.
 */
export const powerListTemplate: SheetTemplate<PowerItem> = {
  id: 'power-list',
  title: '权力清单',
  titleEn: 'power list',
  sheetName: '权力清单',
  instructions: [
    '每行填写一项权力事项；事项编码可不填，填写的不得重复。',
    '事项类别填写十类之一：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力。',
    '实施部门填写全路径，各级之间用“/”分隔，如“示例县/示例县民政局”。',
    '关联职能填写本部门三定规定中该事项所属职能的名称（或职能编号）。',
    '不要修改表头，不要删除列；可以调整列的顺序。',
  ],
  columns: [
    {
      field: 'code',
      label: '事项编码',
      labelEn: 'item code',
      aliases: ['权力事项编码', '事项代码', '编码'],
      type: 'identifier',
      width: 16,
      note: '可不填；按文本填写',
    },
    {
      field: 'name',
      label: '事项名称',
      labelEn: 'item name',
      aliases: ['权力事项名称', '权力名称', '职权名称'],
      type: 'text',
      required: true,
      width: 30,
    },
    {
      field: 'category',
      label: '事项类别',
      labelEn: 'category',
      aliases: ['权力类别', '权力类型', '事项类型', '职权类别', '类别'],
      type: 'code',
      codeTable: 'power-category',
      required: true,
      width: 14,
      note: '行政许可 … 其他行政权力（十类）',
      format: _codeName('power-category'),
    },
    {
      field: 'department',
      label: '实施部门',
      labelEn: 'implementing department',
      aliases: ['实施主体', '实施机关', '实施部门(全路径)'],
      type: 'text',
      required: true,
      width: 30,
      note: '全路径，各级用“/”分隔',
    },
    {
      field: 'target',
      label: '实施对象',
      labelEn: 'target',
      aliases: ['行政相对人', '服务对象'],
      type: 'text',
      width: 20,
    },
    {
      field: 'basis',
      label: '实施依据',
      labelEn: 'legal basis',
      aliases: ['设定依据', '法律依据', '依据'],
      type: 'text',
      required: true,
      width: 48,
      note: '必填：法律、法规、规章名称及条款',
    },
    {
      field: 'function',
      label: '关联职能',
      labelEn: 'linked function',
      aliases: ['对应职能', '所属职能', '职能'],
      type: 'text',
      required: true,
      width: 36,
      note: '本部门三定规定中的职能',
    },
  ],
  validate: (record, options) => validatePowerItem(record, options),
};
