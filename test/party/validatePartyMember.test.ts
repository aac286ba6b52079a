import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/Issue';
import type { Result } from '../../src/errors/Result';
import { ValidationError } from '../../src/errors/ValidationError';
import { assertPartyMember, isValidPartyMember, validatePartyMember } from '../../src/party/validatePartyMember';
import { makeId } from '../_helpers/idFixtures';

const AS_OF = '2026-11-25';
const ID = makeId('430602', '19900101', '123'); // male, born 1990-01-01 (synthetic)

/** A complete, valid 党员基本信息采集表 row as a clerk fills it in (synthetic person). */
function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '张三',
    sex: '男',
    ethnicity: '汉',
    idNumber: ID,
    birthDate: '1990年1月1日',
    education: '大学',
    category: '正式党员',
    branch: '机关第一党支部',
    joinedDate: '2012-06-01',
    fullMemberDate: '2013/6/1',
    jobPost: '公务员',
    mobile: '138 1234 5678',
    landline: '',
    address: '湖南省岳阳市岳阳楼区某某路 1 号',
    membershipStatus: '正常',
    lostContact: '否',
    lostContactDate: '',
    floating: '否',
    floatingDestination: '',
    ...overrides,
  };
}

function check(overrides: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return validatePartyMember(row(overrides), { asOf: AS_OF, locale });
}

function issuesOf<T>(result: Result<T>): Issue[] {
  return result.ok ? result.warnings : result.issues;
}

/** The one issue with this code (failing the test when there is none or several). */
function only<T>(result: Result<T>, code: string): Issue {
  const found = issuesOf(result).filter((i) => i.code === code);
  expect(found, JSON.stringify(issuesOf(result))).toHaveLength(1);
  return found[0]!;
}

describe('validatePartyMember: values as clerks write them', () => {
  it('accepts a complete row and normalises it', () => {
    const result = check({});
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        name: '张三',
        sex: '1',
        ethnicity: '01',
        idNumber: ID,
        birthDate: '1990-01-01',
        education: '21',
        category: 'full',
        branch: '机关第一党支部',
        joinedDate: '2012-06-01',
        fullMemberDate: '2013-06-01',
        jobPost: '011',
        mobile: '13812345678',
        address: '湖南省岳阳市岳阳楼区某某路 1 号',
        membershipStatus: 'normal',
        lostContact: false,
        floating: false,
      },
    });
  });

  it('takes codes, names, aliases and other date shapes', () => {
    const result = check({
      sex: 1,
      ethnicity: '01 汉族',
      education: '21',
      category: '正式',
      jobPost: '011',
      birthDate: '19900101',
      joinedDate: new Date('2012-06-01T00:00:00+08:00'),
      fullMemberDate: '2013.06.01',
      membershipStatus: 'normal',
      lostContact: false,
      floating: 0,
      landline: '（0730）123 4567',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      sex: '1',
      birthDate: '1990-01-01',
      joinedDate: '2012-06-01',
      landline: '0730-1234567',
    });
  });

  it.each([
    ['是', true],
    ['否', false],
    ['true', true],
    ['FALSE', false],
    [1, true],
    ['０', false],
    [true, true],
    ['', false],
    [undefined, false],
  ])('reads 是否为流动党员 %j as %s (empty means 否)', (floating, expected) => {
    const result = check({ floating, floatingDestination: '广东省深圳市南山区' });
    expect(result.ok && result.value.floating).toBe(expected);
  });

  it('rejects a yes/no item it cannot read', () => {
    const issue = only(check({ floating: '也许' }), 'invalid_format');
    expect(issue.path).toEqual(['floating']);
    expect(issue.message).toBe('是否为流动党员格式不正确：应填写“是”或“否”');
    expect(only(check({ floating: '也许' }, 'en'), 'invalid_format').message).toBe(
      'floating member has an invalid format: write 是 (yes) or 否 (no)',
    );
  });

  it('reports each missing required item at its path', () => {
    const result = validatePartyMember({}, { asOf: AS_OF });
    expect(result.ok).toBe(false);
    const paths = issuesOf(result)
      .filter((i) => i.code === 'required')
      .map((i) => i.path[0]);
    expect(paths).toEqual([
      'name',
      'sex',
      'ethnicity',
      'idNumber',
      'birthDate',
      'education',
      'category',
      'branch',
      'joinedDate',
      'jobPost',
      'mobile',
      'address',
      'membershipStatus',
    ]);
    expect(issuesOf(result).find((i) => i.path[0] === 'mobile')?.message).toBe('联系电话（手机号或固定电话）不能为空');
  });

  it('needs one phone number, either one', () => {
    expect(check({ mobile: '', landline: '0730-1234567' }).ok).toBe(true);
    const issue = only(check({ mobile: '', landline: '' }, 'en'), 'required');
    expect(issue).toMatchObject({ path: ['mobile'], message: 'contact phone (mobile or landline) is required' });
  });

  it('labels phone issues with the form labels', () => {
    expect(only(check({ landline: '1234567' }), 'missing_area_code').path).toEqual(['landline']);
    expect(only(check({ landline: '0730-12345' }), 'invalid_local_number_length').path).toEqual(['landline']);
    expect(only(check({ landline: '0730-12ab' }), 'invalid_format').message).toBe(
      '固定电话格式不正确：只能包含数字、分隔符和分机号',
    );
    expect(only(check({ mobile: '1381234567' }), 'invalid_length').path).toEqual(['mobile']);
  });

  it('prefixes every path with options.path', () => {
    const result = validatePartyMember(row({ sex: '女' }), { asOf: AS_OF, path: ['members', 3] });
    expect(only(result, 'sex_mismatch').path).toEqual(['members', 3, 'sex']);
  });
});

describe('validatePartyMember: identity', () => {
  it('birth_date_mismatch', () => {
    const zh = only(check({ birthDate: '1990-01-02' }), 'birth_date_mismatch');
    expect(zh).toMatchObject({ severity: 'error', path: ['birthDate'] });
    expect(zh.message).toBe('出生日期 1990-01-02 与证件号码中的出生日期 1990-01-01 不一致');
    expect(only(check({ birthDate: '1990-01-02' }, 'en'), 'birth_date_mismatch').message).toBe(
      'birth date 1990-01-02 differs from the birth date 1990-01-01 in the ID number',
    );
  });

  it('sex_mismatch', () => {
    expect(only(check({ sex: '女' }), 'sex_mismatch')).toMatchObject({
      path: ['sex'],
      message: '性别“女”与证件号码中的性别“男”不一致',
    });
    expect(only(check({ sex: 2 }, 'en'), 'sex_mismatch').message).toBe(
      'sex "female" differs from the sex "male" in the ID number',
    );
  });

  it('reports a bad ID number at idNumber without printing it', () => {
    const bad = `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`;
    const issue = only(check({ idNumber: bad }), 'invalid_checksum');
    expect(issue.path).toEqual(['idNumber']);
    expect(issue.message).not.toContain(bad);
  });

  it('id_type_mismatch for a foreigner’s permanent residence card', () => {
    const card = makeId('911566', '19900101', '123'); // 2023 card: 9, province 11, nationality 566
    const result = check({ idNumber: card });
    expect(only(result, 'id_type_mismatch')).toMatchObject({
      severity: 'error',
      path: ['idNumber'],
      params: { idType: '居民身份证', looksLike: '外国人永久居留身份证' },
    });
    expect(only(result, 'id_type_mismatch').message).toContain('外国人永久居留身份证');
    expect(only(check({ idNumber: card }, 'en'), 'id_type_mismatch').message).toContain(
      'foreign permanent resident ID card',
    );
  });
});

describe('validatePartyMember: joining and full membership', () => {
  it('joined_under_age, the 18th birthday itself counting', () => {
    expect(check({ joinedDate: '2008-01-01', fullMemberDate: '2009-01-01' }).ok).toBe(true);
    const result = check({ joinedDate: '2007-12-31', fullMemberDate: '2008-12-31' });
    expect(only(result, 'joined_under_age')).toMatchObject({
      severity: 'error',
      path: ['joinedDate'],
      message: '加入党组织日期 2007-12-31 时未满 18 周岁（出生日期 1990-01-01）',
    });
    expect(
      only(check({ joinedDate: '2007-12-31', fullMemberDate: '2008-12-31' }, 'en'), 'joined_under_age').message,
    ).toBe('joined the party on 2007-12-31 before turning 18 (born 1990-01-01)');
  });

  it('someone born on 29 February turns 18 on 1 March', () => {
    const id = makeId('430602', '19920229', '124');
    const base = { idNumber: id, birthDate: '1992-02-29', sex: '女' };
    expect(
      issuesOf(check({ ...base, joinedDate: '2010-02-28', fullMemberDate: '2011-02-28' })).map((i) => i.code),
    ).toContain('joined_under_age');
    expect(check({ ...base, joinedDate: '2010-03-01', fullMemberDate: '2011-03-01' }).ok).toBe(true);
  });

  it('invalid_full_member_date: before joining', () => {
    const issue = only(check({ fullMemberDate: '2012-05-31' }), 'invalid_full_member_date');
    expect(issue).toMatchObject({ severity: 'error', path: ['fullMemberDate'], params: { reason: 'before-joined' } });
    expect(issue.message).toBe('转为正式党员日期 2012-05-31 早于加入党组织日期 2012-06-01');
    expect(only(check({ fullMemberDate: '2012-05-31' }, 'en'), 'invalid_full_member_date').message).toBe(
      'full-membership date 2012-05-31 is before the joining date 2012-06-01',
    );
  });

  it('invalid_full_member_date: a probationary member has none', () => {
    const overrides = { category: '预备党员', joinedDate: '2026-01-10', fullMemberDate: '2026-10-01' };
    const issue = only(check(overrides), 'invalid_full_member_date');
    expect(issue).toMatchObject({ severity: 'error', params: { reason: 'probationary' } });
    expect(issue.message).toBe('预备党员不应填写转为正式党员日期');
    expect(only(check(overrides, 'en'), 'invalid_full_member_date').message).toBe(
      'a probationary member has no full-membership date',
    );
    const ok = check({ category: '预备党员', joinedDate: '2026-01-10', fullMemberDate: '' });
    expect(ok.ok && ok.value.category).toBe('probationary');
    expect(ok.ok && 'fullMemberDate' in ok.value).toBe(false);
  });

  it('warns about a probation shorter than 11 months or longer than 24', () => {
    const short = check({ fullMemberDate: '2012-12-01' });
    expect(short.ok).toBe(true);
    expect(only(short, 'invalid_full_member_date')).toMatchObject({
      severity: 'warning',
      params: { reason: 'short-probation' },
      message: '转为正式党员日期 2012-12-01 距加入党组织日期 2012-06-01 不足一年（预备期为一年），请核实',
    });
    const long = check({ fullMemberDate: '2014-07-01' }, 'en');
    expect(only(long, 'invalid_full_member_date')).toMatchObject({
      severity: 'warning',
      params: { reason: 'long-probation' },
      message:
        'full-membership date 2014-07-01 is more than two years after joining on 2012-06-01 (one year, extended by at most one); please check',
    });
    // the day before the anniversary, an extension to two years, and the different 候补期 before 1956 pass silently
    expect(check({ fullMemberDate: '2013-05-31' }).ok && check({ fullMemberDate: '2013-05-31' })).toMatchObject({
      warnings: [],
    });
    expect(check({ fullMemberDate: '2014-06-01' })).toMatchObject({ ok: true, warnings: [] });
    const elder = makeId('430602', '19300101', '123');
    expect(
      check({
        idNumber: elder,
        birthDate: '1930-01-01',
        joinedDate: '1949-03-01',
        fullMemberDate: '1949-09-01',
        jobPost: '501',
      }),
    ).toMatchObject({ ok: true, warnings: [] });
  });

  it('missing_full_member_date', () => {
    const issue = only(check({ fullMemberDate: '' }), 'missing_full_member_date');
    expect(issue).toMatchObject({
      severity: 'error',
      path: ['fullMemberDate'],
      message: '正式党员应填写转为正式党员日期',
    });
    expect(only(check({ fullMemberDate: null }, 'en'), 'missing_full_member_date').message).toBe(
      'a full member needs the full-membership date',
    );
    // an unreadable date is reported as such, not as missing
    expect(issuesOf(check({ fullMemberDate: '2013-02-30' })).map((i) => i.code)).toEqual(['invalid_date']);
  });

  it('probation_overdue after 24 whole months', () => {
    const base = { category: '预备党员', fullMemberDate: '' };
    expect(check({ ...base, joinedDate: '2024-10-26' })).toMatchObject({ ok: true, warnings: [] });
    const result = check({ ...base, joinedDate: '2024-10-25' });
    expect(result.ok).toBe(true);
    const issue = only(result, 'probation_overdue');
    expect(issue).toMatchObject({
      severity: 'warning',
      path: ['category'],
      params: { months: 25, joined: '2024-10-25' },
    });
    expect(issue.message).toBe(
      '预备党员自 2024-10-25 入党，至 2026-11-25 已满 25 个月（预备期一年，延长不超过一年），请核实是否已转正或延长预备期',
    );
    expect(only(check({ ...base, joinedDate: '2020-01-01' }, 'en'), 'probation_overdue').message).toBe(
      'probationary member since 2020-01-01: 82 months by 2026-11-25, longer than the one-year probation extended by at most one year; check whether it ended or was extended',
    );
  });

  it('dates after asOf are errors', () => {
    expect(only(check({ joinedDate: '2026-11-26' }), 'future_date').path).toEqual(['joinedDate']);
    expect(only(check({ fullMemberDate: '2027-01-01' }), 'future_date').path).toEqual(['fullMemberDate']);
  });
});

describe('validatePartyMember: lost contact and floating', () => {
  const lost = { lostContact: '是', lostContactDate: '2020年3月', mobile: '', address: '' };

  it('a lost-contact member with the month; phone and address may be unknown', () => {
    const result = check(lost);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({ lostContact: true, lostContactDate: '2020-03' });
  });

  it('missing_lost_contact_date', () => {
    const issue = only(check({ ...lost, lostContactDate: '' }), 'missing_lost_contact_date');
    expect(issue).toMatchObject({ path: ['lostContactDate'], message: '失联党员应填写失去联系日期（年月）' });
    expect(only(check({ ...lost, lostContactDate: '' }, 'en'), 'missing_lost_contact_date').message).toBe(
      'a lost-contact member needs the month contact was lost',
    );
  });

  it('the month contact was lost: not before joining, not in the future', () => {
    expect(check({ ...lost, lostContactDate: '2012-06' }).ok).toBe(true);
    const before = only(check({ ...lost, lostContactDate: '2012-05' }), 'invalid_date');
    expect(before).toMatchObject({
      path: ['lostContactDate'],
      params: { reason: 'before-joined', joined: '2012-06-01' },
    });
    expect(only(check({ ...lost, lostContactDate: '2026-12' }), 'future_date').path).toEqual(['lostContactDate']);
    expect(check({ ...lost, lostContactDate: '2026-11' }).ok).toBe(true);
  });

  it('missing_floating_destination', () => {
    const issue = only(check({ floating: '是' }), 'missing_floating_destination');
    expect(issue).toMatchObject({ path: ['floatingDestination'], message: '流动党员应填写外出流向' });
    expect(only(check({ floating: 'yes' }, 'en'), 'missing_floating_destination').message).toBe(
      'a floating member needs the destination',
    );
    const ok = check({ floating: '是', floatingDestination: '  广东省 深圳市\n南山区 ' });
    expect(ok.ok && ok.value.floatingDestination).toBe('广东省 深圳市 南山区');
  });
});

describe('validatePartyMember: coded items', () => {
  it('学历 and 工作岗位 must be selectable codes', () => {
    const education = only(check({ education: '1' }), 'not_selectable');
    expect(education).toMatchObject({ path: ['education'], message: '“1 研究生教育”是分类代码，请选择其下的具体项' });
    const post = only(check({ jobPost: '3' }, 'en'), 'not_selectable');
    expect(post).toMatchObject({
      path: ['jobPost'],
      message: '"3 学生" is a grouping code; choose one of the entries under it',
    });
    expect(only(check({ ethnicity: '火星族' }), 'unknown_code').path).toEqual(['ethnicity']);
  });

  it.each([
    ['302', 1980, true], // a graduate student of 46
    ['302', 1985, false],
    ['312', 1990, true], // an undergraduate of 36
    ['312', 2000, false],
    ['34', 2000, true], // a high-school student of 26
    ['34', 2007, false], // 19
  ])('implausible_student_age for post %s, born %i: %s', (jobPost, year, warned) => {
    const id = makeId('430602', `${year}0101`, '123');
    const result = check({
      jobPost,
      idNumber: id,
      birthDate: `${year}-01-01`,
      joinedDate: `${year + 18}-06-01`,
      fullMemberDate: `${year + 19}-06-01`,
    });
    expect(result.ok).toBe(true);
    const codes = issuesOf(result).map((i) => i.code);
    expect(codes.includes('implausible_student_age')).toBe(warned);
  });

  it('implausible_student_age messages', () => {
    const id = makeId('430602', '19700101', '123');
    const overrides = {
      jobPost: '312',
      idNumber: id,
      birthDate: '1970-01-01',
      joinedDate: '1990-06-01',
      fullMemberDate: '1991-06-01',
    };
    expect(only(check(overrides), 'implausible_student_age')).toMatchObject({
      severity: 'warning',
      path: ['jobPost'],
      message: '工作岗位为“大学本科一年级学生”，但年龄为 56 岁（通常在 15–35 岁之间），请核实',
    });
    expect(only(check(overrides, 'en'), 'implausible_student_age').message).toBe(
      'job post "312 大学本科一年级学生" (a student post) but age 56 (usually 15–35); please check',
    );
  });
});

describe('validatePartyMember: three call styles, any input', () => {
  it('isValid and assert', () => {
    expect(isValidPartyMember(row(), { asOf: AS_OF })).toBe(true);
    expect(isValidPartyMember(row({ sex: '女' }), { asOf: AS_OF })).toBe(false);
    expect(assertPartyMember(row(), { asOf: AS_OF }).category).toBe('full');
    expect(() => assertPartyMember(row({ sex: '女' }), { asOf: AS_OF })).toThrow(ValidationError);
  });

  it.each([undefined, null, '', 42, 'text', [], [row()], () => row(), Symbol('s')])(
    'answers %s with a Result',
    (input) => {
      const result = validatePartyMember(input);
      expect(result.ok).toBe(false);
      expect(issuesOf(result)[0]?.path).toEqual([]);
    },
  );

  it('survives a record whose reads throw', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(validatePartyMember(trap).ok).toBe(false);
  });

  test.prop([fc.dictionary(fc.constantFrom(...Object.keys(row())), fc.anything())])(
    'junk fields never throw',
    (junk) => {
      const result = validatePartyMember(junk, { asOf: AS_OF });
      for (const issue of issuesOf(result)) expect(issue.message).not.toBe(issue.code);
    },
  );
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const day = 86_400_000;

/** Valid members: born 1940–2004, joined 18 to 40 years later, full member 12 to 24 months after joining. */
const validMember = fc
  .record({
    birth: fc.integer({ min: Date.UTC(1940, 0, 1), max: Date.UTC(2004, 11, 31) }).map((ms) => ms - (ms % day)),
    joinAge: fc.integer({ min: 18, max: 40 }),
    joinExtraDays: fc.integer({ min: 0, max: 364 }),
    probationMonths: fc.integer({ min: 12, max: 24 }),
    female: fc.boolean(),
    order: fc.integer({ min: 0, max: 49 }),
    category: fc.constantFrom('正式党员', '预备党员'),
    education: fc.constantFrom('大学', '21', '11', '1A', '中专', '高中', '初中'),
    jobPost: fc.constantFrom('011', '0212', '11', '122', '2', '502', '605'),
    ethnicity: fc.constantFrom('汉', '01', '壮族', '回', '土家族'),
    lostContact: fc.boolean(),
    floating: fc.boolean(),
  })
  .map((g) => {
    const birth = new Date(g.birth);
    const joined = new Date(
      Date.UTC(birth.getUTCFullYear() + g.joinAge, birth.getUTCMonth(), birth.getUTCDate() + 1) + g.joinExtraDays * day,
    );
    const full = new Date(Date.UTC(joined.getUTCFullYear(), joined.getUTCMonth() + g.probationMonths, 1));
    const asOfDate = new Date(Math.max(full.getTime(), joined.getTime()) + 400 * day);
    const orderDigits = `${pad(g.order)}${g.female ? 2 : 1}`;
    const record = row({
      sex: g.female ? '女' : '男',
      idNumber: makeId('430602', ymd(birth).replaceAll('-', ''), orderDigits),
      birthDate: ymd(birth),
      ethnicity: g.ethnicity,
      education: g.education,
      jobPost: g.jobPost,
      category: g.category,
      joinedDate: ymd(joined),
      fullMemberDate: g.category === '正式党员' ? ymd(full) : '',
      lostContact: g.lostContact ? '是' : '否',
      lostContactDate: g.lostContact ? ymd(asOfDate).slice(0, 7) : '',
      floating: g.floating,
      floatingDestination: g.floating ? '广东省深圳市' : '',
    });
    return { record, asOf: ymd(asOfDate), probationary: g.category === '预备党员' };
  });

test.prop([validMember])('generated valid members pass', ({ record, asOf, probationary }) => {
  const result = validatePartyMember(record, { asOf });
  expect(result.ok, JSON.stringify(issuesOf(result))).toBe(true);
  // the only doubt a valid generated member can raise: an old probation (asOf is > 1 year after joining)
  for (const warning of issuesOf(result)) {
    expect(probationary && warning.code === 'probation_overdue', JSON.stringify(warning)).toBe(true);
  }
});

test.prop([validMember, fc.constantFrom('zh-CN' as const, 'en' as const)])(
  'breaking the birth date of a valid member is always caught',
  ({ record, asOf }, locale) => {
    const birth = String(record.birthDate);
    const shifted = `${Number(birth.slice(0, 4)) - 1}${birth.slice(4)}`.replace('-02-29', '-02-28');
    const result = validatePartyMember({ ...record, birthDate: shifted }, { asOf, locale });
    expect(issuesOf(result).map((i) => i.code)).toContain('birth_date_mismatch');
  },
);
