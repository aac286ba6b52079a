import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Person } from '../../src/people/Person';
import type { UnitAdmin } from '../../src/people/UnitAdmin';
import {
  personFieldSchemas,
  personSchema,
  unitAdminFieldSchemas,
  unitAdminSchema,
} from '../../src/schemas/personSchemas';
import { makeId } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const FEMALE_ID = makeId('110105', '19491231', '002');
const row = {
  name: '张三',
  sex: '女',
  unitPath: '示例县 / 民政局',
  idType: '身份证',
  idNumber: FEMALE_ID.toLowerCase(),
  mobile: '138 1234 5678',
};
const issuesOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => ({
    path: i.path,
    message: i.message,
    code: (i as { params?: { issueCode?: string } }).params?.issueCode,
  }));

describe('personSchema', () => {
  it('outputs the normalised Person', () => {
    const person: Person = personSchema({ asOf: AS_OF }).parse(row);
    expect(person).toEqual({
      name: '张三',
      sex: '2',
      unitPath: '示例县/民政局',
      idType: 'resident-id',
      idNumber: FEMALE_ID,
      mobile: '13812345678',
    });
  });

  it('puts each error at its field path, cross-field ones included', () => {
    expect(issuesOf(personSchema().safeParse({ ...row, sex: '男', mobile: '' }))).toEqual([
      { path: ['mobile'], message: '手机号码不能为空', code: 'required' },
      { path: ['sex'], message: '性别“男”与证件号码中的性别“女”不一致', code: 'sex_mismatch' },
    ]);
    expect(issuesOf(personSchema({ locale: 'en' }).safeParse({ ...row, idType: '护照' }))).toEqual([
      {
        path: ['idNumber'],
        message:
          'the ID number does not fit ID type "passport"; it looks like a resident identity card number, check the ID type',
        code: 'id_type_mismatch',
      },
    ]);
  });

  it('nests inside larger schemas with the full path', () => {
    const upload = z.object({ persons: z.array(personSchema()) });
    const result = upload.safeParse({ persons: [row, { ...row, sex: '男' }] });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['persons', 1, 'sex']]);
  });

  it('implements Standard Schema', async () => {
    const schema = personSchema();
    const ok = await schema['~standard'].validate(row);
    expect('value' in ok && ok.value).toMatchObject({ idNumber: FEMALE_ID });
    const bad = await schema['~standard'].validate({ ...row, sex: '男' });
    expect('issues' in bad && bad.issues?.map((i) => [i.path, i.message])).toEqual([
      [['sex'], '性别“男”与证件号码中的性别“女”不一致'],
    ]);
    const junk = await schema['~standard'].validate(null);
    expect('issues' in junk && junk.issues?.[0]?.message).toBe('人员信息不能为空');
  });
});

describe('unitAdminSchema', () => {
  it('outputs the normalised UnitAdmin and reports at paths', () => {
    const admin = {
      name: '李四',
      sex: '男',
      mobile: '13912345678',
      idNumber: makeId('110105', '19800101', '001'),
      unitName: '民政局',
    };
    const value: UnitAdmin = unitAdminSchema().parse(admin);
    expect(value.sex).toBe('1');
    expect(
      issuesOf(unitAdminSchema().safeParse({ ...admin, idNumber: 'E12345678' }))?.map((i) => [i.path, i.code]),
    ).toEqual([[['idNumber'], 'id_type_mismatch']]);
  });
});

describe('personFieldSchemas', () => {
  const fields = personFieldSchemas({ asOf: AS_OF });

  it('checks one field as the clerk types it', () => {
    expect(fields.mobile.parse('138-1234-5678')).toBe('13812345678');
    expect(fields.sex.parse('男性')).toBe('1');
    expect(fields.idType.parse('台胞证')).toBe('tw-mainland-permit');
    expect(fields.unitPath.parse('a / b')).toBe('a/b');
    expect(fields.idNumber.parse(FEMALE_ID.toLowerCase())).toBe(FEMALE_ID);
    expect(issuesOf(fields.idNumber.safeParse(FEMALE_ID.slice(0, 17)))).toEqual([
      { path: [], message: '公民身份号码长度不正确：应为 18 位，实为 17 位', code: 'invalid_length' },
    ]);
    expect(issuesOf(fields.idNumber.safeParse('E12345678'))?.[0]?.code).toBe('id_type_mismatch');
  });

  it('reports a blank required field with its label; optional ones give undefined', () => {
    expect(issuesOf(fields.name.safeParse(' '))).toEqual([{ path: [], message: '姓名不能为空', code: 'required' }]);
    expect(issuesOf(personFieldSchemas({ locale: 'en' }).idNumber.safeParse(''))?.[0]?.message).toBe(
      'ID number is required',
    );
    expect(fields.post.parse('')).toBeUndefined();
    expect(fields.landline.parse(undefined)).toBeUndefined();
    expect(fields.sequence.parse(null)).toBeUndefined();
    expect(fields.sequence.parse('3')).toBe(3);
    expect(fields.landline.parse('0730 1234567')).toBe('0730-1234567');
  });

  it('checks the number under the chosen 证件类型', () => {
    const passport = personFieldSchemas({ idType: 'cn-passport' });
    expect(passport.idNumber.parse('ea1234567')).toBe('EA1234567');
    expect(passport.idNumber.safeParse(FEMALE_ID).success).toBe(false);
  });

  it('work through Standard Schema, as form libraries call them', async () => {
    const result = await fields.mobile['~standard'].validate('1381234567');
    expect('issues' in result && result.issues?.[0]?.message).toBe('手机号码长度不正确：应为 11 位，实为 10 位');
  });
});

describe('unitAdminFieldSchemas', () => {
  it('checks 身份证号码 against the resident ID family', () => {
    const fields = unitAdminFieldSchemas();
    expect(fields.idNumber.parse(makeId('810000', '19800101', '001'))).toHaveLength(18);
    expect(issuesOf(fields.idNumber.safeParse('E12345678'))?.[0]?.code).toBe('id_type_mismatch');
    expect(issuesOf(fields.unitName.safeParse(''))?.[0]?.message).toBe('单位名称不能为空');
  });
});
