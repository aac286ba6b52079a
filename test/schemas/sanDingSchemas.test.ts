import { fc, test } from '@fast-check/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { ApprovalDocument, SanDingHistory } from '../../src/sanding/ApprovalDocument';
import type { DepartmentInfo } from '../../src/sanding/DepartmentInfo';
import type { PowerItem } from '../../src/sanding/PowerItem';
import type { ResponsibilityItem } from '../../src/sanding/ResponsibilityItem';
import {
  approvalDocumentSchema,
  departmentInfoSchema,
  powerItemSchema,
  responsibilityItemSchema,
  sanDingHistorySchema,
} from '../../src/schemas/sanDingSchemas';
import { makeUscc } from '../_helpers/idFixtures';
import { AS_OF, DEPARTMENT, history, reply2017, scheme2010 } from '../sanding/_fixtures';

/** The library's issue code a schema puts in a custom zod issue's params. */
const issueCode = (issue: z.core.$ZodIssue) => (issue as z.core.$ZodIssueCustom).params?.issueCode;

const CONTEXT = { history, date: '2024-06-30', asOf: AS_OF };

const document = { issuer: '示例县编办', number: '示编办（2017）11号', title: '批复', date: '2017年3月1日' };

const sheet = {
  name: '示例县民政局',
  uscc: makeUscc('11430000', 'MB000001'),
  legalRepresentative: '张三',
  responsiblePerson: '李四',
  officePhone: '0730 1234567',
  mobile: '138-1234-5678',
  address: '示例县示例路 1 号',
  postalCode: '414000',
  units: [{ relation: '挂牌单位', name: '示例县老龄工作委员会办公室' }],
};

const power = {
  name: '社会团体成立登记',
  category: '许可',
  department: DEPARTMENT,
  basis: '《社会团体登记管理条例》第九条',
  function: '负责全县社会组织登记管理',
};

const responsibility = {
  name: '受理责任',
  content: '公示应当提交的材料，一次性告知补正材料',
  basis: '《中华人民共和国行政许可法》第三十二条',
  accountability: '登记受理人员',
  function: 'F01',
};

/** scheme2010 marked current, then a reply abolishing 办公室 twice. */
const abolishedTwice = {
  department: DEPARTMENT,
  documents: [
    { ...scheme2010, current: true },
    {
      ...reply2017,
      changes: [
        { type: '撤销内设机构', organ: '办公室' },
        { type: '撤销内设机构', organ: '办公室' },
      ],
    },
  ],
};

describe('approvalDocumentSchema', () => {
  it('outputs the normalised ApprovalDocument; a bracket variant is only a warning', () => {
    const schema = approvalDocumentSchema({ asOf: AS_OF });
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<ApprovalDocument>();
    expect(schema.parse(document)).toMatchObject({
      number: { issuer: '示编办', year: 2017, serial: 11, text: '示编办〔2017〕11号' },
      date: '2017-03-01',
      scheme: false,
      changes: [],
    });
  });

  it('reports errors at their paths with our message and issue code', () => {
    const result = approvalDocumentSchema({ asOf: AS_OF }).safeParse({
      ...document,
      number: '示编办11号',
      changes: [{ type: '调整编制', establishmentType: '某编制', delta: 1 }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      {
        code: 'custom',
        path: ['number'],
        message: '文号格式不正确：缺少用六角括号〔〕括入的年份',
        params: { issueCode: 'invalid_format' },
      },
      { path: ['changes', 0, 'establishmentType'], params: { issueCode: 'unknown_code' } },
    ]);
  });

  it('speaks English on request', () => {
    const result = approvalDocumentSchema({ asOf: AS_OF, locale: 'en' }).safeParse({
      ...document,
      number: '示编办11号',
    });
    expect(result.error?.issues[0]?.message).toBe(
      'document number has an invalid format: the year in brackets 〔〕 is missing',
    );
  });
});

describe('sanDingHistorySchema', () => {
  it('outputs the normalised SanDingHistory', () => {
    const schema = sanDingHistorySchema({ asOf: AS_OF });
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<SanDingHistory>();
    const value = schema.parse({ ...history, department: '示例县 / 示例县民政局' });
    expect(value.department).toBe(DEPARTMENT);
    expect(value.documents.map((d) => d.number.text)).toEqual([
      '示编〔2010〕5号',
      '示编办〔2017〕11号',
      '示编〔2019〕8号',
    ]);
  });

  it('reports replay issues at the change that caused them, in Chinese and English', () => {
    const zh = sanDingHistorySchema({ asOf: AS_OF }).safeParse(abolishedTwice);
    expect(zh.error?.issues).toMatchObject([
      {
        path: ['documents', 1, 'changes', 1],
        message: '示编办〔2017〕11号撤销的内设机构“办公室”已由示编办〔2017〕11号撤销',
        params: { issueCode: 'organ_not_found', organ: '办公室' },
      },
    ]);
    const en = sanDingHistorySchema({ asOf: AS_OF, locale: 'en' }).safeParse(abolishedTwice);
    expect(en.error?.issues[0]?.message).toBe(
      'internal organ "办公室" abolished by 示编办〔2017〕11号 was already abolished by 示编办〔2017〕11号',
    );
  });

  it('is a Standard Schema with paths', async () => {
    const schema = sanDingHistorySchema({ asOf: AS_OF });
    expect(await schema['~standard'].validate(history)).toMatchObject({ value: { department: DEPARTMENT } });
    const failed = await schema['~standard'].validate(abolishedTwice);
    expect('issues' in failed && failed.issues).toMatchObject([{ path: ['documents', 1, 'changes', 1] }]);
  });
});

describe('departmentInfoSchema', () => {
  it('outputs the normalised DepartmentInfo', () => {
    const schema = departmentInfoSchema();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<DepartmentInfo>();
    expect(schema.parse(sheet)).toMatchObject({
      officePhone: '0730-1234567',
      mobile: '13812345678',
      units: [{ relation: 'nameplate', name: '示例县老龄工作委员会办公室' }],
    });
  });

  it('reports unit issues at their nested paths, in Chinese and English', () => {
    const input = {
      ...sheet,
      mobile: '12345',
      units: [{ relation: '挂牌单位', name: '示例县老龄办', postalCode: 'abc' }],
    };
    const zh = departmentInfoSchema().safeParse(input);
    expect(zh.error?.issues.map((i) => [i.path.join('.'), i.message, issueCode(i)])).toEqual([
      ['mobile', '手机号码长度不正确：应为 11 位，实为 5 位', 'invalid_length'],
      ['units.0.postalCode', '邮政编码格式不正确：只能包含数字', 'invalid_format'],
    ]);
    const en = departmentInfoSchema({ locale: 'en' }).safeParse(input);
    expect(en.error?.issues.map((i) => i.message)).toEqual([
      'mobile number has the wrong length: expected 11, got 5',
      'postal code has an invalid format: only digits are allowed',
    ]);
  });

  it('nests in a larger zod schema with the full path', () => {
    const upload = z.object({ departments: z.array(departmentInfoSchema()) });
    const result = upload.safeParse({ departments: [sheet, { ...sheet, postalCode: '41400' }] });
    expect(result.error?.issues).toMatchObject([{ path: ['departments', 1, 'postalCode'] }]);
  });
});

describe('powerItemSchema', () => {
  it('outputs the normalised PowerItem, linked to the function in force', () => {
    const schema = powerItemSchema(CONTEXT);
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<PowerItem>();
    expect(schema.parse(power)).toMatchObject({ category: 'licensing', functionId: 'F01' });
  });

  it('reports errors with our message and issue code, in Chinese and English', () => {
    const zh = powerItemSchema().safeParse({ ...power, basis: '' });
    expect(zh.error?.issues).toMatchObject([
      { path: ['basis'], message: '实施依据不能为空', params: { issueCode: 'required' } },
    ]);
    const en = powerItemSchema({ ...CONTEXT, locale: 'en' }).safeParse({ ...power, function: '负责全县救灾工作' });
    expect(en.error?.issues).toMatchObject([
      {
        path: ['function'],
        message: 'linked function "负责全县救灾工作" is not a function of 示例县/示例县民政局 on 2024-06-30',
        params: { issueCode: 'function_not_found' },
      },
    ]);
  });
});

describe('responsibilityItemSchema', () => {
  it('outputs the normalised ResponsibilityItem', () => {
    const schema = responsibilityItemSchema(CONTEXT);
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<ResponsibilityItem>();
    expect(schema.parse(responsibility)).toMatchObject({ function: '负责全县社会组织登记管理', functionId: 'F01' });
  });

  it('reports every missing field, in Chinese and English', () => {
    const zh = responsibilityItemSchema().safeParse({ name: '受理责任' });
    expect(zh.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['content', '责任事项内容不能为空'],
      ['basis', '责任事项依据不能为空'],
      ['accountability', '追责对象范围不能为空'],
      ['function', '对应职能不能为空'],
    ]);
    const en = responsibilityItemSchema({ locale: 'en' }).safeParse({ ...responsibility, accountability: ' ' });
    expect(en.error?.issues).toMatchObject([{ path: ['accountability'], message: 'accountable persons is required' }]);
  });

  it('is a Standard Schema', async () => {
    const schema = responsibilityItemSchema(CONTEXT);
    expect(await schema['~standard'].validate(responsibility)).toMatchObject({ value: { functionId: 'F01' } });
    const failed = await schema['~standard'].validate({ ...responsibility, function: 'F02' });
    expect('issues' in failed && failed.issues).toMatchObject([
      { path: ['function'], message: expect.stringContaining('F02') },
    ]);
  });
});

const SCHEMAS = [
  ['approvalDocumentSchema', approvalDocumentSchema()],
  ['sanDingHistorySchema', sanDingHistorySchema()],
  ['departmentInfoSchema', departmentInfoSchema()],
  ['powerItemSchema', powerItemSchema()],
  ['responsibilityItemSchema', responsibilityItemSchema(CONTEXT)],
] as const;

const JUNK: unknown[] = [
  undefined,
  null,
  '',
  42,
  Number.NaN,
  10n ** 30n,
  true,
  {},
  [],
  [null, 1, 'x', {}],
  { documents: [{ changes: [null, { type: '调整编制', delta: {} }] }] },
  { units: [{ relation: {} }] },
  Symbol('s'),
  () => 1,
  new Date(Number.NaN),
  Object.create(null),
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  ),
];

describe('junk', () => {
  it.each(SCHEMAS)('%s fails with issues and never throws', async (_name, schema) => {
    for (const junk of JUNK) {
      const result = schema.safeParse(junk);
      expect(result.success).toBe(false);
      for (const issue of result.error?.issues ?? []) {
        expect(issue.message).not.toBe('');
        expect(typeof issueCode(issue)).toBe('string');
      }
      expect(await schema['~standard'].validate(junk)).toHaveProperty('issues');
    }
    expect(schema.safeParse(42).error?.issues[0]).toMatchObject({ path: [], params: { issueCode: 'invalid_type' } });
  });

  test.prop([fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true })])(
    'safeParse never throws for arbitrary values',
    (value) => {
      for (const [, schema] of SCHEMAS) expect(() => schema.safeParse(value)).not.toThrow();
    },
  );
});
