import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { PartyMember } from '../../src/party/PartyMember';
import type { PartyOrg } from '../../src/party/PartyOrg';
import { partyMemberSchema, partyOrgSchema } from '../../src/schemas/partySchemas';
import { makeId, makeUscc } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const ID = makeId('430602', '19900101', '124'); // female, synthetic

const member = {
  name: '李四',
  sex: '女',
  ethnicity: '汉族',
  idNumber: ID,
  birthDate: '1990-01-01',
  education: '硕士',
  category: '正式党员',
  branch: '机关第二党支部',
  joinedDate: '2015-07-01',
  fullMemberDate: '2016-07-01',
  jobPost: '0212',
  mobile: '13912345678',
  address: '湖南省岳阳市岳阳楼区某某路 2 号',
  membershipStatus: '正常',
  lostContact: '否',
  floating: '否',
};

const org = {
  name: '中共某某中心学校支部委员会',
  secretary: '王五',
  contact: '赵六',
  contactPhone: '0730-7654321',
  category: '党支部',
  unitRelation: '法人单位',
  units: [
    {
      name: '某某中心学校',
      nature: '事业单位',
      partyOrgStatus: '建立党支部的',
      code: makeUscc('12430600', '44556677'),
    },
  ],
};

describe('partyMemberSchema', () => {
  it('outputs the normalised PartyMember', () => {
    const schema = partyMemberSchema({ asOf: AS_OF });
    expectTypeOf(schema.parse(member)).toEqualTypeOf<PartyMember>();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<PartyMember>();
    expect(schema.parse(member)).toMatchObject({
      sex: '2',
      ethnicity: '01',
      education: '12',
      category: 'full',
      jobPost: '0212',
    });
  });

  it('reports every error at its path with our message and issue code; warnings do not fail', () => {
    const result = partyMemberSchema({ asOf: AS_OF }).safeParse({
      ...member,
      sex: '男',
      fullMemberDate: '',
      floating: '是',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['sex', '性别“男”与证件号码中的性别“女”不一致'],
      ['fullMemberDate', '正式党员应填写转为正式党员日期'],
      ['floatingDestination', '流动党员应填写外出流向'],
    ]);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { issueCode: 'sex_mismatch' } });
    const warned = partyMemberSchema({ asOf: AS_OF }).safeParse({
      ...member,
      category: '预备党员',
      fullMemberDate: '',
    });
    expect(warned.success).toBe(true);
  });

  it('speaks English on request and keeps a grouping code apart from the issue code', () => {
    const result = partyMemberSchema({ asOf: AS_OF, locale: 'en' }).safeParse({ ...member, education: '1' });
    expect(result.error?.issues).toMatchObject([
      {
        path: ['education'],
        message: '"1 研究生教育" is a grouping code; choose one of the entries under it',
        params: { issueCode: 'not_selectable', code: '1' },
      },
    ]);
  });

  it('nests in a larger zod schema with the full path', () => {
    const upload = z.object({ members: z.array(partyMemberSchema({ asOf: AS_OF })) });
    const result = upload.safeParse({ members: [member, { ...member, birthDate: '1990-01-02' }] });
    expect(result.error?.issues).toMatchObject([{ path: ['members', 1, 'birthDate'] }]);
  });

  it('is a Standard Schema with paths', async () => {
    const schema = partyMemberSchema({ asOf: AS_OF });
    expect(await schema['~standard'].validate(member)).toMatchObject({
      value: { name: '李四', mobile: '13912345678' },
    });
    const failed = await schema['~standard'].validate({
      ...member,
      joinedDate: '2007-12-31',
      fullMemberDate: '2008-12-31',
    });
    expect('issues' in failed && failed.issues).toMatchObject([
      { path: ['joinedDate'], message: '加入党组织日期 2007-12-31 时未满 18 周岁（出生日期 1990-01-01）' },
    ]);
    const junk = await schema['~standard'].validate(42);
    expect('issues' in junk && junk.issues?.[0]?.message).toBe('党员信息的类型不正确：应为文本，实为 number');
  });
});

describe('partyOrgSchema', () => {
  it('outputs the normalised PartyOrg', () => {
    const schema = partyOrgSchema();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<PartyOrg>();
    expect(schema.parse(org)).toMatchObject({
      category: '631',
      unitRelation: 'legal-entity',
      units: [{ nature: '3', codeType: 'uscc' }],
    });
  });

  it('reports unit issues at their nested paths', () => {
    const result = partyOrgSchema({ locale: 'en' }).safeParse({
      ...org,
      unitRelation: '联合支部',
      units: [{ ...org.units[0], code: '123' }],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['units.0.code', 'unit code has the wrong length: expected 18 or 9, got 3'],
      ['units', 'a joint branch needs two or more units, got 1'],
    ]);
  });

  it('is a Standard Schema', async () => {
    const result = await partyOrgSchema()['~standard'].validate({ ...org, units: [] });
    expect('issues' in result && result.issues).toMatchObject([
      { path: ['units'], message: '法人单位应填写一个所在单位，实为 0 个' },
    ]);
  });
});
