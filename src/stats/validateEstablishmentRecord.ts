import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _EST_LABELS as L } from './_estLabels';
import { _ownSubtotalMismatches, _readEstablishmentRecord } from './_estRecord';
import type { EstablishmentRecord, EstablishmentRecordOptions } from './EstablishmentRecord';

/**
 * Validates one unit's 机构编制 record and returns it normalised. Fields: `unitPath` (required, any way
 * people write it), `level` (unit-level: 县级 …), `system` (unit-system: 政府 …), `category`
 * (public-institution-category), `fundingForm`, `nameplate` (挂牌机构, 是/否), `approved` and `actual` as
 * `{ type: count }` with `establishment-type` codes or names as keys, `leaderPosts`, `leaders`, and
 * `declared: { own?: { approved?, actual? }, total?: { … } }` (合计 to check). Counts accept 12, '12', '１２',
 * '1,234', '12人'; negative or fractional counts are `invalid_format`. A declared 本级合计 that is not the sum of
 * its parts is `rollup_mismatch` (the 含下属单位 total is checked by `rollupEstablishment`). Never throws.
 *
 * @example
 * validateEstablishmentRecord({
 *   unitPath: '示例县 / 示例县民政局', level: '县级', system: '政府',
 *   approved: { 行政编制: '１２', 工勤编制: 2 }, leaderPosts: 4, declared: { own: { approved: 14 } },
 * });
 * // { ok: true, value: { unitPath: '示例县/示例县民政局', level: 'county', system: 'government', nameplate: false,
 * //   approved: { administrative: 12, 'political-legal': 0, 'public-institution': 0, worker: 2 }, leaderPosts: 4, … } }
 * validateEstablishmentRecord({ unitPath: '示例县', approved: { 行政编制: -1 } }).issues[0].message
 * // '行政编制核定编制格式不正确：不能为负数'
 */
export function validateEstablishmentRecord(
  input: unknown,
  options: EstablishmentRecordOptions = {},
): Result<EstablishmentRecord> {
  const { value, reader } = _readEstablishmentRecord(input, options);
  if (value) {
    for (const { field, declared, computed } of _ownSubtotalMismatches(value, undefined)) {
      const label = field === 'approved' ? L.ownApproved : L.ownActual;
      reader.error('rollup_mismatch', ['declared', 'own', field], {
        unit: value.unitPath,
        field: label.label,
        fieldEn: label.labelEn,
        declared,
        computed,
      });
    }
  }
  return reader.result<EstablishmentRecord>(value as EstablishmentRecord);
}

/**
 * True when the record has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidEstablishmentRecord({ unitPath: '示例县', approved: { 行政编制: 12 } }) // true
 * isValidEstablishmentRecord({ unitPath: '示例县', approved: { 行政编制: 1.5 } }) // false
 */
export function isValidEstablishmentRecord(input: unknown, options?: EstablishmentRecordOptions): boolean {
  return validateEstablishmentRecord(input, options).ok;
}

/**
 * Returns the normalised record or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertEstablishmentRecord({ unitPath: '示例县', approved: { 行政: 12 } }).approved.administrative // 12
 */
export function assertEstablishmentRecord(input: unknown, options?: EstablishmentRecordOptions): EstablishmentRecord {
  const result = validateEstablishmentRecord(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
