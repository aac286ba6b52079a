import type { ResidentIdInfo } from '../identifiers/residentId';
import type { _RecordReader } from './_RecordReader';

/** What a record declares about a person next to the ID number (each may be missing). */
export interface _IdentityFacts {
  /** The decoded ID number, when the ID type is one of the resident ID family and it validated. */
  idInfo: ResidentIdInfo | undefined;
  /** Declared sex code of GB/T 2261.1 ('1' 男, '2' 女; '0' and '9' say nothing). */
  sexCode: string | undefined;
  /** Declared birth date 'YYYY-MM-DD'. */
  birthDate: string | undefined;
}

const SEX_NAMES = { male: ['男', 'male'], female: ['女', 'female'] } as const;

/**
 * The forms ask for 性别 and 出生日期 next to the ID number on purpose: they must agree with it.
 * Adds `birth_date_mismatch` at `paths.birthDate` and `sex_mismatch` at `paths.sex`.
 */
export function _checkIdentity(
  reader: _RecordReader,
  facts: _IdentityFacts,
  paths: { sex: string; birthDate: string },
): void {
  const { idInfo, sexCode, birthDate } = facts;
  if (!idInfo) return;
  if (birthDate !== undefined && birthDate !== idInfo.birthDate) {
    reader.error('birth_date_mismatch', [paths.birthDate], { declared: birthDate, fromId: idInfo.birthDate });
  }
  const declared = sexCode === '1' ? 'male' : sexCode === '2' ? 'female' : undefined;
  if (declared && idInfo.sex && declared !== idInfo.sex) {
    reader.error('sex_mismatch', [paths.sex], {
      declared: SEX_NAMES[declared][0],
      declaredEn: SEX_NAMES[declared][1],
      fromId: SEX_NAMES[idInfo.sex][0],
      fromIdEn: SEX_NAMES[idInfo.sex][1],
    });
  }
}
