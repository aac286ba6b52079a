import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { SanDingState } from '../../src/sanding/SanDingState';
import { sanDingAsOf } from '../../src/sanding/sanDingAsOf';
import {
  assertSanDingHistory,
  isValidSanDingHistory,
  validateSanDingHistory,
} from '../../src/sanding/validateSanDingHistory';
import { AS_OF, DEPARTMENT, history, issuesOf, reply2017, scheme2010, scheme2019, ZERO } from './_fixtures';

const OPTIONS = { asOf: AS_OF };
const at = (date: string, h: unknown = history) => sanDingAsOf(h, date, OPTIONS);
const names = (items: { name: string }[]) => items.map((item) => item.name);
const codes = (h: unknown) => issuesOf(validateSanDingHistory(h, OPTIONS)).map((i) => [i.code, i.severity, i.path]);
const adjustment = (number: string, date: string, changes: unknown[], extra: object = {}) => ({
  issuer: '示例县机构编制委员会办公室',
  number,
  title: '批复',
  date,
  changes,
  ...extra,
});

describe('sanDingAsOf', () => {
  it('is empty before the first document', () => {
    expect(at('2009-12-31')).toEqual({
      department: DEPARTMENT,
      date: '2009-12-31',
      current: false,
      functions: [],
      organs: [],
      establishment: ZERO,
      leaderPosts: 0,
      leaderPostsByTitle: {},
      documents: [],
      issues: [],
    });
  });

  it('applies a document from its date on', () => {
    const state = at('2010-06-01');
    expect(state).toMatchObject({ scheme: '示编〔2010〕5号', current: false, documents: ['示编〔2010〕5号'] });
    expect(state.functions).toEqual([
      { id: 'F01', name: '负责全县社会组织登记管理', source: '示编〔2010〕5号', since: '2010-06-01' },
      { id: 'F02', name: '负责全县救灾工作', source: '示编〔2010〕5号', since: '2010-06-01' },
    ]);
    expect(names(state.organs)).toEqual(['办公室', '社会事务股', '救灾救济股']);
    expect(state.establishment).toEqual({ ...ZERO, administrative: 10, worker: 2 });
    expect(state.leaderPosts).toBe(3);
    expect(at('2017-02-28').establishment.administrative).toBe(10);
  });

  it('changes the state with an adjustment, keeping an organ in its place when renamed', () => {
    const state = at('2018-01-01');
    expect(state.documents).toEqual(['示编〔2010〕5号', '示编办〔2017〕11号']);
    expect(state.organs).toEqual([
      { name: '办公室', source: '示编〔2010〕5号', since: '2010-06-01' },
      { name: '社会事务和社会救助股', source: '示编办〔2017〕11号', since: '2017-03-01', formerNames: ['社会事务股'] },
      { name: '救灾救济股', source: '示编〔2010〕5号', since: '2010-06-01' },
    ]);
    expect(state.establishment).toEqual({ ...ZERO, administrative: 12, worker: 2 });
    expect(state.leaderPostsByTitle).toEqual({ 局长: 1, 副局长: 3 });
    expect(state.leaderPosts).toBe(4);
    expect(names(state.functions)).toEqual(['负责全县社会组织登记管理', '负责全县救灾工作', '负责全县婚姻登记管理']);
    expect(state.scheme).toBe('示编〔2010〕5号');
  });

  it('replaces the state with a new 三定规定, whose removals refer to the state before it', () => {
    const state = at('2024-06-30');
    expect(state).toMatchObject({ scheme: '示编〔2019〕8号', current: true, issues: [] });
    expect(names(state.functions)).toEqual([
      '负责全县社会组织登记管理',
      '负责全县婚姻登记管理',
      '负责全县养老服务体系建设',
    ]);
    expect(state.organs).toEqual([
      { name: '办公室', source: '示编〔2019〕8号', since: '2019-03-15' },
      {
        name: '社会救助股',
        source: '示编〔2019〕8号',
        since: '2019-03-15',
        formerNames: ['社会事务股', '社会事务和社会救助股'],
      },
      { name: '养老服务股', source: '示编〔2019〕8号', since: '2019-03-15' },
    ]);
    // 工勤编制 −1 from the 2 before the scheme.
    expect(state.establishment).toEqual({ ...ZERO, administrative: 12, worker: 1 });
    expect(state.leaderPosts).toBe(4);
  });

  it('records where a transferred function came from', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        scheme2010,
        adjustment('示编办〔2012〕1号', '2012-01-01', [
          { type: '划入职能', function: '负责全县殡葬管理', department: '示例县卫生局' },
        ]),
      ],
    };
    expect(at('2013-01-01', h).functions[2]).toEqual({
      name: '负责全县殡葬管理',
      source: '示编办〔2012〕1号',
      since: '2012-01-01',
      from: '示例县卫生局',
    });
  });

  it('takes dates as forms write them, and reports a bad one', () => {
    expect(sanDingAsOf(history, '2018年1月1日', OPTIONS).date).toBe('2018-01-01');
    expect(sanDingAsOf(history, new Date('2018-01-01T00:00:00+08:00'), OPTIONS).date).toBe('2018-01-01');
    const bad = sanDingAsOf(history, '2018-02-30', OPTIONS);
    expect(bad.date).toBe(AS_OF);
    expect(bad.issues).toMatchObject([{ code: 'invalid_date', path: ['date'] }]);
  });

  it('never throws, whatever the history', () => {
    for (const junk of [undefined, null, 42, 'x', [], {}, { department: 3, documents: {} }, { documents: [null, 1] }]) {
      const state = sanDingAsOf(junk, '2020-01-01', OPTIONS);
      expect(state.establishment).toEqual(ZERO);
      expect(state.issues.some((i) => i.severity === 'error')).toBe(true);
    }
  });

  it('prefixes paths and speaks English', () => {
    const h = {
      department: DEPARTMENT,
      documents: [adjustment('示编办〔2012〕1号', '2012-01-01', [{ type: '撤销内设机构', organ: '办公室' }])],
    };
    const state = sanDingAsOf(h, '2020-01-01', { ...OPTIONS, locale: 'en', path: ['departments', 2] });
    expect(state.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'current_scheme_mismatch',
        ['departments', 2, 'documents'],
        'the documents hold no three-determination scheme: the history is incomplete',
      ],
      [
        'organ_not_found',
        ['departments', 2, 'documents', 0, 'changes', 0],
        'internal organ "办公室" abolished by 示编办〔2012〕1号 does not exist',
      ],
    ]);
  });
});

describe('history consistency', () => {
  it('accepts the fixture history', () => {
    const result = validateSanDingHistory(history, OPTIONS);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(isValidSanDingHistory(history, OPTIONS)).toBe(true);
    expect(assertSanDingHistory({ ...history, department: '示例县 / 示例县民政局' }, OPTIONS).department).toBe(
      DEPARTMENT,
    );
  });

  it('finds organs created twice, renamed or abolished when absent, abolished twice', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        scheme2010,
        adjustment('示编办〔2012〕1号', '2012-01-01', [
          { type: '设立内设机构', organ: '办公室' },
          { type: '更名', organ: '信访股', newName: '信访和法规股' },
          { type: '更名', organ: '社会事务股', newName: '救灾救济股' },
          { type: '撤销内设机构', organ: '救灾救济股' },
          { type: '撤销内设机构', organ: '救灾救济股' },
          { type: '更名', organ: '办公室', newName: '综合股' },
          { type: '撤销内设机构', organ: '办公室' },
        ]),
      ],
    };
    const result = validateSanDingHistory(h, OPTIONS);
    expect(issuesOf(result).map((i) => [i.code, i.path, i.message])).toEqual([
      ['current_scheme_mismatch', ['documents', 0, 'current'], '最新的三定规定“示编〔2010〕5号”未标记为现行三定'],
      [
        'duplicate_organ',
        ['documents', 1, 'changes', 0],
        '示编办〔2012〕1号设立的内设机构“办公室”已存在（由示编〔2010〕5号设立）',
      ],
      ['organ_not_found', ['documents', 1, 'changes', 1], '示编办〔2012〕1号更名的内设机构“信访股”不存在'],
      [
        'duplicate_organ',
        ['documents', 1, 'changes', 2, 'newName'],
        '示编办〔2012〕1号将内设机构“社会事务股”更名为“救灾救济股”，但“救灾救济股”已存在',
      ],
      [
        'organ_not_found',
        ['documents', 1, 'changes', 4],
        '示编办〔2012〕1号撤销的内设机构“救灾救济股”已由示编办〔2012〕1号撤销',
      ],
      [
        'organ_not_found',
        ['documents', 1, 'changes', 6],
        '示编办〔2012〕1号撤销的内设机构“办公室”已由示编办〔2012〕1号更名为“综合股”',
      ],
    ]);
  });

  it('finds functions removed that were never added, or already gone, and functions added twice', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        { ...scheme2010, current: true },
        adjustment('示编办〔2012〕1号', '2012-01-01', [
          { type: '取消职能', function: '负责全县殡葬管理' },
          { type: '划出职能', function: { id: 'F02' }, department: '示例县应急管理局' },
          { type: '取消职能', function: '负责全县救灾工作' },
          { type: '增加职能', function: { id: 'F01', name: '负责社会组织登记' } },
          { type: '增加职能', function: '负责全县社会组织登记管理' },
        ]),
      ],
    };
    const result = validateSanDingHistory(h, OPTIONS);
    expect(issuesOf(result).map((i) => [i.code, i.severity, i.path.at(-1), i.message])).toEqual([
      ['function_not_found', 'error', 0, '示编办〔2012〕1号取消的职能“负责全县殡葬管理”此前没有设定'],
      [
        'function_not_found',
        'error',
        2,
        '示编办〔2012〕1号取消的职能“负责全县救灾工作”已由示编办〔2012〕1号取消或划出',
      ],
      ['duplicate_function', 'warning', 3, '示编办〔2012〕1号增加的职能“负责社会组织登记”已由示编〔2010〕5号设定'],
      [
        'duplicate_function',
        'warning',
        4,
        '示编办〔2012〕1号增加的职能“负责全县社会组织登记管理”已由示编〔2010〕5号设定',
      ],
    ]);
  });

  it('keeps numbers from going negative', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        { ...scheme2010, current: true },
        adjustment('示编办〔2012〕1号', '2012-01-01', [
          { type: '调整编制', establishmentType: '工勤编制', delta: -3 },
          { type: '调整领导职数', post: '副局长', delta: -5 },
          { type: '调整领导职数', delta: -1 },
        ]),
        adjustment('示编办〔2013〕1号', '2013-01-01', [{ type: '调整编制', establishmentType: '工勤编制', delta: 1 }]),
      ],
    };
    const state = sanDingAsOf(h, '2014-01-01', OPTIONS);
    expect(state.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'negative_establishment',
        ['documents', 1, 'changes', 0, 'delta'],
        '示编办〔2012〕1号调整后工勤编制为 -1（原为 2），不能为负数',
      ],
      [
        'negative_establishment',
        ['documents', 1, 'changes', 1, 'delta'],
        '示编办〔2012〕1号调整后副局长职数为 -3（原为 2），不能为负数',
      ],
      [
        'negative_establishment',
        ['documents', 1, 'changes', 2, 'delta'],
        '示编办〔2012〕1号调整后领导职数为 -1（原为 0），不能为负数',
      ],
    ]);
    expect(state.establishment.worker).toBe(1);
    expect(state.leaderPostsByTitle).toEqual({ 局长: 1, 副局长: 0, '': 0 });
  });

  it('checks amends: an unknown document, itself, a later one', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        { ...scheme2010, current: true },
        adjustment('示编办〔2012〕1号', '2012-01-01', [], { amends: '示编办〔2013〕2号' }),
        adjustment('示编办〔2013〕2号', '2013-01-01', [], { amends: '示编办〔2013〕2号' }),
        adjustment('示编办〔2014〕3号', '2014-01-01', [], { amends: '示编〔2008〕1号' }),
      ],
    };
    expect(codes(h)).toEqual([
      ['amends_later_document', 'error', ['documents', 1, 'date']],
      ['invalid_format', 'error', ['documents', 2, 'amends']],
      ['unknown_document', 'warning', ['documents', 3, 'amends']],
    ]);
    const [later] = issuesOf(validateSanDingHistory(h, OPTIONS));
    expect(later!.message).toBe('示编办〔2012〕1号（2012-01-01）早于它所修改的文件“示编办〔2013〕2号”（2013-01-01）');
  });

  it('finds a number used twice', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        { ...scheme2010, current: true },
        { ...reply2017, number: '示编〔2010〕5号', date: '2010-07-01' },
      ],
    };
    const result = validateSanDingHistory(h, OPTIONS);
    expect(issuesOf(result)[0]).toMatchObject({
      code: 'duplicate_document',
      path: ['documents', 1, 'number'],
      message: '文号“示编〔2010〕5号”重复：第 2 份文件与第 1 份相同',
    });
  });

  it.each([
    ['unmarked', [scheme2010, { ...scheme2019, current: false }], [['unmarked', ['documents', 1, 'current']]]],
    [
      'not-newest',
      [
        { ...scheme2010, current: true },
        { ...scheme2019, current: false },
      ],
      [['not-newest', ['documents', 0, 'current']]],
    ],
    ['multiple', [{ ...scheme2010, current: true }, scheme2019], [['multiple', ['documents', 1, 'current']]]],
    [
      'not-scheme',
      [scheme2010, { ...reply2017, current: '是' }, scheme2019],
      [
        ['multiple', ['documents', 2, 'current']],
        ['not-scheme', ['documents', 1, 'current']],
      ],
    ],
  ])('checks the 现行三定 mark: %s', (_name, documents, expected) => {
    const issues = issuesOf(validateSanDingHistory({ department: DEPARTMENT, documents }, OPTIONS));
    const found = issues.filter((i) => i.code === 'current_scheme_mismatch');
    expect(found.map((i) => [i.params.reason, i.path])).toEqual(expected);
    expect(found.every((i) => i.severity === 'error')).toBe(true);
    expect(found[0]!.message).toMatch(/现行三定/);
  });

  it('warns about a history without any 三定规定', () => {
    const result = validateSanDingHistory({ department: DEPARTMENT, documents: [reply2017] }, OPTIONS);
    expect(result.ok).toBe(false); // the reply renames an organ that does not exist yet
    expect(issuesOf(result).find((i) => i.code === 'current_scheme_mismatch')).toMatchObject({
      severity: 'warning',
      path: ['documents'],
      message: '文件记录中没有三定规定，历史轨迹不完整',
    });
  });

  it('still applies the valid changes of a document with errors, and leaves out one without a date', () => {
    const h = {
      department: DEPARTMENT,
      documents: [
        { ...scheme2010, current: true },
        adjustment('示编办〔2012〕1号', '2012-01-01', [
          { type: '设立内设机构', organ: '法规股' },
          { type: '合并', organ: '办公室' },
        ]),
        adjustment('示编办〔2013〕1号', '2013-02-30', [{ type: '设立内设机构', organ: '信访股' }]),
      ],
    };
    const state = sanDingAsOf(h, '2020-01-01', OPTIONS);
    expect(names(state.organs)).toEqual(['办公室', '社会事务股', '救灾救济股', '法规股']);
    expect(state.issues.map((i) => i.code)).toEqual(['invalid_format', 'invalid_date']);
    const result = validateSanDingHistory(h, OPTIONS);
    expect(result.ok).toBe(false);
  });

  it('requires the department and the documents', () => {
    expect(codes({})).toEqual([
      ['required', 'error', ['department']],
      ['required', 'error', ['documents']],
    ]);
    expect(codes({ department: DEPARTMENT, documents: '示编〔2010〕5号' })).toEqual([
      ['invalid_type', 'error', ['documents']],
    ]);
  });
});

// ---- property tests ----

const FUNCTIONS = ['职能甲', '职能乙', '职能丙', '职能丁'];
const ORGANS = ['甲股', '乙股', '丙股', '丁股'];
const TYPES = ['行政编制', '事业编制', '工勤编制'];

const change = fc.oneof(
  fc.record({ type: fc.constant('增加职能'), function: fc.constantFrom(...FUNCTIONS) }),
  fc.record({ type: fc.constant('取消职能'), function: fc.constantFrom(...FUNCTIONS) }),
  fc.record({
    type: fc.constant('划出职能'),
    function: fc.constantFrom(...FUNCTIONS),
    department: fc.constant('示例县某局'),
  }),
  fc.record({ type: fc.constant('设立内设机构'), organ: fc.constantFrom(...ORGANS) }),
  fc.record({ type: fc.constant('撤销内设机构'), organ: fc.constantFrom(...ORGANS) }),
  fc.record({ type: fc.constant('更名'), organ: fc.constantFrom(...ORGANS), newName: fc.constantFrom(...ORGANS) }),
  fc.record({ type: fc.constant('调整编制'), establishmentType: fc.constantFrom(...TYPES), set: fc.nat(20) }),
  fc.record({
    type: fc.constant('调整编制'),
    establishmentType: fc.constantFrom(...TYPES),
    delta: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({
    type: fc.constant('调整领导职数'),
    post: fc.constantFrom('局长', '副局长'),
    delta: fc.integer({ min: -2, max: 2 }),
  }),
);

// Documents with unique numbers; dates from a few days so that several fall on one day.
const documents = fc
  .array(
    fc.record({
      day: fc.constantFrom('2012-01-01', '2014-05-01', '2016-09-30'),
      scheme: fc.boolean(),
      changes: fc.array(change, { maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((docs) =>
    docs.map((doc, i) => ({
      issuer: '示例县编办',
      number: `示编办〔${doc.day.slice(0, 4)}〕${i + 1}号`,
      title: '批复',
      date: doc.day,
      scheme: doc.scheme,
      changes: doc.changes,
    })),
  );

function withoutIssues(state: SanDingState) {
  const { issues, ...rest } = state;
  return { ...rest, codes: issues.map((i) => i.code).sort() };
}

function byDate<T extends { date: string; number: string }>(docs: T[]): T[] {
  const serial = (doc: T) => Number(/〕(\d+)号/.exec(doc.number)![1]);
  return [...docs].sort((a, b) => (a.date === b.date ? serial(a) - serial(b) : a.date < b.date ? -1 : 1));
}

describe('history properties', () => {
  test.prop([
    documents.chain((docs) => fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length }))),
    fc.constantFrom('2013-01-01', '2014-05-01', '2020-01-01'),
  ])('any input order gives the state of date-sorted application', ([docs, shuffled], date) => {
    const sorted = sanDingAsOf({ department: DEPARTMENT, documents: byDate(docs) }, date, OPTIONS);
    const any = sanDingAsOf({ department: DEPARTMENT, documents: shuffled }, date, OPTIONS);
    expect(withoutIssues(any)).toEqual(withoutIssues(sorted));
  });

  test.prop([fc.stringMatching(/^[\u4e00-\u9fa5]{2,12}$/), fc.boolean(), fc.constantFrom('2020-01-01', '2022-06-30')])(
    'adding then removing a function leaves the state unchanged',
    (name, sameDocument, date) => {
      fc.pre(!['负责全县社会组织登记管理', '负责全县婚姻登记管理', '负责全县养老服务体系建设'].includes(name));
      const add = { type: '增加职能', function: name };
      const remove = { type: '取消职能', function: name };
      const extra = sameDocument
        ? [adjustment('示编办〔2019〕20号', '2019-05-01', [add, remove])]
        : [
            adjustment('示编办〔2019〕20号', '2019-05-01', [add]),
            adjustment('示编办〔2019〕21号', '2019-08-01', [remove]),
          ];
      const before = sanDingAsOf(history, date, OPTIONS);
      const after = sanDingAsOf({ ...history, documents: [...history.documents, ...extra] }, date, OPTIONS);
      const { documents: _a, ...beforeState } = before;
      const { documents: _b, ...afterState } = after;
      expect(afterState).toEqual(beforeState);
    },
  );

  test.prop([documents, fc.constantFrom('2013-01-01', '2015-01-01')])(
    'the state on a date does not depend on later documents',
    (docs, date) => {
      const early = docs.filter((doc) => doc.date <= date);
      const full = sanDingAsOf({ department: DEPARTMENT, documents: docs }, date, OPTIONS);
      const prefix = sanDingAsOf({ department: DEPARTMENT, documents: early }, date, OPTIONS);
      const { issues: _i, ...a } = full;
      const { issues: _j, ...b } = prefix;
      expect(a).toEqual(b);
      // …and numbers never go negative.
      for (const value of Object.values(full.establishment)) expect(value).toBeGreaterThanOrEqual(0);
    },
  );
});
