import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/Issue';
import type { Result } from '../../src/errors/Result';
import { ValidationError } from '../../src/errors/ValidationError';
import { assertPartyOrg, isValidPartyOrg, validatePartyOrg } from '../../src/party/validatePartyOrg';
import { makeUscc, orgCheck } from '../_helpers/idFixtures';

const USCC_1 = makeUscc('11430600', '12345678'); // 机关
const USCC_2 = makeUscc('52430600', 'MA4L0001'); // 民办非企业单位
const ORG_CODE = `8765432${1}-${orgCheck('87654321')}`;

function unit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: '某某县民政局', nature: '机关', partyOrgStatus: '建立党支部的', code: USCC_1, ...overrides };
}

/** A 党组织和所在单位基本信息采集表 record: a 党支部 in one legal entity (synthetic names). */
function org(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '中共某某县民政局机关支部委员会',
    secretary: '张三',
    contact: '李四',
    contactPhone: '0730-1234567',
    category: '党支部',
    unitRelation: '法人单位',
    units: [unit()],
    ...overrides,
  };
}

const joint = (overrides: Record<string, unknown> = {}) =>
  org({
    name: '中共某某商会联合支部委员会',
    category: '联合党支部',
    unitRelation: '联合支部',
    units: [
      unit({ name: '某某商贸有限公司', nature: '非公有经济控制', partyOrgStatus: '建立联合党支部的', code: USCC_2 }),
      unit({ name: '某某科技有限公司', nature: '23', partyOrgStatus: '2', code: ORG_CODE }),
    ],
    ...overrides,
  });

function issuesOf<T>(result: Result<T>): Issue[] {
  return result.ok ? result.warnings : result.issues;
}

function only<T>(result: Result<T>, code: string): Issue {
  const found = issuesOf(result).filter((i) => i.code === code);
  expect(found, JSON.stringify(issuesOf(result))).toHaveLength(1);
  return found[0]!;
}

describe('validatePartyOrg: values as clerks write them', () => {
  it('accepts a 党支部 in a legal entity and normalises it', () => {
    expect(validatePartyOrg(org())).toEqual({
      ok: true,
      warnings: [],
      value: {
        name: '中共某某县民政局机关支部委员会',
        secretary: '张三',
        contact: '李四',
        contactPhone: '0730-1234567',
        category: '631',
        unitRelation: 'legal-entity',
        units: [{ name: '某某县民政局', nature: '4', partyOrgStatus: '13', code: USCC_1, codeType: 'uscc' }],
      },
    });
  });

  it('accepts a joint branch, with a 组织机构代码 for an old unit', () => {
    const result = validatePartyOrg(joint());
    expect(result.ok, JSON.stringify(issuesOf(result))).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ category: '632', unitRelation: 'joint' });
    expect(result.value.units.map((u) => [u.nature, u.partyOrgStatus, u.codeType, u.code])).toEqual([
      ['23', '2', 'uscc', USCC_2],
      ['23', '2', 'org-code', ORG_CODE],
    ]);
  });

  it('accepts an organisation in its parent’s unit without units; empty unit entries do not count', () => {
    for (const units of [
      undefined,
      null,
      '',
      [],
      [{}],
      [{ name: '', nature: '', partyOrgStatus: '', code: '' }],
      [null],
    ]) {
      const result = validatePartyOrg(org({ category: '611', unitRelation: '与上级党组织相同', units }));
      expect(result.ok && result.value.units).toEqual([]);
    }
  });

  it('takes a mobile or a landline number as 联系电话', () => {
    const mobile = validatePartyOrg(org({ contactPhone: '+86 138-1234-5678' }));
    expect(mobile.ok && mobile.value.contactPhone).toBe('13812345678');
    const landline = validatePartyOrg(org({ contactPhone: '(0730)1234567转8' }));
    expect(landline.ok && landline.value.contactPhone).toBe('0730-1234567转8');
  });

  it('reports a bad 联系电话 as what it looks like, under the form label', () => {
    expect(only(validatePartyOrg(org({ contactPhone: '1381234567' })), 'invalid_length')).toMatchObject({
      path: ['contactPhone'],
      message: '联系电话长度不正确：应为 11 位，实为 10 位',
    });
    expect(only(validatePartyOrg(org({ contactPhone: '1234567' })), 'missing_area_code').path).toEqual([
      'contactPhone',
    ]);
    expect(
      only(validatePartyOrg(org({ contactPhone: '1381234567' }), { locale: 'en' }), 'invalid_length').message,
    ).toBe('contact phone has the wrong length: expected 11, got 10');
  });

  it('names the field in person-name issues', () => {
    expect(only(validatePartyOrg(org({ secretary: '张三1' })), 'invalid_name')).toMatchObject({
      path: ['secretary'],
      message: '党组织书记“张三1”含有不应出现的字符“1”',
    });
    expect(only(validatePartyOrg(org({ contact: '' }), { locale: 'en' }), 'required').message).toBe(
      'contact person is required',
    );
  });

  it('reports every missing item', () => {
    const result = validatePartyOrg({});
    expect(issuesOf(result).map((i) => i.path.join('.'))).toEqual([
      'name',
      'secretary',
      'contact',
      'contactPhone',
      'category',
      'unitRelation',
    ]);
    const units = validatePartyOrg(org({ units: [{ name: '某某县民政局' }] }));
    expect(issuesOf(units).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['required', 'units.0.nature'],
      ['required', 'units.0.partyOrgStatus'],
      ['required', 'units.0.code'],
    ]);
    expect(issuesOf(units)[2]?.message).toBe('党组织所在单位代码不能为空');
  });
});

describe('validatePartyOrg: the 所在单位 block', () => {
  it.each([
    [
      '与上级党组织相同',
      1,
      '党组织所在单位情况为“与上级党组织相同”时不填写所在单位，实填 1 个',
      'no unit block when the organisation is in the same unit as its parent, got 1',
    ],
    [
      '法人单位',
      0,
      '法人单位应填写一个所在单位，实为 0 个',
      'a legal-entity organisation needs exactly one unit, got 0',
    ],
    [
      '法人单位',
      2,
      '法人单位应填写一个所在单位，实为 2 个',
      'a legal-entity organisation needs exactly one unit, got 2',
    ],
    ['联合支部', 1, '联合支部应填写两个及以上所在单位，实为 1 个', 'a joint branch needs two or more units, got 1'],
  ])('invalid_unit_count: %s with %i units', (relation, count, zh, en) => {
    const category = relation === '联合支部' ? '632' : '631';
    const status = relation === '联合支部' ? '2' : '13';
    const record = org({
      unitRelation: relation,
      category,
      units: Array.from({ length: count }, () => unit({ partyOrgStatus: status })),
    });
    const issue = only(validatePartyOrg(record), 'invalid_unit_count');
    expect(issue).toMatchObject({ severity: 'error', path: ['units'], message: zh, params: { actual: count } });
    expect(only(validatePartyOrg(record, { locale: 'en' }), 'invalid_unit_count').message).toBe(en);
  });

  it('a joint branch takes any number of units from two', () => {
    const units = Array.from({ length: 7 }, (_, i) =>
      unit({ name: `某某公司${i}`, partyOrgStatus: '2', nature: '23' }),
    );
    expect(validatePartyOrg(joint({ units })).ok).toBe(true);
  });

  it('rejects units that are no list', () => {
    const issue = only(validatePartyOrg(org({ units: { name: '某某县民政局' } })), 'invalid_type');
    expect(issue.path).toEqual(['units']);
    expect(issuesOf(validatePartyOrg(org({ units: { name: 'x' } }))).map((i) => i.code)).toEqual(['invalid_type']);
    expect(only(validatePartyOrg(org({ units: ['某某县民政局'] })), 'invalid_type').path).toEqual(['units', 0]);
  });

  it('validates 党组织所在单位代码 as a USCC or a 组织机构代码, at its path', () => {
    const badUscc = `${USCC_2.slice(0, 17)}${USCC_2[17] === '0' ? '1' : '0'}`;
    const result = validatePartyOrg(
      joint({ units: [unit({ partyOrgStatus: '2' }), unit({ partyOrgStatus: '2', code: badUscc })] }),
    );
    expect(only(result, 'invalid_checksum')).toMatchObject({ path: ['units', 1, 'code'] });
    expect(only(result, 'invalid_checksum').message).toMatch(/^统一社会信用代码校验码错误/);
    const badOrg = validatePartyOrg(
      org({ units: [unit({ code: `${ORG_CODE.slice(0, 9)}${ORG_CODE[9] === '0' ? '1' : '0'}` })] }),
    );
    expect(only(badOrg, 'invalid_checksum').message).toMatch(/^组织机构代码校验码错误/);
    const short = only(validatePartyOrg(org({ units: [unit({ code: '1234567' })] })), 'invalid_length');
    expect(short).toMatchObject({
      path: ['units', 0, 'code'],
      message: '党组织所在单位代码长度不正确：应为 18 或 9 位，实为 7 位',
    });
    expect(
      only(validatePartyOrg(org({ units: [unit({ code: '1234567' })] }), { locale: 'en' }), 'invalid_length').message,
    ).toBe('unit code has the wrong length: expected 18 or 9, got 7');
    const withHyphen = validatePartyOrg(org({ units: [unit({ code: ORG_CODE.replace('-', '') })] }));
    expect(withHyphen.ok && withHyphen.value.units[0]).toMatchObject({ code: ORG_CODE, codeType: 'org-code' });
  });

  it('单位类别 and 单位建立党组织情况 must be selectable codes', () => {
    const result = validatePartyOrg(org({ units: [unit({ nature: '1', partyOrgStatus: '单独建立基层党组织的' })] }));
    expect(issuesOf(result).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['not_selectable', 'units.0.nature'],
      ['not_selectable', 'units.0.partyOrgStatus'],
    ]);
    expect(only(validatePartyOrg(org({ category: '6' })), 'not_selectable').path).toEqual(['category']);
  });
});

describe('validatePartyOrg: 组织类别 against 单位建立党组织情况', () => {
  it.each([
    // category, relation, unit statuses, warned paths
    ['611', '法人单位', ['11'], []],
    ['621', '法人单位', ['12'], []],
    ['631', '法人单位', ['13'], []],
    ['631', '法人单位', ['11'], ['units.0.partyOrgStatus']],
    ['611', '法人单位', ['13'], ['units.0.partyOrgStatus']],
    ['621', '法人单位', ['2'], ['units.0.partyOrgStatus']],
    ['632', '联合支部', ['2', '2'], []],
    ['632', '联合支部', ['2', '13'], ['units.1.partyOrgStatus']],
    ['631', '联合支部', ['2', '2'], ['category']],
    ['632', '法人单位', ['2'], ['category']],
    ['932', '联合支部', ['2', '2'], []],
    ['931', '法人单位', ['11'], []],
    ['911', '法人单位', ['13'], []],
    ['931', '联合支部', ['2', '2'], ['category']],
  ])('%s in relation %s with units %j', (category, unitRelation, statuses, warned) => {
    const units = statuses.map((partyOrgStatus, i) => unit({ name: `某某单位${i}`, partyOrgStatus }));
    const result = validatePartyOrg(org({ category, unitRelation, units }));
    expect(result.ok, JSON.stringify(issuesOf(result))).toBe(true);
    const paths = issuesOf(result)
      .filter((i) => i.code === 'party_org_category_mismatch')
      .map((i) => i.path.join('.'));
    expect(paths).toEqual(warned);
    for (const issue of issuesOf(result)) expect(issue.severity).toBe('warning');
  });

  it('is not checked in the parent’s unit', () => {
    expect(validatePartyOrg(org({ category: '632', unitRelation: '与上级党组织相同', units: [] }))).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('party_org_category_mismatch messages', () => {
    const unitWarning = only(
      validatePartyOrg(org({ units: [unit({ partyOrgStatus: '11' })] })),
      'party_org_category_mismatch',
    );
    expect(unitWarning).toMatchObject({
      params: { category: '党支部', categoryCode: '631', unitStatus: '建立党委的', unitStatusCode: '11' },
      message: '组织类别“631 党支部”与单位建立党组织情况“11 建立党委的”不一致，请核实',
    });
    const en = validatePartyOrg(org({ units: [unit({ partyOrgStatus: '11' })] }), { locale: 'en' });
    expect(only(en, 'party_org_category_mismatch').message).toBe(
      'organisation category "631 党支部" does not match the unit\'s party organisation status "11 建立党委的"; please check',
    );
    const relation = validatePartyOrg(org({ category: '632', units: [unit({ partyOrgStatus: '2' })] }));
    expect(only(relation, 'party_org_category_mismatch').message).toBe(
      '组织类别“632 联合党支部”与党组织所在单位情况“法人单位”不一致（联合党支部对应联合支部），请核实',
    );
    const relationEn = validatePartyOrg(org({ category: '632', units: [unit({ partyOrgStatus: '2' })] }), {
      locale: 'en',
    });
    expect(only(relationEn, 'party_org_category_mismatch').message).toBe(
      'organisation category "632 联合党支部" does not match the unit relation "legal-entity" (a joint branch goes with relation \'joint\'); please check',
    );
  });
});

describe('validatePartyOrg: three call styles, any input', () => {
  it('isValid, assert and the path option', () => {
    expect(isValidPartyOrg(org())).toBe(true);
    expect(isValidPartyOrg(org({ units: [] }))).toBe(false);
    expect(assertPartyOrg(joint()).category).toBe('632');
    expect(() => assertPartyOrg(org({ units: [] }))).toThrow(ValidationError);
    const result = validatePartyOrg(org({ units: [unit({ code: '' })] }), { path: ['orgs', 2] });
    expect(only(result, 'required').path).toEqual(['orgs', 2, 'units', 0, 'code']);
  });

  it.each([undefined, null, '', 0, 'text', [], [org()], Symbol('s')])('answers %s with a Result', (input) => {
    expect(validatePartyOrg(input).ok).toBe(false);
  });

  it('survives records and unit lists whose reads throw', () => {
    const trap = new Proxy([], {
      get: (target, key) => {
        if (key === 'length') return 2;
        if (key === '0' || key === '1') throw new Error('trap');
        return Reflect.get(target, key);
      },
    });
    expect(() => validatePartyOrg(org({ units: trap }))).not.toThrow();
    // unreadable entries count as empty ones
    expect(issuesOf(validatePartyOrg(org({ units: trap }))).map((i) => i.code)).toEqual(['invalid_unit_count']);
  });

  test.prop([fc.dictionary(fc.constantFrom(...Object.keys(org())), fc.anything())])(
    'junk fields never throw',
    (junk) => {
      for (const issue of issuesOf(validatePartyOrg(junk))) expect(issue.message).not.toBe(issue.code);
    },
  );

  test.prop([fc.array(fc.dictionary(fc.constantFrom('name', 'nature', 'partyOrgStatus', 'code'), fc.anything()))])(
    'junk units never throw',
    (units) => {
      for (const issue of issuesOf(validatePartyOrg(org({ units })))) expect(issue.message).not.toBe(issue.code);
    },
  );
});

/** Consistent organisations: the category fits the relation and every unit's status. */
const validOrg = fc
  .record({
    shape: fc.constantFrom(
      { category: '611', status: '11', relation: 'legal-entity' },
      { category: '621', status: '12', relation: 'legal-entity' },
      { category: '631', status: '13', relation: 'legal-entity' },
      { category: '632', status: '2', relation: 'joint' },
      { category: '631', status: '13', relation: 'same-as-parent' },
      { category: '931', status: '11', relation: 'legal-entity' },
    ),
    unitCount: fc.integer({ min: 2, max: 5 }),
    natures: fc.array(fc.constantFrom('11', '13', '15', '21', '23', '3', '4', '5', '9', '机关', '事业单位'), {
      minLength: 5,
      maxLength: 5,
    }),
    orgBodies: fc.array(fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{8}$/), { minLength: 5, maxLength: 5 }),
    useOrgCode: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    phone: fc.constantFrom('13812345678', '0730-1234567', '010-12345678', '+86 139 0000 1111'),
  })
  .map((g) => {
    const count = g.shape.relation === 'joint' ? g.unitCount : g.shape.relation === 'legal-entity' ? 1 : 0;
    const units = Array.from({ length: count }, (_, i) =>
      unit({
        name: `某某单位${i}`,
        nature: g.natures[i],
        partyOrgStatus: g.shape.status,
        code: g.useOrgCode[i]
          ? `${g.orgBodies[i]}-${orgCheck(g.orgBodies[i]!)}`
          : makeUscc('91430600', g.orgBodies[i]!),
      }),
    );
    return org({ category: g.shape.category, unitRelation: g.shape.relation, units, contactPhone: g.phone });
  });

test.prop([validOrg, fc.constantFrom('zh-CN' as const, 'en' as const)])(
  'generated consistent organisations pass without warnings',
  (record, locale) => {
    const result = validatePartyOrg(record, { locale });
    expect(result.ok, JSON.stringify(issuesOf(result))).toBe(true);
    // a USCC's embedded org code may be a letter code that GB 11714 rejects: that is its own warning, no other
    for (const warning of issuesOf(result))
      expect(warning.code, JSON.stringify(warning)).toBe('invalid_embedded_org_code');
  },
);
