import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _readApprovalDocument } from './_readApprovalDocument';
import type { ApprovalDocument, ApprovalDocumentOptions } from './ApprovalDocument';

/**
 * Validates one approval document (批文) and returns it normalised. Fields: `issuer` (发文机关), `number` (文号,
 * read by `parseDocumentNumber` and checked against the date), `title`, `date` (发文日期, not after `asOf`),
 * `scheme` (是否三定规定, default 否), `current` (是否现行三定, default 否), `amends` (文号 of the document it
 * amends), `changes`: a list of `{ type, … }` with the type by code or name (增加职能, 划出职能, 设立内设机构,
 * 内设机构更名, 撤销内设机构, 调整编制, 调整领导职数 …) — see `SanDingChange`; numbers as `set` (核定为 N) or
 * `delta` (+N / −N). Issues carry paths such as `['changes', 2, 'establishmentType']`. Whether the changes
 * fit the department's history is for `validateSanDingHistory` / `sanDingAsOf`. Never throws.
 *
 * @example
 * validateApprovalDocument({
 *   issuer: '示例县机构编制委员会办公室', number: '示编办[2017]11号', title: '关于调整示例县民政局编制的批复',
 *   date: '2017年3月1日', changes: [{ type: '调整编制', establishmentType: '行政编制', delta: '+2' }],
 * }, { asOf: '2026-01-01' });
 * // { ok: true, value: { …, number: { issuer: '示编办', year: 2017, serial: 11, text: '示编办〔2017〕11号' },
 * //   date: '2017-03-01', scheme: false, current: false,
 * //   changes: [{ type: 'change-establishment', establishmentType: 'administrative', delta: 2 }] },
 * //   warnings: [{ code: 'nonstandard_document_number', path: ['number'], … }] }
 */
export function validateApprovalDocument(
  input: unknown,
  options: ApprovalDocumentOptions = {},
): Result<ApprovalDocument> {
  const { read, reader } = _readApprovalDocument(input, 0, options);
  return reader.result<ApprovalDocument>(read.document as ApprovalDocument);
}

/**
 * True when the document has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidApprovalDocument({ issuer: '示例县编办', number: '示编办〔2017〕11号', title: '批复', date: '2017-03-01' }) // true
 * isValidApprovalDocument({ issuer: '示例县编办', number: '示编办11号', title: '批复', date: '2017-03-01' }) // false
 */
export function isValidApprovalDocument(input: unknown, options?: ApprovalDocumentOptions): boolean {
  return validateApprovalDocument(input, options).ok;
}

/**
 * Returns the normalised document or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertApprovalDocument({ issuer: '示例县编办', number: '示编办（2017）11号', title: '批复', date: '2017-03-01' })
 *   .number.text // '示编办〔2017〕11号'
 */
export function assertApprovalDocument(input: unknown, options?: ApprovalDocumentOptions): ApprovalDocument {
  const result = validateApprovalDocument(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
