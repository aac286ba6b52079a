// 党组织和所在单位信息汇总表: a record spanning rows (a 联合支部, one 所在单位 per row), read with the row-group hook.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { PartyOrg, PartyOrgUnit } from '../../src/index';
import { readWorkbook, writeTemplate } from '../../src/sheets/index';
import { makeUscc, orgCheck } from '../_helpers/idFixtures';
import { workbook, xlsx } from './_workbooks';

const TOP = [
  '序号',
  '党组织名称',
  '党组织书记',
  '党组织联系人',
  '联系电话',
  '组织类别',
  '党组织所在单位情况',
  '党组织所在单位',
  '',
  '',
  '',
];
const SUB = ['', '', '', '', '', '', '', '单位名称', '单位类别', '单位建立党组织情况', '党组织所在单位代码'];
const HEAD_MERGES = [
  { s: { r: 1, c: 7 }, e: { r: 1, c: 10 } },
  ...[0, 1, 2, 3, 4, 5, 6].map((c) => ({ s: { r: 1, c }, e: { r: 2, c } })),
];
const U1 = makeUscc('12430600', 'MB000304');
const U2 = makeUscc('12430600', 'MB000203');
const org = (relation: string, unit: string[] = ['', '', '', ''], category = '632') => [
  1,
  '中共示例县社会福利联合支部委员会',
  '张三',
  '李四',
  '0730-1234567',
  category,
  relation,
  ...unit,
];
const unit = (values: string[]) => ['', '', '', '', '', '', '', ...values];

async function read(rows: unknown[][], merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = []) {
  const bytes = workbook([
    {
      name: '党组织和所在单位信息汇总表',
      rows: [['党组织和所在单位信息汇总表'], TOP, SUB, ...rows],
      merges: [...HEAD_MERGES, ...merges],
    },
  ]);
  return readWorkbook(bytes, 'party-org-summary', { xlsx });
}

describe('party-org-summary: a 联合支部 over several rows', () => {
  it('reads the organisation from its first row and one 所在单位 per row', async () => {
    const result = await read([
      org('联合支部', ['示例县社会福利院', '3 事业单位', '2', U1]),
      unit(['示例县救助管理站', '事业单位', '建立联合党支部的', U2]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      row: 4,
      rows: [4, 5],
      value: {
        category: '632',
        unitRelation: 'joint',
        units: [
          { name: '示例县社会福利院', nature: '3', partyOrgStatus: '2', code: U1, codeType: 'uscc' },
          { name: '示例县救助管理站', nature: '3', partyOrgStatus: '2', code: U2, codeType: 'uscc' },
        ],
      },
    });
    expect(result.stats).toMatchObject({ rows: 2, accepted: 2, rejected: 0, blank: 0 });
  });

  it('reads the organisation cells merged down its rows the same way', async () => {
    const merges = [1, 2, 3, 4, 5, 6].map((c) => ({ s: { r: 3, c }, e: { r: 4, c } }));
    const result = await read(
      [org('联合支部', ['示例县社会福利院', '3', '2', U1]), unit(['示例县救助管理站', '3', '2', U2])],
      merges,
    );
    expect(result.records[0]!.value.units).toHaveLength(2);
  });

  it('a 联合支部 with one unit: invalid_unit_count at its first row, 单位名称 column', async () => {
    const result = await read([org('联合支部', ['示例县社会福利院', '3', '2', U1])]);
    expect(result.issues.map((i) => i.code)).toEqual(['invalid_unit_count']);
    expect(result.issues[0]).toMatchObject({ row: 4, column: 'H', path: ['units'] });
    expect(result.rejected.map((r) => r.row)).toEqual([4]);
  });

  it('an error in the second unit is placed at its own row; the whole record is rejected, row by row', async () => {
    const result = await read([
      org('联合支部', ['示例县社会福利院', '3', '2', U1]),
      unit(['示例县救助管理站', '3', '2', `${U2.slice(0, 17)}0`]),
      org('与上级党组织相同', undefined, '631'),
    ]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_checksum',
      row: 5,
      column: 'K',
      path: ['units', 1, 'code'],
    });
    expect(result.rejected.map((r) => [r.row, r.rows])).toEqual([
      [4, [4, 5]],
      [5, [4, 5]],
    ]);
    expect(result.rejected[1]!.cells['units.name']).toBe('示例县救助管理站');
    expect(result.records.map((r) => r.row)).toEqual([6]);
    expect(result.stats).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
  });

  it('与上级党组织相同 with no unit columns filled: no units', async () => {
    const result = await read([org('与上级党组织相同', undefined, '631')]);
    expect(result.issues).toEqual([]);
    expect(result.records[0]!.value).toMatchObject({ unitRelation: 'same-as-parent', units: [] });
  });

  it('a unit row after a blank row starts a record of its own: the organisation fields are required', async () => {
    const result = await read([
      org('与上级党组织相同', undefined, '631'),
      [],
      unit(['示例县救助管理站', '3', '2', U2]),
    ]);
    expect(result.stats).toMatchObject({ rows: 3, accepted: 1, rejected: 1, blank: 1 });
    expect(result.issues.filter((i) => i.code === 'required').map((i) => i.column)).toEqual([
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
    ]);
    expect(new Set(result.issues.map((i) => i.row))).toEqual(new Set([6]));
  });

  it('a code field validated on its cell is not reported twice by the record validator', async () => {
    const result = await read([
      org('联合支部', ['示例县社会福利院', { t: 'n', v: 3 } as never, '2', U1]),
      unit(['示例县救助管理站', '3', '2', U2]),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records[0]!.value.units[0]!.nature).toBe('3');
  });

  it('writes one row per unit, the organisation cells merged down them', () => {
    const bytes = writeTemplate('party-org-summary', {
      xlsx,
      records: [
        {
          name: '中共示例县社会福利联合支部委员会',
          secretary: '张三',
          contact: '李四',
          contactPhone: '0730-1234567',
          category: '632',
          unitRelation: 'joint',
          units: [
            { name: '示例县社会福利院', nature: '3', partyOrgStatus: '2', code: U1, codeType: 'uscc' },
            { name: '示例县救助管理站', nature: '3', partyOrgStatus: '2', code: U2, codeType: 'uscc' },
          ],
        },
      ],
      inputRows: 0,
    });
    const sheet = (xlsx as unknown as typeof import('xlsx')).read(bytes).Sheets.党组织和所在单位信息汇总表!;
    expect([sheet.B4?.v, sheet.B5?.v, sheet.H4?.v, sheet.H5?.v]).toEqual([
      '中共示例县社会福利联合支部委员会',
      undefined,
      '示例县社会福利院',
      '示例县救助管理站',
    ]);
    expect(sheet['!merges']).toContainEqual({ s: { r: 3, c: 1 }, e: { r: 4, c: 1 } });
    expect(sheet.F4?.v).toBe('632 联合党支部');
  });
});

describe('party-org-summary: round trip', () => {
  const HAN = [...'示例县民政局社会福利院救助管理站中共机关支部委员会'];
  const text = (min: number, max: number) =>
    fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((a) => a.join(''));
  const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
  const code = fc.oneof(
    digits(8).map(
      (body): Pick<PartyOrgUnit, 'code' | 'codeType'> => ({ code: makeUscc('12430600', body), codeType: 'uscc' }),
    ),
    digits(8).map(
      (body): Pick<PartyOrgUnit, 'code' | 'codeType'> => ({ code: `${body}-${orgCheck(body)}`, codeType: 'org-code' }),
    ),
  );
  const unitOf = (status: PartyOrgUnit['partyOrgStatus']) =>
    fc
      .tuple(text(2, 12), fc.constantFrom('3' as const, '4' as const, '21' as const), code)
      .map(([name, nature, c]): PartyOrgUnit => ({ name, nature, partyOrgStatus: status, ...c }));
  const orgRecord: fc.Arbitrary<PartyOrg> = fc
    .tuple(
      fc.constantFrom('same-as-parent' as const, 'legal-entity' as const, 'joint' as const),
      text(6, 20),
      fc.constantFrom('张三', '李四', '欧阳·明'),
      fc.constantFrom('0730-1234567', '13812345678'),
    )
    .chain(([relation, name, person, phone]) =>
      (relation === 'joint'
        ? fc.array(unitOf('2'), { minLength: 2, maxLength: 4 })
        : relation === 'legal-entity'
          ? fc.array(unitOf('13'), { minLength: 1, maxLength: 1 })
          : fc.constant<PartyOrgUnit[]>([])
      ).map(
        (units): PartyOrg => ({
          name,
          secretary: person,
          contact: person,
          contactPhone: phone,
          category: relation === 'joint' ? '632' : '631',
          unitRelation: relation,
          units,
        }),
      ),
    );
  test.prop([fc.array(orgRecord, { minLength: 1, maxLength: 8 })], { numRuns: 30 })('write → read', async (records) => {
    const bytes = writeTemplate('party-org-summary', { xlsx, records, inputRows: 2 });
    const back = await readWorkbook(bytes, 'party-org-summary', { xlsx });
    expect(back.rejected).toEqual([]);
    expect(back.records.map((r) => r.value)).toEqual(records);
    expect(back.stats.rows).toBe(records.reduce((n, r) => n + Math.max(r.units.length, 1), 0));
  });
});
