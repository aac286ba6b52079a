import type { _RawMappingRow } from './_RawCodeTable';
import type { CodeEntry } from './CodeEntry';
import { findCode } from './findCode';
import { EDUCATION_TO_GB4658, GB4658_TO_EDUCATION } from './generated/educationMapping';
import { lookupCode } from './lookupCode';

/** The two education tables: 中组部 ZB64 (`education`) and GB/T 4658-2006 (`education-gb4658`). */
export type EducationTableId = 'education' | 'education-gb4658';

/**
 * How the targets relate to the source code: `exact` same meaning; `narrower` each target is narrower
 * (choose one with more information, e.g. 毕业/结业/肄业); `broader` the target is broader (information is
 * lost); `none` the other table has no equivalent (党校学历 in GB/T 4658).
 */
export type EducationRelation = 'exact' | 'narrower' | 'broader' | 'none';

/** The counterpart of an education code in the other education table. */
export interface EducationMapping {
  readonly fromTable: EducationTableId;
  readonly from: CodeEntry;
  readonly toTable: EducationTableId;
  /** Empty when `relation` is 'none'. */
  readonly targets: readonly CodeEntry[];
  readonly relation: EducationRelation;
  /** Why the mapping is lossy, in Chinese. */
  readonly note?: string;
}

function toMapping(fromTable: EducationTableId, from: CodeEntry, row: _RawMappingRow): EducationMapping {
  const toTable: EducationTableId = fromTable === 'education' ? 'education-gb4658' : 'education';
  const [, to, relation, note] = row;
  const targets = to === '' ? [] : to.split(' ').map((code) => lookupCode(toTable, code)!);
  const mapping: EducationMapping = { fromTable, from, toTable, targets, relation: relation as EducationRelation };
  return note === undefined ? mapping : { ...mapping, note };
}

/**
 * Maps an education value between 中组部 ZB64 学历代码 (used by the party-member forms) and GB/T 4658-2006.
 * The input is anything `findCode` accepts. The mapping is lossy in both directions: GB/T 4658 records
 * 毕业/结业/肄业 and has no 党校 codes, so read `relation`. Undefined when the value is not found. Never throws.
 *
 * @example
 * mapEducationCode('education', '21').targets.map((e) => e.code)        // ['21', '22', '23'] ('narrower')
 * mapEducationCode('education', '1A').relation                          // 'none' (中央党校研究生)
 * mapEducationCode('education-gb4658', '大学本科毕业')?.targets[0].name  // '大学'
 */
export function mapEducationCode(fromTable: EducationTableId, input: unknown): EducationMapping | undefined {
  if (fromTable !== 'education' && fromTable !== 'education-gb4658') return undefined;
  const from = findCode(fromTable, input);
  if (!from) return undefined;
  const rows = fromTable === 'education' ? EDUCATION_TO_GB4658 : GB4658_TO_EDUCATION;
  const row = rows.find((candidate) => candidate[0] === from.code);
  return row ? toMapping(fromTable, from, row) : undefined;
}
