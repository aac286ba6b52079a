// 三定 sheets: 部门基本信息表 (a department over several rows, one unit per row), 权力清单 and 责任清单.
import { describe, expect, it } from 'vitest';
import type { DepartmentInfo, PowerItem, ResponsibilityItem } from '../../src/index';
import { readWorkbook, writeTemplate } from '../../src/sheets/index';
import { makeUscc } from '../_helpers/idFixtures';
import { form, USCC, workbook, xlsx } from './_workbooks';

const UNIT_USCC = makeUscc('12430600', 'MB000304');

const department: DepartmentInfo = {
  name: '示例县民政局',
  uscc: USCC,
  legalRepresentative: '张三',
  responsiblePerson: '李四',
  officePhone: '0730-1234567',
  mobile: '13812345678',
  address: '示例县示例路 1 号',
  postalCode: '414000',
  units: [
    {
      relation: 'subordinate',
      name: '示例县社会福利院',
      uscc: UNIT_USCC,
      legalRepresentative: '王五',
      responsiblePerson: '赵六',
      officePhone: '0730-7654321',
      mobile: '13912345678',
      address: '示例县福利路 2 号',
      postalCode: '414001',
    },
    { relation: 'nameplate', name: '示例县老龄工作委员会办公室' },
  ],
};

const powerItems: PowerItem[] = [
  {
    code: '0001',
    name: '社会团体成立登记',
    category: 'licensing',
    department: '示例县/示例县民政局',
    target: '社会团体',
    basis: '《社会团体登记管理条例》第九条',
    function: '负责全县社会组织登记管理',
  },
  {
    name: '对社会组织违法行为的处罚',
    category: 'penalty',
    department: '示例县/示例县民政局/社会组织管理股',
    basis: '《社会团体登记管理条例》第三十条',
    function: '负责全县社会组织登记管理',
  },
];

const responsibilityItems: ResponsibilityItem[] = [
  {
    name: '社会团体成立登记',
    content: '受理责任：公示应当提交的材料，一次性告知补正材料',
    basis: '《社会团体登记管理条例》第十一条',
    accountability: '登记审查人员、分管负责人',
    function: '负责全县社会组织登记管理',
  },
];

describe('department-info', () => {
  it('round-trips: the department on its first row, one unit per row', async () => {
    const bytes = writeTemplate('department-info', {
      xlsx,
      records: [department, { ...department, name: '示例县民政局二', units: [] }],
    });
    const result = await readWorkbook(bytes, 'department-info', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.value)).toEqual([
      department,
      { ...department, name: '示例县民政局二', units: [] },
    ]);
    expect(result.records.map((r) => r.rows)).toEqual([[4, 5], [6]]);
  });

  it('reports a bad cell of the department and of a unit at its row and column', async () => {
    const bad = {
      ...department,
      mobile: '1381234567',
      units: [
        department.units[0]!,
        { ...department.units[0]!, name: '示例县救助管理站', uscc: undefined, postalCode: '41400' },
      ],
    };
    const bytes = writeTemplate('department-info', { xlsx, records: [bad as unknown as DepartmentInfo] });
    const result = await readWorkbook(bytes, 'department-info', { xlsx });
    expect(result.records).toEqual([]);
    const places = result.issues.map((i) => [i.row, i.column, i.field]);
    expect(places).toContainEqual([4, 'F', 'mobile']);
    expect(places).toContainEqual([5, 'K', 'units.uscc']);
    expect(places).toContainEqual([5, 'Q', 'units.postalCode']);
  });

  it('matches header aliases, under the group label for the units', async () => {
    const group = '二层单位、下属单位及挂牌单位';
    const top = [
      '部门名称',
      '社会信用代码',
      '法定代表人',
      '负责人姓名',
      '固定电话',
      '手机',
      '地址',
      '邮编',
      group,
      '',
      '',
    ];
    const sub = ['', '', '', '', '', '', '', '', '单位类型', '名称', '信用代码'];
    const merges = [
      { s: { r: 1, c: 8 }, e: { r: 1, c: 10 } },
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((c) => ({ s: { r: 1, c }, e: { r: 2, c } })),
    ];
    const own = ['示例县民政局', USCC, '张三', '李四', '0730-1234567', '13812345678', '示例县示例路 1 号', '414000'];
    const bytes = workbook([
      {
        name: '部门基本信息表',
        rows: [['部门基本信息表'], top, sub, [...own, '挂牌', '示例县老龄工作委员会办公室', '']],
        merges,
      },
    ]);
    const result = await readWorkbook(bytes, 'department-info', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.value).toEqual({
      ...department,
      units: [{ relation: 'nameplate', name: '示例县老龄工作委员会办公室' }],
    });
  });
});

describe('power-list', () => {
  it('round-trips, one item per row', async () => {
    const bytes = writeTemplate('power-list', { xlsx, records: powerItems });
    const result = await readWorkbook(bytes, 'power-list', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.value)).toEqual(powerItems);
  });

  it('reports a bad cell at its row and column', async () => {
    const bad = { ...powerItems[1]!, category: '行政审批' as PowerItem['category'], basis: '' };
    const bytes = writeTemplate('power-list', { xlsx, records: [powerItems[0]!, bad] });
    const result = await readWorkbook(bytes, 'power-list', { xlsx });
    expect(result.records.map((r) => r.row)).toEqual([3]);
    const places = result.issues.map((i) => [i.row, i.column, i.code]);
    expect(places).toContainEqual([4, 'C', expect.any(String)]);
    expect(places).toContainEqual([4, 'F', 'required']);
  });

  it('matches header aliases and reads 事项类别 by name', async () => {
    const header = ['权力事项编码', '权力名称', '权力类别', '实施主体', '行政相对人', '设定依据', '对应职能'];
    const row = [
      '0001',
      '社会团体成立登记',
      '许可',
      '示例县/示例县民政局',
      '社会团体',
      '《社会团体登记管理条例》第九条',
      '负责全县社会组织登记管理',
    ];
    const result = await readWorkbook(form(header, [row], '权力清单'), 'power-list', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.value).toEqual(powerItems[0]);
  });
});

describe('responsibility-list', () => {
  it('round-trips, one item per row', async () => {
    const bytes = writeTemplate('responsibility-list', { xlsx, records: responsibilityItems });
    const result = await readWorkbook(bytes, 'responsibility-list', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.value)).toEqual(responsibilityItems);
  });

  it('reports a bad cell at its row and column', async () => {
    const bad = { ...responsibilityItems[0]!, content: '' };
    const bytes = writeTemplate('responsibility-list', { xlsx, records: [bad] });
    const result = await readWorkbook(bytes, 'responsibility-list', { xlsx });
    expect(result.records).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([[3, 'B', 'required']]);
  });

  it('matches header aliases', async () => {
    const header = ['责任事项名称', '责任事项内容', '责任事项依据', '追责对象', '所属职能'];
    const item = responsibilityItems[0]!;
    const row = [item.name, item.content, item.basis, item.accountability, item.function];
    const result = await readWorkbook(form(header, [row], '责任清单'), 'responsibility-list', { xlsx });
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.value).toEqual(item);
  });
});
