import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import {
  assertDepartmentInfo,
  isValidDepartmentInfo,
  validateDepartmentInfo,
} from '../../src/sanding/validateDepartmentInfo';
import { makeUscc } from '../_helpers/idFixtures';
import { issuesOf } from './_fixtures';

const DEPT_USCC = makeUscc('11430000', 'MB000001');
const UNIT_USCC = makeUscc('12430000', 'MB000002');

const sheet = {
  name: '示例县民政局',
  uscc: DEPT_USCC,
  legalRepresentative: '张　三',
  responsiblePerson: '李四',
  officePhone: '0730 1234567',
  mobile: '138-1234-5678',
  address: '示例县示例路 1 号',
  postalCode: '４１４０００',
  units: [
    {
      relation: '下属单位',
      name: '示例县社会救助服务中心',
      uscc: UNIT_USCC,
      legalRepresentative: '王五',
      responsiblePerson: '赵六',
      officePhone: '13912345678',
      mobile: '13912345678',
      address: '示例县示例路 2 号',
      postalCode: '414000',
    },
    { relation: '挂牌单位', name: '示例县老龄工作委员会办公室' },
  ],
};

describe('validateDepartmentInfo', () => {
  it('normalises a cover sheet', () => {
    expect(validateDepartmentInfo(sheet)).toEqual({
      ok: true,
      warnings: [],
      value: {
        name: '示例县民政局',
        uscc: DEPT_USCC,
        legalRepresentative: '张三',
        responsiblePerson: '李四',
        officePhone: '0730-1234567',
        mobile: '13812345678',
        address: '示例县示例路 1 号',
        postalCode: '414000',
        units: [
          {
            relation: 'subordinate',
            name: '示例县社会救助服务中心',
            uscc: UNIT_USCC,
            legalRepresentative: '王五',
            responsiblePerson: '赵六',
            officePhone: '13912345678',
            mobile: '13912345678',
            address: '示例县示例路 2 号',
            postalCode: '414000',
          },
          { relation: 'nameplate', name: '示例县老龄工作委员会办公室' },
        ],
      },
    });
    expect(isValidDepartmentInfo(sheet)).toBe(true);
    expect(assertDepartmentInfo({ ...sheet, units: undefined }).units).toEqual([]);
  });

  it('requires every field of the department and of a unit that is not 挂牌', () => {
    const result = validateDepartmentInfo({ name: '示例县民政局', units: [{ relation: '二层单位', name: '某中心' }] });
    expect(issuesOf(result).map((i) => i.path.join('.'))).toEqual([
      'uscc',
      'legalRepresentative',
      'responsiblePerson',
      'officePhone',
      'mobile',
      'address',
      'postalCode',
      'units.0.uscc',
      'units.0.legalRepresentative',
      'units.0.responsiblePerson',
      'units.0.officePhone',
      'units.0.mobile',
      'units.0.address',
      'units.0.postalCode',
    ]);
    expect(issuesOf(result)[0]!.message).toBe('统一社会信用代码不能为空');
    expect(() => assertDepartmentInfo({})).toThrow(ValidationError);
  });

  it('checks each field with its validator, under the form label', () => {
    const result = validateDepartmentInfo({
      ...sheet,
      uscc: `${DEPT_USCC.slice(0, 17)}0`,
      legalRepresentative: '张三1',
      mobile: '1381234567',
      postalCode: '41400',
      units: [{ relation: '挂牌单位', name: '老龄办', officePhone: '12345' }],
    });
    expect(issuesOf(result).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_checksum', 'uscc'],
      ['invalid_name', 'legalRepresentative'],
      ['invalid_length', 'mobile'],
      ['invalid_length', 'postalCode'],
      [expect.any(String), 'units.0.officePhone'],
    ]);
    expect(issuesOf(result)[1]!.message).toContain('法人代表姓名');
    expect(issuesOf(result)[2]!.message).toContain('手机号码');
  });

  it('reports a unit relation it does not know', () => {
    const result = validateDepartmentInfo({
      ...sheet,
      units: [{ name: '某中心' }, { relation: '派出机构', name: '某所' }],
    });
    expect(
      issuesOf(result)
        .filter((i) => i.path.at(-1) === 'relation')
        .map((i) => i.code),
    ).toEqual(['required', 'invalid_format']);
  });

  it('finds a unit listed twice and two units with one code (a 挂牌单位 may share its host code)', () => {
    const unit = sheet.units[0]!;
    const result = validateDepartmentInfo({
      ...sheet,
      units: [
        unit,
        { ...unit, name: '示例县社会救助服务中心' },
        { ...unit, name: '示例县养老服务中心' },
        { relation: '挂牌单位', name: '示例县老龄办', uscc: DEPT_USCC },
      ],
    });
    expect(issuesOf(result).map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['duplicate_entry', 'units.1.name', '单位名称“示例县社会救助服务中心”重复：第 3 项与第 2 项相同'],
      ['duplicate_entry', 'units.1.uscc', `统一社会信用代码“${UNIT_USCC}”重复：第 3 项与第 2 项相同`],
      ['duplicate_entry', 'units.2.uscc', `统一社会信用代码“${UNIT_USCC}”重复：第 4 项与第 2 项相同`],
    ]);
  });

  it('reads junk without throwing', () => {
    for (const junk of [undefined, null, 42, 'x', [], { units: 'x' }, { units: [null, 3] }]) {
      const result = validateDepartmentInfo(junk, { locale: 'en' });
      expect(result.ok).toBe(false);
    }
  });
});
