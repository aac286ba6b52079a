import { maskLandline } from '../identifiers/maskLandline';
import { maskMobile } from '../identifiers/maskMobile';
import { type MaskOptions, maskResidentId } from '../identifiers/maskResidentId';
import { _maskAddress } from './_maskAddress';
import type { PartyMember } from './PartyMember';

/** What `maskPartyMember` hides and how much stays visible. */
export interface MaskPartyMemberOptions {
  /** 公民身份号码; default the address code and the last 4 characters ('430602********1235'). */
  idNumber?: MaskOptions;
  /** 手机号; default the network prefix and the last 4 digits ('138****5678'). */
  mobile?: MaskOptions;
  /** 固定电话; default the area code and the last 2 digits ('0730-*****67'). */
  landline?: MaskOptions;
  /** 家庭住址: leading characters kept; default the 省/市/区县 part ('湖南省岳阳市岳阳楼区********'). */
  address?: { keepStart?: number };
  /** Default '*'. */
  maskChar?: string;
}

/**
 * A copy of a party member record for display or export with the sensitive items masked
 * (敏感信息可用不可见): 公民身份号码, 手机号, 固定电话 and 家庭住址. Other fields are copied as they are; the
 * record may be a validated `PartyMember` or a raw row (numbers are masked as text). Anything that is no
 * record is returned as it is. Never throws.
 *
 * @example
 * maskPartyMember(member)
 * // { …, idNumber: '430602********1235', mobile: '138****5678', landline: '0730-*****67',
 * //   address: '湖南省岳阳市岳阳楼区*******' }
 * maskPartyMember(member, { address: { keepStart: 3 } }).address // '湖南省************…'
 */
export function maskPartyMember<T extends Partial<PartyMember>>(member: T, options: MaskPartyMemberOptions = {}): T {
  // Anything but a record shows nothing: a bare ID number passed by mistake must not come back readable.
  if (typeof member !== 'object' || member === null || Array.isArray(member)) return {} as T;
  const maskChar = options.maskChar ?? '*';
  let copy: Record<string, unknown>;
  try {
    copy = { ...member };
  } catch {
    // An unreadable record shows nothing.
    return {} as T;
  }
  const present = (key: string) => copy[key] !== undefined && copy[key] !== null && copy[key] !== '';
  if (present('idNumber')) copy.idNumber = maskResidentId(copy.idNumber, { maskChar, ...options.idNumber });
  if (present('mobile')) copy.mobile = maskMobile(copy.mobile, { maskChar, ...options.mobile });
  if (present('landline')) copy.landline = maskLandline(copy.landline, { maskChar, ...options.landline });
  if (present('address')) {
    const address = copy.address;
    const text = typeof address === 'string' ? address : typeof address === 'number' ? String(address) : '';
    copy.address = _maskAddress(text, maskChar, options.address?.keepStart);
  }
  return copy as T;
}
