import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '../../src/codes/CodeEntry';
import type { CodeTableId } from '../../src/codes/CodeTableId';
import { findCode } from '../../src/codes/findCode';
import { listCodeTables } from '../../src/codes/getCodeTable';
import { listCodes } from '../../src/codes/listCodes';

const IDS = listCodeTables().map((info) => info.id);
const code = (table: CodeTableId, input: unknown) => findCode(table, input)?.code;
const toFullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const ALL = IDS.flatMap((table) => listCodes(table).map((entry) => ({ table, entry })));
const named = (table: CodeTableId, entry: CodeEntry) =>
  listCodes(table).filter((e) => e.name === entry.name).length === 1;

describe('findCode', () => {
  it('reads ethnic groups as forms write them', () => {
    for (const input of [
      '汉',
      '汉族',
      '01',
      '０１',
      '1',
      1,
      ' 01 ',
      '\u3000汉族\u3000',
      '01 汉族',
      '01-汉族',
      '01汉族',
      '01．汉族',
    ]) {
      expect(code('ethnicity', input), String(input)).toBe('01');
    }
    expect(code('ethnicity', '汉族（01）')).toBe('01');
    expect(code('ethnicity', '[01]汉族')).toBe('01');
    expect(code('ethnicity', '蒙古')).toBe('02');
    expect(code('ethnicity', '维吾尔')).toBe('05');
    expect(code('ethnicity', '土')).toBe('30');
    expect(code('ethnicity', '土家')).toBe('15');
  });

  it('maps old names to the current ones', () => {
    expect(findCode('ethnicity', '崩龙族')).toMatchObject({ code: '46', name: '德昂族' });
    expect(findCode('ethnicity', '崩龙')?.code).toBe('46');
    expect(findCode('ethnicity', '毛难族')).toMatchObject({ code: '36', name: '毛南族' });
  });

  it('reads sex', () => {
    expect(code('sex', '男')).toBe('1');
    expect(code('sex', '女')).toBe('2');
    expect(code('sex', '男性')).toBe('1');
    expect(code('sex', 1)).toBe('1');
    expect(code('sex', '２')).toBe('2');
    expect(code('sex', '未知')).toBe('0');
  });

  it('reads short forms of political status, education and ranks', () => {
    expect(code('political-status', '中共党员')).toBe('01');
    expect(code('political-status', '共青团员')).toBe('03');
    expect(code('political-status', '群众')).toBe('13');
    expect(code('political-status', 13)).toBe('13');
    expect(code('education', '本科')).toBe('21');
    expect(code('education', '1a')).toBe('1A');
    expect(code('education', '省(区,市)委党校研究生')).toBe('1B');
    expect(code('education-gb4658', '本科毕业')).toBe('21');
    expect(code('post-level', '正处级')).toBe('131');
    expect(code('id-type', '身份证')).toBe('resident-id');
    expect(code('id-type', '军官证')).toBe('military-officer-id');
    expect(code('id-type', '护照')).toBe('passport');
    expect(code('id-type', 'RESIDENT-ID')).toBe('resident-id');
    expect(code('party-member-category', '预备党员')).toBe('probationary');
    expect(code('party-membership-status', '停止党籍')).toBe('suspended');
    expect(code('party-org-unit-relation', '联合支部')).toBe('joint');
  });

  it('ignores punctuation and width inside names', () => {
    expect(code('job-post', '（转业）待安置，学生毕业未就业的人员')).toBe('606');
    expect(code('unit-nature', '城市社区(居委会)')).toBe('12');
    expect(code('job-post', '解放军武警')).toBe('2');
  });

  it('finds grouping codes (validateCode decides whether they may be chosen)', () => {
    expect(findCode('education', '1')).toMatchObject({ name: '研究生教育', selectable: false });
    expect(findCode('education', '研究生')).toMatchObject({ code: '1', selectable: false });
    expect(findCode('party-org-category', '党的基层组织')?.selectable).toBe(false);
  });

  it('pads or strips leading zeros only where that is unambiguous', () => {
    expect(code('ethnicity', '1')).toBe('01');
    expect(code('ethnicity', '001')).toBe('01');
    expect(code('job-post', '1')).toBe('1'); // exact code first
    expect(code('job-post', '011')).toBe('011');
    expect(code('job-post', '11')).toBe('11');
    // A number may be a code that lost its zeros: 11 could be '11' or '011', 1 could be '1' or '01'.
    expect(code('job-post', 11)).toBeUndefined();
    expect(code('job-post', 1)).toBeUndefined();
    expect(code('job-post', 5)).toBe('5');
    expect(code('job-post', '0011')).toBeUndefined();
  });

  it('rejects a code and a name that disagree', () => {
    expect(findCode('ethnicity', '01 蒙古族')).toBeUndefined();
    expect(findCode('ethnicity', '蒙古族(01)')).toBeUndefined();
    expect(findCode('party-org-category', '632 党支部')).toBeUndefined();
  });

  it('returns undefined for names that several entries share', () => {
    expect(findCode('uscc-category', '其他')).toBeUndefined();
    expect(code('uscc-category', '19 其他')).toBe('19');
  });

  it('returns undefined for unknown values and junk', () => {
    for (const input of [
      '99',
      '',
      '   ',
      '汉族人民',
      'x',
      '-1',
      '1.5',
      null,
      undefined,
      {},
      [],
      -1,
      1.5,
      Number.NaN,
      true,
      Symbol('x'),
      2n ** 70n,
    ]) {
      expect(findCode('ethnicity', input), String(input)).toBeUndefined();
    }
    expect(findCode('nope' as CodeTableId, '1')).toBeUndefined();
    expect(findCode('ethnicity', '汉'.repeat(1000))).toBeUndefined();
  });

  describe.each(IDS)('every entry of %s', (table) => {
    it('is found by its code, its name, its aliases and code + name', () => {
      for (const entry of listCodes(table)) {
        expect(findCode(table, entry.code), entry.code).toBe(entry);
        expect(findCode(table, ` ${entry.code.toLowerCase()} `), entry.code).toBe(entry);
        expect(findCode(table, toFullWidth(entry.code)), entry.code).toBe(entry);
        expect(findCode(table, `${entry.code} ${entry.name}`), entry.code).toBe(entry);
        expect(findCode(table, `${entry.name}（${entry.code}）`), entry.code).toBe(entry);
        if (named(table, entry)) {
          expect(findCode(table, entry.name), entry.name).toBe(entry);
          for (const alias of entry.aliases) expect(findCode(table, alias), alias).toBe(entry);
        }
      }
    });
  });

  test.prop([fc.constantFrom(...ALL), fc.constantFrom('', ' ', '\t', '-', '—', '、', '.', ':', '　')])(
    'finds code + name with any separator',
    ({ table, entry }, separator) => {
      expect(findCode(table, `${entry.code}${separator}${entry.name}`)).toBe(entry);
    },
  );

  test.prop([fc.constantFrom(...IDS), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything())])(
    'never throws and returns only entries of the table',
    (table, input) => {
      const found = findCode(table, input);
      if (found !== undefined) expect(listCodes(table)).toContain(found);
    },
  );
});

describe('findCode: the exact-text fast path', () => {
  it('answers every code, name and alias as the general lookup does (padded text takes the general path)', () => {
    for (const { table, entry } of ALL) {
      for (const text of [entry.code, entry.name, ...entry.aliases]) {
        expect(findCode(table, text), `${table} ${text}`).toBe(findCode(table, ` ${text} `));
      }
    }
  });
});
