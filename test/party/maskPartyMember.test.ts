import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskPartyMember } from '../../src/party/maskPartyMember';
import type { PartyMember } from '../../src/party/PartyMember';
import { makeId } from '../_helpers/idFixtures';

const ID = makeId('430602', '19900101', '123');

const member: PartyMember = {
  name: '张三',
  sex: '1',
  ethnicity: '01',
  idNumber: ID,
  birthDate: '1990-01-01',
  education: '21',
  category: 'full',
  branch: '机关第一党支部',
  joinedDate: '2012-06-01',
  fullMemberDate: '2013-06-01',
  jobPost: '011',
  mobile: '13812345678',
  landline: '0730-1234567',
  address: '湖南省岳阳市岳阳楼区金鹗路 1 号',
  membershipStatus: 'normal',
  lostContact: false,
  floating: false,
};

describe('maskPartyMember', () => {
  it('masks the ID number, phones and address, and copies the rest', () => {
    const masked = maskPartyMember(member);
    expect(masked).toEqual({
      ...member,
      idNumber: `430602********${ID.slice(14)}`,
      mobile: '138****5678',
      landline: '0730-*****67',
      address: '湖南省岳阳市岳阳楼区*******',
    });
    expect(member.idNumber).toBe(ID); // the input is left alone
    expect(masked).not.toBe(member);
  });

  it.each([
    ['北京市朝阳区建国路 88 号', '北京市朝阳区'],
    ['上海市浦东新区张江镇某某路 1 弄', '上海市浦东新区'],
    ['新疆维吾尔自治区乌鲁木齐市天山区某某街 5 号', '新疆维吾尔自治区乌鲁木齐市天山区'],
    ['浙江杭州西湖区文三路 9 号', '浙江杭州西湖区'],
    ['湖南省汨罗市罗江镇某某村 3 组', '湖南省汨罗市'],
    ['湖南省岳阳市屈原管理区营田镇', '湖南省岳阳市屈原管理区'],
    ['湖南省道县某某路 2 号', '湖南省道县'],
    ['金鹗路 1 号 3 栋', '金鹗'],
    ['湖南省岳阳市', '湖南省岳阳市'],
  ])('keeps the region part of %s', (address, kept) => {
    const masked = maskPartyMember({ address }).address;
    expect(masked).toBe(kept + '*'.repeat(Array.from(address).length - Array.from(kept).length));
  });

  it('is configurable', () => {
    const masked = maskPartyMember(member, {
      address: { keepStart: 3 },
      idNumber: { keepStart: 0, keepEnd: 0 },
      mobile: { keepEnd: 0 },
      landline: { keepEnd: 0 },
      maskChar: '•',
    });
    expect(masked.address).toBe('湖南省••••••••••••••');
    expect(masked.idNumber).toBe('•'.repeat(18));
    expect(masked.mobile).toBe('138••••••••');
    expect(masked.landline).toBe('0730-•••••••');
  });

  it('keeps a landline extension and masks numbers it cannot parse', () => {
    expect(maskPartyMember({ landline: '010-12345678转123' }).landline).toBe('010-******78转123');
    expect(maskPartyMember({ landline: '12345' }).landline).toBe('1***5');
  });

  it('masks raw rows too and leaves empty items alone', () => {
    const raw = { idNumber: ` ${ID.toLowerCase()} `, mobile: 13812345678, address: '', landline: null };
    expect(maskPartyMember(raw as never)).toEqual({
      idNumber: `430602********${ID.slice(14)}`,
      mobile: '138****5678',
      address: '',
      landline: null,
    });
  });

  it('never throws', () => {
    for (const junk of [undefined, null, 42, 'text', [], Symbol('s')]) {
      expect(() => maskPartyMember(junk as never)).not.toThrow();
    }
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(maskPartyMember(trap as never)).toEqual({});
    const throwing = {
      address: {
        toString: () => {
          throw new Error('boom');
        },
      },
    };
    expect(maskPartyMember(throwing as unknown as Partial<PartyMember>).address).toBe('');
  });

  test.prop([fc.string({ minLength: 1 })])(
    'a masked address is as long as the address and never shows all of a long one',
    (address) => {
      const masked = maskPartyMember({ address }).address!;
      expect(Array.from(masked)).toHaveLength(Array.from(address.trim()).length);
    },
  );

  test.prop([fc.dictionary(fc.constantFrom('idNumber', 'mobile', 'landline', 'address', 'name'), fc.anything())])(
    'junk fields never throw',
    (record) => {
      expect(() => maskPartyMember(record as never)).not.toThrow();
    },
  );
});
