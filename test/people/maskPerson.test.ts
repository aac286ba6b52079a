import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskPerson } from '../../src/people/maskPerson';
import type { Person } from '../../src/people/Person';
import { makeId } from '../_helpers/idFixtures';

const ID = makeId('110105', '19491231', '002');
const person: Person = {
  sequence: 1,
  name: '张三',
  sex: '2',
  unitPath: '示例县/民政局',
  idType: 'resident-id',
  idNumber: ID,
  landline: '0730-1234567',
  mobile: '13812345678',
};

describe('maskPerson', () => {
  it('masks 证件号码, 手机号码 and 座机号码 by default, in a copy', () => {
    const masked = maskPerson(person);
    expect(masked).toEqual({
      ...person,
      idNumber: '110105********002X',
      mobile: '138****5678',
      landline: '0730-*****67',
    });
    expect(person.idNumber).toBe(ID);
  });

  it('keeps the area code of any length and an extension', () => {
    expect(maskPerson({ landline: '010-12345678' }).landline).toBe('010-******78');
    expect(maskPerson({ landline: '0730-1234567转123' }).landline).toBe('0730-*****67转123');
    // Not a valid number: still masked, never left readable.
    expect(maskPerson({ landline: '12345' }).landline).toBe('1***5');
  });

  it('is configurable: fields, mask character, keep counts', () => {
    expect(
      maskPerson(person, { fields: ['name', 'idNumber'], maskChar: '●', idNumber: { keepStart: 3, keepEnd: 1 } }),
    ).toEqual({
      ...person,
      name: '张●',
      idNumber: '110●●●●●●●●●●●●●●X',
    });
    expect(maskPerson({ name: '欧阳小明' }, { fields: ['name'] }).name).toBe('欧***');
    expect(maskPerson(person, { mobile: { keepStart: 0, keepEnd: 4 }, landline: { keepEnd: 0 } })).toMatchObject({
      mobile: '*******5678',
      landline: '0730-*******',
    });
  });

  it('masks other documents and numbers from spreadsheets too', () => {
    expect(maskPerson({ idNumber: 'E12345678' }).idNumber).toBe('E1*****78');
    expect(maskPerson({ mobile: 13812345678 }).mobile).toBe('138****5678');
  });

  it('keeps other keys, absent and blank fields as they are', () => {
    expect(maskPerson({ row: 5, mobile: '', extra: { a: 1 } })).toEqual({ row: 5, mobile: '', extra: { a: 1 } });
  });

  it('never throws', () => {
    for (const junk of [null, undefined, 42, '11010519491231002X', [1]]) expect(maskPerson(junk)).toEqual({});
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(maskPerson(trap)).toEqual({});
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 8 })])(
    'no masked mobile shows its middle digits',
    (rest) => {
      const mobile = `139${rest}`;
      expect(maskPerson({ mobile }).mobile).toBe(`139****${rest.slice(4)}`);
    },
  );
});
