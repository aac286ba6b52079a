import { describe, expect, it } from 'vitest';
import { validateResidentId } from '../../src/identifiers/residentId';
import { recordMessages } from '../../src/locales/recordMessages';
import { _checkIdentity } from '../../src/people/_checkIdentity';
import { _RecordReader } from '../../src/people/_RecordReader';
import { makeId } from '../_helpers/idFixtures';

const FEMALE = validateResidentId(makeId('110105', '19491231', '002'));
const info = FEMALE.ok ? FEMALE.value : undefined;
const LABEL = { label: '记录', labelEn: 'record' };

function check(facts: { sexCode?: string; birthDate?: string; idInfo?: typeof info }, locale?: 'en') {
  const reader = new _RecordReader({}, [recordMessages], locale ? { locale, path: ['p'] } : {}, LABEL);
  _checkIdentity(
    reader,
    { idInfo: 'idInfo' in facts ? facts.idInfo : info, sexCode: facts.sexCode, birthDate: facts.birthDate },
    { sex: 'sex', birthDate: 'birthDate' },
  );
  return reader.issues;
}

describe('_checkIdentity', () => {
  it('accepts facts that agree with the ID number', () => {
    expect(check({ sexCode: '2', birthDate: '1949-12-31' })).toEqual([]);
  });

  it('ignores facts that say nothing or are missing', () => {
    expect(check({ sexCode: '0' })).toEqual([]);
    expect(check({ sexCode: '9' })).toEqual([]);
    expect(check({})).toEqual([]);
    expect(check({ sexCode: '1', birthDate: '1990-01-01', idInfo: undefined })).toEqual([]);
  });

  it('reports sex_mismatch at the sex path', () => {
    expect(check({ sexCode: '1' })).toEqual([
      {
        code: 'sex_mismatch',
        severity: 'error',
        path: ['sex'],
        params: { declared: '男', declaredEn: 'male', fromId: '女', fromIdEn: 'female' },
        message: '性别“男”与证件号码中的性别“女”不一致',
      },
    ]);
  });

  it('reports birth_date_mismatch at the birth date path, in English too', () => {
    expect(check({ birthDate: '1950-01-01' }, 'en')).toEqual([
      {
        code: 'birth_date_mismatch',
        severity: 'error',
        path: ['p', 'birthDate'],
        params: { declared: '1950-01-01', fromId: '1949-12-31' },
        message: 'birth date 1950-01-01 differs from the birth date 1949-12-31 in the ID number',
      },
    ]);
  });

  it('skips the sex rule for numbers without a sex (2017 permanent-residence cards)', () => {
    const card = validateResidentId('USA110085061512', { allowLegacy15: true });
    expect(card.ok && card.value.sex).toBe(null);
    expect(check({ sexCode: '1', idInfo: card.ok ? card.value : undefined })).toEqual([]);
  });
});
