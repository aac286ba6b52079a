import type { SheetTemplate } from '../SheetTemplate';
import { _formatYesNo, _phoneField, _unitPathField, _usccField, _YES_NO } from './_fields';

/**
 * One row of the 单位基本情况表, read: the fields `buildUnitTree` takes, normalised.
 *
 * @example
 * const row: UnitInfoRecord = { path: '示例县/示例县民政局', virtual: false, kind: 'unit',
 *   uscc: '11430600MB1234567X', sync: true, leaderPhone: '0730-1234567' };
 */
export interface UnitInfoRecord {
  /** 部门名称(全路径): levels joined with '/'. */
  path: string;
  /** 是否虚拟部门 (班子成员 …). */
  virtual?: boolean;
  /** 组织类型: 单位 or 部门. */
  kind?: 'unit' | 'department';
  /** 统一社会信用代码, compact. */
  uscc?: string;
  /** 同步到系统. */
  sync?: boolean;
  /** 部门负责人电话: 11 digits, or '0730-1234567'. */
  leaderPhone?: string;
}

/** 单位基本情况表: one row per unit or department, named by its full path. */
export const unitInfoTemplate: SheetTemplate<UnitInfoRecord> = {
  id: 'unit-info',
  title: '单位基本情况表',
  titleEn: 'unit information',
  sheetName: '单位基本情况表',
  instructions: [
    '每行填写一个单位或部门；部门名称填写全路径，各级之间用“/”分隔，如“示例县/示例县民政局/办公室”。',
    '上级单位须在本表中有自己的一行；同一全路径只能出现一次。',
    '统一社会信用代码、电话请按文本填写（本模板已设为文本格式），不要填成数字。',
    '不要修改表头，不要删除列；可以调整列的顺序。',
  ],
  columns: [
    {
      field: 'path',
      label: '部门名称(全路径)',
      labelEn: 'unit path',
      aliases: ['部门名称（全路径）', '部门全路径', '单位名称(全路径)', '部门名称'],
      type: 'text',
      required: true,
      width: 48,
      note: '必填。全路径，各级用“/”分隔',
      validate: _unitPathField,
    },
    {
      field: 'virtual',
      label: '是否虚拟部门',
      labelEn: 'virtual department',
      aliases: ['虚拟部门'],
      type: 'choice',
      choices: _YES_NO,
      width: 14,
      note: '是 / 否（如“班子成员”为虚拟部门）',
      format: _formatYesNo,
    },
    {
      field: 'kind',
      label: '组织类型',
      labelEn: 'kind',
      aliases: ['类型', '机构类型'],
      type: 'choice',
      choices: [
        { value: 'unit', label: '单位', aliases: ['unit'] },
        { value: 'department', label: '部门', aliases: ['department', '内设机构'] },
      ],
      width: 12,
      note: '单位 / 部门',
      format: (value) => (value === 'unit' ? '单位' : value === 'department' ? '部门' : ''),
    },
    {
      field: 'uscc',
      label: '统一社会信用代码',
      labelEn: 'USCC',
      aliases: ['社会信用代码', '信用代码', '统一信用代码'],
      type: 'identifier',
      width: 22,
      note: '18 位，按文本填写；部门可不填',
      validate: _usccField,
    },
    {
      field: 'sync',
      label: '同步到系统',
      labelEn: 'sync to system',
      aliases: ['是否同步到系统', '是否同步'],
      type: 'choice',
      choices: _YES_NO,
      width: 12,
      note: '是 / 否',
      format: _formatYesNo,
    },
    {
      field: 'leaderPhone',
      label: '部门负责人电话',
      labelEn: 'leader phone',
      aliases: ['负责人电话', '负责人联系电话'],
      type: 'identifier',
      sensitive: true,
      width: 18,
      note: '手机号码（11 位）或座机号码（区号-号码，如 0730-1234567）',
      validate: _phoneField,
    },
  ],
};
