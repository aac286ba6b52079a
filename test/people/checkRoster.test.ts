import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkRoster, type RosterRecord } from '../../src/people/checkRoster';
import { makeId } from '../_helpers/idFixtures';

const ID_A = makeId('110105', '19491231', '002');
const ID_B = makeId('430602', '19850315', '123');
const zhang = { name: '张三', unitPath: '示例县/民政局', idNumber: ID_A, mobile: '13812345678' };
const li = { name: '李四', unitPath: '示例县/财政局', idNumber: ID_B, mobile: '13912345678' };

describe('checkRoster', () => {
  it('finds nothing in a clean roster', () => {
    expect(checkRoster([zhang, li])).toEqual({ ok: true, issues: [] });
  });

  it('duplicate_id_number names both rows and units, the number masked', () => {
    const report = checkRoster([
      { ...zhang, row: 3 },
      { ...li, row: 4 },
      { ...li, row: 5, idNumber: ID_A.toLowerCase(), mobile: '13712345678' },
    ]);
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      {
        code: 'duplicate_id_number',
        severity: 'error',
        path: [2, 'idNumber'],
        params: {
          row: 5,
          otherRow: 3,
          unit: '示例县/财政局',
          otherUnit: '示例县/民政局',
          name: '李四',
          otherName: '张三',
          number: '110105********002X',
        },
        message: '证件号码 110105********002X 重复：第 5 行（示例县/财政局）与第 3 行（示例县/民政局）相同',
      },
    ]);
  });

  it('compares ID numbers in compact upper-case form', () => {
    const spaced = `${ID_A.slice(0, 6)} ${ID_A.slice(6, 14)} ${ID_A.slice(14).toLowerCase()}`;
    expect(checkRoster([zhang, { ...zhang, idNumber: spaced, mobile: '' }]).issues.map((i) => i.code)).toEqual([
      'duplicate_id_number',
    ]);
    expect(checkRoster([{ idNumber: 'e1234-5678' }, { idNumber: 'E12345678' }]).ok).toBe(false);
  });

  it('reports every later copy against the first, in one unit too', () => {
    const report = checkRoster([zhang, zhang, zhang]);
    expect(report.issues.map((i) => [i.code, i.path, i.params.otherRow])).toEqual([
      ['duplicate_id_number', [1, 'idNumber'], 1],
      ['duplicate_id_number', [2, 'idNumber'], 1],
    ]);
  });

  it('duplicate_mobile only for different people, as a warning', () => {
    const report = checkRoster([zhang, { ...li, mobile: '138 1234 5678' }]);
    expect(report.ok).toBe(true);
    expect(report.issues).toMatchObject([
      {
        code: 'duplicate_mobile',
        severity: 'warning',
        path: [1, 'mobile'],
        params: { row: 2, otherRow: 1, number: '138****5678', otherName: '张三' },
        message: '第 2 行的手机号码 138****5678 与第 1 行另一人（张三）的相同，请核实',
      },
    ]);
    // The same person twice is one duplicate_id_number, not a shared phone.
    expect(checkRoster([zhang, zhang]).issues.map((i) => i.code)).toEqual(['duplicate_id_number']);
    // Without ID numbers, names tell people apart.
    expect(
      checkRoster([
        { name: '张三', mobile: '13812345678' },
        { name: '张三', mobile: '13812345678' },
      ]).issues,
    ).toEqual([]);
    expect(
      checkRoster([
        { name: '张三', mobile: '13812345678' },
        { name: '王五', mobile: '13812345678' },
      ]).issues,
    ).toHaveLength(1);
  });

  it('reveals numbers only when asked, and speaks English', () => {
    const report = checkRoster([zhang, zhang], { revealValues: true, locale: 'en', path: ['persons'] });
    expect(report.issues[0]).toMatchObject({
      path: ['persons', 1, 'idNumber'],
      params: { number: ID_A },
      message: `ID number ${ID_A} appears twice: row 2 (示例县/民政局) has the same number as row 1 (示例县/民政局)`,
    });
    const mobile = checkRoster([zhang, { ...li, mobile: zhang.mobile }], { locale: 'en' });
    expect(mobile.issues[0]?.message).toBe(
      'mobile number 138****5678 on row 2 is the same as that of another person on row 1 (张三); please check',
    );
  });

  it('uses 单位名称 for unit admins', () => {
    const report = checkRoster([
      { name: '张三', unitName: '甲局', idNumber: ID_A },
      { name: '张三', unitName: '乙局', idNumber: ID_A },
    ]);
    expect(report.issues[0]?.params).toMatchObject({ unit: '乙局', otherUnit: '甲局' });
  });

  it('takes any iterable and skips what is not a record', () => {
    function* rows(): Generator<RosterRecord | null> {
      yield zhang;
      yield null;
      yield { idNumber: '  ' };
      yield { ...zhang, row: 9 };
    }
    expect(checkRoster(rows()).issues.map((i) => [i.path, i.params.row])).toEqual([[[3, 'idNumber'], 9]]);
    for (const junk of [null, undefined, 42, {}, 'abc', [1, 'x', [], { idNumber: 5 }]]) {
      expect(checkRoster(junk as never)).toEqual({ ok: true, issues: [] });
    }
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(checkRoster([trap, trap] as never).ok).toBe(true);
  });

  it('checks 100 000 records quickly', () => {
    const records: RosterRecord[] = [];
    for (let i = 0; i < 100_000; i++) {
      const order = String(i % 1000).padStart(3, '0');
      const day = String(1 + (Math.floor(i / 1000) % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28_000) % 12)).padStart(2, '0');
      records.push({
        row: i + 2,
        name: `人员${i}`,
        unitPath: `示例县/单位${i % 300}`,
        idNumber: makeId('110105', `1980${month}${day}`, order),
        mobile: `138${String(i).padStart(8, '0')}`,
      });
    }
    records.push({ ...records[500]!, row: 100_002 });
    const start = performance.now();
    const report = checkRoster(records);
    const elapsed = performance.now() - start;
    expect(report.issues.map((i) => i.code)).toEqual(['duplicate_id_number']);
    expect(elapsed).toBeLessThan(1000);
  });

  test.prop([
    fc.array(fc.record({ idNumber: fc.constantFrom(ID_A, ID_B, 'E12345678'), name: fc.constantFrom('张三', '李四') })),
  ])('one duplicate_id_number per record after the first of its number', (records) => {
    const distinct = new Set(records.map((r) => r.idNumber)).size;
    const report = checkRoster(records);
    expect(report.issues.filter((i) => i.code === 'duplicate_id_number')).toHaveLength(records.length - distinct);
  });
});
