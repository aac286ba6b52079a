import { type UnitAdmin, validateUnitAdmin } from 'cn-orgdata';
import type { SheetTemplate } from '../SheetTemplate';
import { _checkRosterRecords, _nameColumn, _sequenceColumn, _sexColumn } from './_fields';

/** 单位管理员信息表: the people who administer a unit's data; rows validated by `validateUnitAdmin`. */
export const unitAdminTemplate: SheetTemplate<UnitAdmin> = {
  id: 'unit-admin',
  title: '单位管理员信息表',
  titleEn: 'unit administrators',
  sheetName: '单位管理员信息表',
  instructions: [
    '每行填写一名单位管理员。',
    '手机号码、身份证号码请按文本填写（本模板已设为文本格式），不要填成数字，否则末尾数字会丢失。',
    '不要修改表头，不要删除列；可以调整列的顺序。',
  ],
  columns: [
    _sequenceColumn(),
    _nameColumn(12),
    _sexColumn('男 / 女'),
    {
      field: 'mobile',
      label: '手机号码',
      labelEn: 'mobile number',
      aliases: ['手机号', '手机'],
      type: 'identifier',
      required: true,
      sensitive: true,
      width: 14,
      note: '11 位，按文本填写',
    },
    {
      field: 'idNumber',
      label: '身份证号码',
      labelEn: 'ID card number',
      aliases: ['身份证号', '公民身份号码', '证件号码'],
      type: 'identifier',
      required: true,
      sensitive: true,
      width: 22,
      note: '18 位，按文本填写；末位 X 大小写均可',
    },
    {
      field: 'unitName',
      label: '单位名称',
      labelEn: 'unit name',
      aliases: ['所在单位', '单位'],
      type: 'text',
      required: true,
      width: 30,
    },
  ],
  validate: (record, options) => validateUnitAdmin(record, options),
  checkRecords: _checkRosterRecords,
};
