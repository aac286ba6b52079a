import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { PartyMember, Person, UnitAdmin } from '../../src/index';
import { INSTRUCTIONS_SHEET, readWorkbook, type UnitInfoRecord, writeTemplate } from '../../src/sheets/index';
import { makeId, makeUscc } from '../_helpers/idFixtures';
import { xlsx } from './_workbooks';

const open = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });

describe('writeTemplate: layout', () => {
  const bytes = writeTemplate('unit-info', {
    xlsx,
    records: [{ path: '示例县/示例县民政局', kind: 'unit', uscc: '91350100M000100Y43', leaderPhone: '0730-1234567' }],
    inputRows: 3,
  });
  const book = open(bytes);
  const sheet = book.Sheets.单位基本情况表!;

  it('has the form sheet, then the instructions sheet', () => {
    expect(book.SheetNames).toEqual(['单位基本情况表', INSTRUCTIONS_SHEET]);
  });

  it('has a title row merged across the columns, then the header, and column widths', () => {
    expect(sheet.A1.v).toBe('单位基本情况表');
    expect(sheet['!merges']).toContainEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } });
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2'].map((a) => sheet[a].v)).toEqual([
      '部门名称(全路径)',
      '是否虚拟部门',
      '组织类型',
      '统一社会信用代码',
      '同步到系统',
      '部门负责人电话',
    ]);
    expect(sheet['!cols']?.map((c) => c.wch)).toEqual([48, 14, 12, 22, 12, 18]);
  });

  it('writes values as text cells formatted @, and pre-formats the empty input rows', () => {
    expect(sheet.D3).toMatchObject({ t: 's', v: '91350100M000100Y43', z: '@' });
    expect(sheet.F3).toMatchObject({ t: 's', v: '0730-1234567', z: '@' });
    expect(sheet.F6).toMatchObject({ t: 's', v: '', z: '@' });
    expect(sheet['!ref']).toBe('A1:F6');
  });

  it('lists the rules and allowed values on the instructions sheet', () => {
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[INSTRUCTIONS_SHEET]!, { header: 1 });
    const text = rows.flat().join('\n');
    expect(text).toContain('全路径');
    expect(rows).toContainEqual(['组织类型', '选填', '单位 / 部门', '单位 / 部门']);
    expect(rows).toContainEqual(['部门名称(全路径)', '必填', '必填。全路径，各级用“/”分隔', '']);
  });

  it('writes an empty form when given no records', () => {
    const empty = open(writeTemplate('unit-info', { xlsx }));
    expect(empty.Sheets.单位基本情况表!['!ref']).toBe('A1:F102');
  });

  it('lists the code tables a form uses (selectable codes only)', () => {
    const members = open(writeTemplate('party-member-summary', { xlsx }));
    const rows = XLSX.utils.sheet_to_json<string[]>(members.Sheets[INSTRUCTIONS_SHEET]!, { header: 1 });
    expect(rows).toContainEqual(['011', '公务员']);
    expect(rows).toContainEqual(['01', '汉族']);
    expect(rows.some((r) => r[0] === '1' && r[1] === '研究生教育')).toBe(false);
  });

  it('merges the group header of a two-row header (联系电话 over 手机号 | 固定电话)', () => {
    const members = open(writeTemplate('party-member-summary', { xlsx, inputRows: 0 }));
    const s = members.Sheets.党员基本信息汇总表!;
    expect([s.M2?.v, s.M3?.v, s.N3?.v]).toEqual(['联系电话', '手机号', '固定电话']);
    expect(s['!merges']).toContainEqual({ s: { r: 1, c: 12 }, e: { r: 1, c: 13 } });
    expect(s['!merges']).toContainEqual({ s: { r: 1, c: 1 }, e: { r: 2, c: 1 } });
  });
});

describe('writeTemplate: formula injection', () => {
  it('prefixes an apostrophe to text a spreadsheet could run, and reading gives the value back', async () => {
    const bytes = writeTemplate('unit-admin', {
      xlsx,
      records: [
        {
          name: '张三',
          sex: '1',
          mobile: '13812345678',
          idNumber: makeId('430602', '19900101', '123'),
          unitName: '=HYPERLINK("http://x")',
        },
        {
          name: '李四',
          sex: '2',
          mobile: '13812345679',
          idNumber: makeId('430602', '19900101', '124'),
          unitName: '-2+3',
        },
      ],
      inputRows: 0,
    });
    const s = open(bytes).Sheets.单位管理员信息表!;
    expect(s.F3.v).toBe('\'=HYPERLINK("http://x")');
    expect(s.F3.f).toBeUndefined();
    expect(s.F4.v).toBe("'-2+3");
    const read = await readWorkbook(bytes, 'unit-admin', { xlsx });
    expect(read.records.map((r) => r.value.unitName)).toEqual(['=HYPERLINK("http://x")', '-2+3']);
  });
});

// Round trips: write → read returns the same records, for generated records.
const HAN = [...'示例县民政局办公室科技教育卫生财政人社农业水利交通'];
const hanText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((a) => a.join(''));
const segment = fc.oneof(hanText(1, 8), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,7}$/));
const unitPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const leadingDash = fc.constantFrom('-', '').chain((dash) => unitPath.map((p) => dash + p));
const mobile = fc
  .tuple(fc.constantFrom('138', '139', '150', '186', '199'), fc.integer({ min: 0, max: 99_999_999 }))
  .map(([prefix, n]) => prefix + String(n).padStart(8, '0'));
const landline = fc.oneof(
  fc.integer({ min: 2_000_000, max: 9_999_999 }).map((n) => `0730-${n}`),
  fc.integer({ min: 20_000_000, max: 99_999_999 }).map((n) => `010-${n}`),
  fc.integer({ min: 20_000_000, max: 99_999_999 }).map((n) => `0731-${n}`),
);
const uscc = fc
  .tuple(
    fc.constantFrom('91430602', '11430600', '12430100', '91350100'),
    fc.integer({ min: 10_000_000, max: 99_999_999 }),
  )
  .map(([prefix, body]) => makeUscc(prefix, String(body)));
const ymd = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
/** A resident ID (check characters X included) for a birth date and sex. */
const residentId = (birth: string, sex: '1' | '2') =>
  fc
    .integer({ min: 0, max: 499 })
    .map((n) => makeId('430602', birth.replaceAll('-', ''), String(n * 2 + (sex === '1' ? 1 : 0)).padStart(3, '0')));
const name = fc.oneof(
  hanText(2, 4),
  fc.tuple(hanText(2, 3), hanText(2, 3)).map(([a, b]) => `${a}·${b}`),
);

async function roundTrip<T>(id: Parameters<typeof writeTemplate>[0], records: T[]) {
  const bytes = writeTemplate(id, { xlsx, records: records as never, inputRows: 2 });
  const result = await readWorkbook(bytes, id, { xlsx, asOf: '2026-11-25' });
  expect(result.rejected).toEqual([]);
  expect(result.stats.rows).toBe(records.length);
  return result.records.map((r) => r.value);
}

describe('writeTemplate → readWorkbook round trip', () => {
  const unitInfo: fc.Arbitrary<UnitInfoRecord> = fc.record(
    {
      path: leadingDash,
      virtual: fc.boolean(),
      kind: fc.constantFrom('unit' as const, 'department' as const),
      uscc,
      sync: fc.boolean(),
      leaderPhone: fc.oneof(mobile, landline),
    },
    { requiredKeys: ['path'] },
  );
  test.prop([fc.array(unitInfo, { minLength: 1, maxLength: 20 })], { numRuns: 30 })('unit-info', async (records) => {
    expect(await roundTrip('unit-info', records)).toEqual(records);
  });

  const person: fc.Arbitrary<Person> = fc
    .tuple(fc.constantFrom('1' as const, '2' as const), ymd(1950, 2000))
    .chain(([sex, birth]) =>
      fc.record(
        {
          sequence: fc.integer({ min: 1, max: 9999 }),
          name,
          sex: fc.constant(sex),
          unitPath,
          post: hanText(2, 6),
          idType: fc.constant('resident-id' as const),
          idNumber: residentId(birth, sex),
          landline,
          mobile,
        },
        { requiredKeys: ['name', 'sex', 'unitPath', 'idType', 'idNumber', 'mobile'] },
      ),
    );
  test.prop([fc.array(person, { minLength: 1, maxLength: 20 })], { numRuns: 30 })('unit-users', async (records) => {
    expect(await roundTrip('unit-users', records)).toEqual(records);
  });

  const admin: fc.Arbitrary<UnitAdmin> = fc
    .tuple(fc.constantFrom('1' as const, '2' as const), ymd(1950, 2000))
    .chain(([sex, birth]) =>
      fc.record(
        {
          sequence: fc.integer({ min: 1, max: 999 }),
          name,
          sex: fc.constant(sex),
          mobile,
          idNumber: residentId(birth, sex),
          unitName: hanText(2, 12),
        },
        { requiredKeys: ['name', 'sex', 'mobile', 'idNumber', 'unitName'] },
      ),
    );
  test.prop([fc.array(admin, { minLength: 1, maxLength: 20 })], { numRuns: 30 })('unit-admin', async (records) => {
    expect(await roundTrip('unit-admin', records)).toEqual(records);
  });

  const member: fc.Arbitrary<PartyMember> = fc
    .tuple(fc.constantFrom('1' as const, '2' as const), ymd(1950, 1990), fc.boolean(), fc.boolean())
    .chain(([sex, birth, lostContact, floating]) =>
      fc
        .record({
          name,
          sex: fc.constant(sex),
          ethnicity: fc.constantFrom('01' as const, '03' as const, '05' as const, '11' as const),
          idNumber: residentId(birth, sex),
          birthDate: fc.constant(birth),
          education: fc.constantFrom('21' as const, '22' as const, '1A' as const, '41' as const),
          branch: hanText(4, 10),
          joinedDate: ymd(2010, 2014),
          jobPost: fc.constantFrom('011' as const, '0211' as const, '502' as const),
          mobile,
          landline,
          address: hanText(6, 20),
          lostContactDate: fc.constant('2020-03'),
          floatingDestination: hanText(2, 8),
        })
        .map((r) => {
          const value: PartyMember = {
            name: r.name,
            sex: r.sex,
            ethnicity: r.ethnicity,
            idNumber: r.idNumber,
            birthDate: r.birthDate,
            education: r.education,
            category: 'full',
            branch: r.branch,
            joinedDate: r.joinedDate,
            fullMemberDate: `${Number(r.joinedDate.slice(0, 4)) + 1}${r.joinedDate.slice(4)}`,
            jobPost: r.jobPost,
            mobile: r.mobile,
            landline: r.landline,
            address: r.address,
            membershipStatus: 'normal',
            lostContact,
            floating,
          };
          if (lostContact) value.lostContactDate = r.lostContactDate;
          if (floating) value.floatingDestination = r.floatingDestination;
          return value;
        }),
    );
  test.prop([fc.array(member, { minLength: 1, maxLength: 10 })], { numRuns: 20 })(
    'party-member-summary',
    async (records) => {
      expect(await roundTrip('party-member-summary', records)).toEqual(records);
    },
  );
});
