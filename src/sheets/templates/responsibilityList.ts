import { type ResponsibilityItem, validateResponsibilityItem } from 'cn-orgdata';
import type { SheetTemplate } from '../SheetTemplate';

/**
 * 责任清单: one responsibility item per row, validated by `validateResponsibilityItem`. Checks over the whole
 * list (repeated items, links to the functions in force) need the department's history: run
 * `validateResponsibilityList` on the records read.
 */
export const responsibilityListTemplate: SheetTemplate<ResponsibilityItem> = {
  id: 'responsibility-list',
  title: '责任清单',
  titleEn: 'responsibility list',
  sheetName: '责任清单',
  instructions: [
    '每行填写一项责任事项；各项均为必填。',
    '关联职能填写本部门三定规定中该事项所属职能的名称（或职能编号）。',
    '不要修改表头，不要删除列；可以调整列的顺序。',
  ],
  columns: [
    {
      field: 'name',
      label: '事项名称',
      labelEn: 'item name',
      aliases: ['责任事项名称', '责任事项', '权力事项名称'],
      type: 'text',
      required: true,
      width: 30,
    },
    {
      field: 'content',
      label: '内容',
      labelEn: 'content',
      aliases: ['责任事项内容', '责任内容'],
      type: 'text',
      required: true,
      width: 48,
    },
    {
      field: 'basis',
      label: '依据',
      labelEn: 'basis',
      aliases: ['责任事项依据', '设定依据', '法律依据'],
      type: 'text',
      required: true,
      width: 40,
    },
    {
      field: 'accountability',
      label: '追责对象范围',
      labelEn: 'accountability',
      aliases: ['追责对象', '追责情形及对象'],
      type: 'text',
      required: true,
      width: 24,
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
  validate: (record, options) => validateResponsibilityItem(record, options),
};
