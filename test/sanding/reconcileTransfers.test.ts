import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { reconcileTransfers } from '../../src/sanding/reconcileTransfers';
import { buildUnitTree } from '../../src/units/buildUnitTree';
import { AS_OF, DEPARTMENT, history, scheme2010, scheme2019 } from './_fixtures';

// 示例县民政局's 2019 三定规定 transfers F02 (负责全县救灾工作, by id only) out to 示例县应急管理局.
const EMERGENCY = '示例县/示例县应急管理局';
const emergencyScheme = (changes: unknown[], date = '2019-03-20') => ({
  issuer: '中共示例县委机构编制委员会',
  number: '示编〔2019〕9号',
  title: '示例县应急管理局职能配置、内设机构和人员编制规定',
  date,
  scheme: true,
  current: true,
  changes: [
    { type: 'add-function', function: '负责全县安全生产综合监督管理' },
    { type: 'create-organ', organ: '办公室' },
    ...changes,
  ],
});
const receives = { type: '划入职能', function: { id: 'F02', name: '负责全县救灾工作' }, department: '示例县民政局' };
const OPTIONS = { asOf: AS_OF };

describe('reconcileTransfers', () => {
  it('matches a transfer recorded on both sides', () => {
    const result = reconcileTransfers(
      [history, { department: EMERGENCY, documents: [emergencyScheme([receives])] }],
      OPTIONS,
    );
    expect(result.issues).toEqual([]);
    expect(result.transfers).toEqual([
      {
        direction: 'out',
        department: DEPARTMENT,
        otherDepartment: '示例县应急管理局',
        otherHistory: 1,
        function: { id: 'F02', name: '负责全县救灾工作' },
        document: '示编〔2019〕8号',
        date: '2019-03-15',
        status: 'matched',
        path: [0, 'documents', 2, 'changes', 3],
      },
      {
        direction: 'in',
        department: EMERGENCY,
        otherDepartment: '示例县民政局',
        otherHistory: 0,
        function: { id: 'F02', name: '负责全县救灾工作' },
        document: '示编〔2019〕9号',
        date: '2019-03-20',
        status: 'matched',
        path: [1, 'documents', 0, 'changes', 2],
      },
    ]);
  });

  it('accepts the function arriving as part of the receiving scheme, without a 划入 of its own', () => {
    const added = { type: 'add-function', function: '负责全县救灾工作' };
    const result = reconcileTransfers([history, { department: EMERGENCY, documents: [emergencyScheme([added])] }]);
    expect(result.issues).toEqual([]);
    expect(result.transfers.map((t) => t.status)).toEqual(['matched']);
  });

  it('reports a function transferred out that the other department never holds (transfer_not_received)', () => {
    const result = reconcileTransfers([history, { department: EMERGENCY, documents: [emergencyScheme([])] }], OPTIONS);
    expect(result.transfers.map((t) => t.status)).toEqual(['not-received']);
    expect(result.issues.map((i) => [i.code, i.severity, i.path, i.message])).toEqual([
      [
        'transfer_not_received',
        'error',
        [0, 'documents', 2, 'changes', 3],
        '示例县/示例县民政局的示编〔2019〕8号将职能“负责全县救灾工作”划出至示例县应急管理局，但示例县/示例县应急管理局截至 2020-03-14 的职能中没有该职能',
      ],
    ]);
    const english = reconcileTransfers([history, { department: EMERGENCY, documents: [emergencyScheme([])] }], {
      ...OPTIONS,
      locale: 'en',
    });
    expect(english.issues[0]?.message).toBe(
      '示编〔2019〕8号 of 示例县/示例县民政局 transfers function "负责全县救灾工作" out to 示例县应急管理局, but 示例县/示例县应急管理局 does not hold it by 2020-03-14',
    );
  });

  it('reports a function transferred in that the other department keeps (transfer_not_sent)', () => {
    const takesF01 = {
      type: '划入职能',
      function: { id: 'F01', name: '负责全县社会组织登记管理' },
      department: DEPARTMENT,
    };
    const result = reconcileTransfers(
      [history, { department: EMERGENCY, documents: [emergencyScheme([receives, takesF01])] }],
      OPTIONS,
    );
    expect(result.transfers.map((t) => [t.direction, t.status])).toEqual([
      ['out', 'matched'],
      ['in', 'matched'],
      ['in', 'not-sent'],
    ]);
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'transfer_not_sent',
        [1, 'documents', 0, 'changes', 3],
        '示例县/示例县应急管理局的示编〔2019〕9号从示例县/示例县民政局划入职能“负责全县社会组织登记管理”，但示例县/示例县民政局截至 2020-03-19 仍有该职能（两个部门同时承担）',
      ],
    ]);
  });

  it('allows the other side to lag by maxDaysApart days, and no more', () => {
    const late = [history, { department: EMERGENCY, documents: [emergencyScheme([receives], '2021-01-10')] }];
    expect(reconcileTransfers(late, OPTIONS).issues.map((i) => i.code)).toEqual(['transfer_not_received']);
    expect(reconcileTransfers(late, { ...OPTIONS, maxDaysApart: 700 }).issues).toEqual([]);
    // Zero days: the receiving scheme five days later is already too late.
    const soon = [history, { department: EMERGENCY, documents: [emergencyScheme([receives])] }];
    expect(reconcileTransfers(soon, { ...OPTIONS, maxDaysApart: 0 }).issues.map((i) => i.code)).toEqual([
      'transfer_not_received',
    ]);
    // A nonsense value falls back to the default rather than throwing.
    expect(reconcileTransfers(soon, { ...OPTIONS, maxDaysApart: -3 }).issues).toEqual([]);
  });

  it('lists transfers to a body outside the histories as unchecked, and finds departments however written', () => {
    const outside = { ...history, documents: [scheme2010, { ...scheme2019, current: false }] };
    const result = reconcileTransfers([outside], OPTIONS);
    expect(result.transfers.map((t) => [t.status, t.otherHistory])).toEqual([['unchecked', undefined]]);
    expect(result.issues).toEqual([]);
    // Full-width separators and spaces, or a path without the root resolved through the tree.
    const wrapped = { ...receives, department: '示例县 ／ 示例县民政局' };
    const emergency = { department: EMERGENCY, documents: [emergencyScheme([wrapped])] };
    expect(reconcileTransfers([history, emergency], OPTIONS).transfers.map((t) => t.status)).toEqual([
      'matched',
      'matched',
    ]);
    const { tree } = buildUnitTree(['示例县', DEPARTMENT, EMERGENCY, '示例县/县直', '示例县/县直/示例县应急管理局']);
    // With two units of that name in the tree, the bare name is ambiguous: unchecked, not guessed.
    const twoOfThem = [history, emergency, { department: '示例县/县直/示例县应急管理局', documents: [] }];
    expect(reconcileTransfers(twoOfThem, { ...OPTIONS, tree }).transfers[0]?.status).toBe('unchecked');
    expect(reconcileTransfers(twoOfThem, OPTIONS).transfers[0]?.status).toBe('unchecked');
    // Without the namesake, the tree resolves the bare name to the one unit.
    const { tree: oneTree } = buildUnitTree(['示例县', DEPARTMENT, EMERGENCY]);
    expect(reconcileTransfers([history, emergency], { ...OPTIONS, tree: oneTree }).transfers[0]?.otherHistory).toBe(1);
  });

  it('reports a department whose history is given twice, and checks against the first', () => {
    const emergency = { department: EMERGENCY, documents: [emergencyScheme([receives])] };
    const result = reconcileTransfers([history, emergency, { department: '示例县 / 示例县应急管理局', documents: [] }]);
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['duplicate_unit', [2, 'department'], '单位“示例县/示例县应急管理局”重复：与第 2 行相同'],
    ]);
    expect(result.transfers.map((t) => [t.status, t.otherHistory])).toEqual([
      ['matched', 1],
      ['matched', 0],
    ]);
  });

  it('never throws, and reports what it cannot read', () => {
    expect(reconcileTransfers(undefined).issues.map((i) => i.code)).toEqual(['required']);
    expect(reconcileTransfers(42).issues.map((i) => i.code)).toEqual(['invalid_format']);
    const result = reconcileTransfers([null, { documents: [] }, history, 'text'], OPTIONS);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['required', [0]],
      ['required', [1, 'department']],
      ['invalid_type', [3]],
    ]);
    expect(result.transfers.map((t) => t.status)).toEqual(['unchecked']);
    const throwing = {
      *[Symbol.iterator]() {
        yield history;
        throw new Error('broken reader');
      },
    };
    expect(reconcileTransfers(throwing).transfers).toHaveLength(1);
  });

  test.prop([fc.anything(), fc.anything()])('never throws on anything (property)', (histories, options) => {
    const result = reconcileTransfers(histories, options as never);
    expect(Array.isArray(result.transfers) && Array.isArray(result.issues)).toBe(true);
    const wrapped = reconcileTransfers([histories, history], options as never);
    expect(Array.isArray(wrapped.transfers)).toBe(true);
  });

  it('survives histories whose fields throw when read', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(() => reconcileTransfers([trap, history, { department: EMERGENCY, documents: trap }])).not.toThrow();
  });

  // Department A holds F0…F(n-1); its 2019 document transfers the set `out` to B; B's 2019 scheme records the set
  // `into` as transferred in from A. Whatever the sets, the statuses follow from them.
  test.prop([fc.uniqueArray(fc.nat(5)), fc.uniqueArray(fc.nat(5))])(
    'statuses follow from which side records each transfer (property)',
    (out, into) => {
      const name = (k: number) => `负责第${k}项工作`;
      const a = {
        department: '县/甲局',
        documents: [
          {
            issuer: '县编委',
            number: '县编〔2010〕1号',
            title: '甲局三定规定',
            date: '2010-01-01',
            scheme: true,
            current: true,
            changes: [0, 1, 2, 3, 4, 5].map((k) => ({ type: 'add-function', function: name(k) })),
          },
          {
            issuer: '县编办',
            number: '县编办〔2019〕2号',
            title: '关于职能划转的批复',
            date: '2019-01-01',
            changes: out.map((k) => ({ type: 'transfer-function-out', function: name(k), department: '乙局' })),
          },
        ],
      };
      const b = {
        department: '县/乙局',
        documents: [
          {
            issuer: '县编委',
            number: '县编〔2019〕3号',
            title: '乙局三定规定',
            date: '2019-02-01',
            scheme: true,
            current: true,
            changes: into.map((k) => ({ type: 'transfer-function-in', function: name(k), department: '甲局' })),
          },
        ],
      };
      const result = reconcileTransfers([a, b], OPTIONS);
      const expected = [
        ...out.map((k) => (into.includes(k) ? 'matched' : 'not-received')),
        ...into.map((k) => (out.includes(k) ? 'matched' : 'not-sent')),
      ];
      expect(result.transfers.map((t) => t.status)).toEqual(expected);
      expect(result.issues).toHaveLength(expected.filter((status) => status !== 'matched').length);
    },
  );
});
