import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import {
  assertApprovalDocument,
  isValidApprovalDocument,
  validateApprovalDocument,
} from '../../src/sanding/validateApprovalDocument';
import { AS_OF, issuesOf, reply2017 } from './_fixtures';

const OPTIONS = { asOf: AS_OF };
const base = {
  issuer: '示例县机构编制委员会办公室',
  number: '示编办〔2017〕11号',
  title: '关于调整的批复',
  date: '2017-03-01',
};
const withChanges = (...changes: unknown[]) => ({ ...base, changes });

describe('validateApprovalDocument', () => {
  it('normalises a document written as people write it', () => {
    const result = validateApprovalDocument(
      {
        issuer: ' 示例县机构编制委员会办公室 ',
        number: '示编办（2017）11号',
        title: '关于调整示例县民政局\n内设机构的批复',
        date: '2017年3月1日',
        scheme: '否',
        current: 'N',
        amends: '示编[2010]5号',
        changes: [
          { type: '增加职能', function: '负责全县婚姻登记管理' },
          { type: '取消职能', function: { id: 'F02' } },
          { type: '划入职能', function: { id: 'F05', name: '负责全县殡葬管理' }, department: '示例县卫生健康局' },
          { type: '划出', function: '负责全县救灾工作', department: '示例县应急管理局' },
          { type: '设立内设机构', organ: '养老服务股' },
          { type: '更名', organ: '社会事务股', newName: '社会救助股' },
          { type: '撤销内设机构', organ: '救灾救济股' },
          { type: '调整编制', establishmentType: '参公事业编制', set: '５' },
          { type: 'change-establishment', establishmentType: 'worker', delta: '－1' },
          { type: '调整领导职数', post: '副局长', delta: '+1' },
          { type: '核定领导职数', set: 4 },
        ],
      },
      OPTIONS,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      issuer: '示例县机构编制委员会办公室',
      number: { issuer: '示编办', year: 2017, serial: 11, text: '示编办〔2017〕11号' },
      title: '关于调整示例县民政局 内设机构的批复',
      date: '2017-03-01',
      scheme: false,
      current: false,
      amends: '示编〔2010〕5号',
      changes: [
        { type: 'add-function', function: { name: '负责全县婚姻登记管理' } },
        { type: 'remove-function', function: { id: 'F02' } },
        {
          type: 'transfer-function-in',
          function: { id: 'F05', name: '负责全县殡葬管理' },
          department: '示例县卫生健康局',
        },
        { type: 'transfer-function-out', function: { name: '负责全县救灾工作' }, department: '示例县应急管理局' },
        { type: 'create-organ', organ: '养老服务股' },
        { type: 'rename-organ', organ: '社会事务股', newName: '社会救助股' },
        { type: 'abolish-organ', organ: '救灾救济股' },
        { type: 'change-establishment', establishmentType: 'public-institution', set: 5 },
        { type: 'change-establishment', establishmentType: 'worker', delta: -1 },
        { type: 'change-leader-posts', post: '副局长', delta: 1 },
        { type: 'change-leader-posts', post: '', set: 4 },
      ],
    });
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['nonstandard_document_number', ['number']],
      ['nonstandard_document_number', ['amends']],
    ]);
  });

  it('is idempotent on its own output', () => {
    const once = assertApprovalDocument(reply2017, OPTIONS);
    expect(assertApprovalDocument(once, OPTIONS)).toEqual(once);
  });

  it('requires issuer, number, title and date', () => {
    const result = validateApprovalDocument({}, OPTIONS);
    expect(issuesOf(result).map((i) => [i.code, i.path])).toEqual([
      ['required', ['issuer']],
      ['required', ['date']],
      ['required', ['number']],
      ['required', ['title']],
    ]);
    expect(isValidApprovalDocument({ ...base, changes: [] }, OPTIONS)).toBe(true);
    expect(() => assertApprovalDocument({}, OPTIONS)).toThrow(ValidationError);
  });

  it('checks the number against the date, and dates against asOf', () => {
    const result = validateApprovalDocument({ ...base, number: '示编办〔2018〕1号' }, OPTIONS);
    expect(issuesOf(result)).toMatchObject([{ code: 'document_year_mismatch', path: ['number'] }]);
    const future = validateApprovalDocument({ ...base, date: '2026-05-01', number: '示编办〔2026〕1号' }, OPTIONS);
    expect(issuesOf(future)).toMatchObject([{ code: 'future_date', path: ['date'] }]);
  });

  it.each([
    [{ type: '合并' }, 'invalid_format', ['changes', 0, 'type']],
    [{ organ: '办公室' }, 'required', ['changes', 0, 'type']],
    [{ type: '增加职能' }, 'required', ['changes', 0, 'function']],
    [{ type: '增加职能', function: { id: 'F1' } }, 'required', ['changes', 0, 'function', 'name']],
    [{ type: '取消职能', function: {} }, 'required', ['changes', 0, 'function', 'name']],
    [{ type: '划出职能', function: '救灾' }, 'required', ['changes', 0, 'department']],
    [{ type: '设立内设机构', organ: '' }, 'required', ['changes', 0, 'organ']],
    [{ type: '更名', organ: '办公室', newName: '办公室' }, 'invalid_format', ['changes', 0, 'newName']],
    [{ type: '调整编制', set: 3 }, 'required', ['changes', 0, 'establishmentType']],
    [{ type: '调整编制', establishmentType: '合同制', set: 3 }, 'unknown_code', ['changes', 0, 'establishmentType']],
    [{ type: '调整编制', establishmentType: '行政编制' }, 'required', ['changes', 0, 'set']],
    [{ type: '调整编制', establishmentType: '行政编制', set: 3, delta: 1 }, 'invalid_format', ['changes', 0, 'delta']],
    [{ type: '调整编制', establishmentType: '行政编制', set: -3 }, 'invalid_format', ['changes', 0, 'set']],
    [{ type: '调整编制', establishmentType: '行政编制', delta: '多2' }, 'invalid_format', ['changes', 0, 'delta']],
    [{ type: '调整编制', establishmentType: '行政编制', delta: 1.5 }, 'invalid_format', ['changes', 0, 'delta']],
    [{ type: '调整领导职数', delta: {} }, 'invalid_type', ['changes', 0, 'delta']],
    ['增加职能', 'invalid_type', ['changes', 0]],
  ])('reports a bad change %j', (change, code, path) => {
    const result = validateApprovalDocument(withChanges(change), OPTIONS);
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]).toMatchObject({ code, severity: 'error', path });
  });

  it('reports flags and lists of the wrong kind', () => {
    const result = validateApprovalDocument({ ...base, scheme: '也许', current: 3, changes: '增加职能' }, OPTIONS);
    expect(issuesOf(result).map((i) => [i.code, i.path])).toEqual([
      ['invalid_format', ['scheme']],
      ['invalid_format', ['current']],
      ['invalid_type', ['changes']],
    ]);
  });

  it('prefixes paths and speaks English on request', () => {
    const result = validateApprovalDocument(withChanges({ type: 'x' }), {
      ...OPTIONS,
      locale: 'en',
      path: ['documents', 4],
    });
    expect(issuesOf(result)[0]).toMatchObject({ path: ['documents', 4, 'changes', 0, 'type'] });
    expect(issuesOf(result)[0]!.message).toMatch(/^change type has an invalid format: expected one of add-function/);
  });
});
