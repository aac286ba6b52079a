import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _replayHistory, _validDocuments } from './_replayHistory';
import type { ApprovalDocumentOptions, SanDingHistory } from './ApprovalDocument';

/**
 * Validates one department's 机构编制 history `{ department, documents }` and returns it normalised
 * (documents in input order, each as by `validateApprovalDocument`). Besides each document's own issues
 * (paths `['documents', i, …]`), the documents are replayed in date order and checked against each other:
 * - `duplicate_document`: two documents with one number;
 * - `unknown_document` (warning): `amends` names a document not in the history; `amends_later_document`: a
 *   document dated before the one it amends;
 * - `current_scheme_mismatch`: the newest 三定规定 not marked 现行三定, another document marked instead, two
 *   marked, an adjustment marked (a history without any 三定规定 is a warning);
 * - at `['documents', i, 'changes', j]`: `function_not_found` (a function removed or transferred out that was
 *   never added or is already gone), `duplicate_function` (warning: added twice), `duplicate_organ` (created
 *   twice, renamed to an existing name), `organ_not_found` (renamed or abolished when it does not exist,
 *   abolished twice), `negative_establishment` (编制 or 领导职数 below 0).
 * Never throws.
 *
 * @example
 * validateSanDingHistory({ department: '示例县/示例县民政局', documents: [
 *   { issuer: '示例县机构编制委员会', number: '示编〔2010〕5号', title: '示例县民政局主要职责内设机构和人员编制规定',
 *     date: '2010-06-01', scheme: '是', current: '是', changes: [{ type: '设立内设机构', organ: '办公室' }] },
 *   { issuer: '示例县机构编制委员会办公室', number: '示编办〔2017〕11号', title: '关于撤销办公室的批复',
 *     date: '2017-03-01', changes: [{ type: '撤销内设机构', organ: '办公室' }, { type: '撤销内设机构', organ: '办公室' }] },
 * ] }).issues[0].message
 * // '示编办〔2017〕11号撤销的内设机构“办公室”已由示编办〔2017〕11号撤销'
 */
export function validateSanDingHistory(input: unknown, options: ApprovalDocumentOptions = {}): Result<SanDingHistory> {
  const { reader, department, reads } = _replayHistory(input, options);
  return reader.result<SanDingHistory>({ department: department ?? '', documents: _validDocuments(reads) });
}

/**
 * True when the history has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidSanDingHistory({ department: '示例县/示例县民政局', documents: [scheme2010] }) // true
 */
export function isValidSanDingHistory(input: unknown, options?: ApprovalDocumentOptions): boolean {
  return validateSanDingHistory(input, options).ok;
}

/**
 * Returns the normalised history or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertSanDingHistory({ department: '示例县 / 示例县民政局', documents: [scheme2010] }).department // '示例县/示例县民政局'
 */
export function assertSanDingHistory(input: unknown, options?: ApprovalDocumentOptions): SanDingHistory {
  const result = validateSanDingHistory(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
