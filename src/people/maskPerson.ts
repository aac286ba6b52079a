import { _maskText } from '../identifiers/_maskText';
import { maskLandline } from '../identifiers/maskLandline';
import { maskMobile } from '../identifiers/maskMobile';
import { maskResidentId } from '../identifiers/maskResidentId';

/** The fields `maskPerson` can hide. */
export type MaskablePersonField = 'idNumber' | 'mobile' | 'landline' | 'name';

/** How many characters stay visible at either end. */
export interface KeepCounts {
  keepStart?: number;
  keepEnd?: number;
}

/** Options of `maskPerson`. */
export interface MaskPersonOptions {
  /** The fields to mask; default `['idNumber', 'mobile', 'landline']` (the name stays readable). */
  fields?: readonly MaskablePersonField[];
  /** Default '*'. */
  maskChar?: string;
  /** Default 6 and 4: the address code and the last four characters ('110105********002X'). */
  idNumber?: KeepCounts;
  /** Default 3 and 4: '138****5678'. */
  mobile?: KeepCounts;
  /** The area code always stays; `keepEnd` digits of the local number too, default 2: '0730-*****67'. */
  landline?: Pick<KeepCounts, 'keepEnd'>;
  /** Default 1 and 0: '张*', '欧***'. */
  name?: KeepCounts;
}

const DEFAULT_FIELDS: readonly MaskablePersonField[] = ['idNumber', 'mobile', 'landline'];

function hasText(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' || typeof value === 'bigint';
}

function maskName(value: unknown, keep: KeepCounts, maskChar: string): string {
  const name = String(value).trim();
  return _maskText(name, keep.keepStart ?? 1, keep.keepEnd ?? 0, maskChar);
}

/**
 * A shallow copy of a person record (a `Person`, a `UnitAdmin`, any object with these keys) with the
 * sensitive fields masked for display or export (敏感信息可用不可见): 证件号码 as `maskResidentId` does, 手机号码
 * as `maskMobile`, 座机号码 keeping its area code; optionally 姓名. Absent and blank fields stay as they are;
 * other keys are copied unchanged. Input that is not an object is returned as it is; an object that cannot be
 * read becomes `{}` rather than leak. Never throws.
 *
 * @example
 * maskPerson({ name: '张三', idNumber: '11010519491231002X', mobile: '13812345678', landline: '0730-1234567' })
 * // { name: '张三', idNumber: '110105********002X', mobile: '138****5678', landline: '0730-****567' }
 * maskPerson(person, { fields: ['idNumber', 'name'], maskChar: '●' }).name // '张●'
 */
export function maskPerson<T>(person: T, options: MaskPersonOptions = {}): T {
  // Anything but a record shows nothing: a bare ID number passed by mistake must not come back readable.
  if (typeof person !== 'object' || person === null || Array.isArray(person)) return {} as T;
  const maskChar = options.maskChar ?? '*';
  const fields = new Set(options.fields ?? DEFAULT_FIELDS);
  try {
    const copy: Record<string, unknown> = { ...(person as Record<string, unknown>) };
    const mask = (field: MaskablePersonField, masker: (value: unknown) => string) => {
      if (fields.has(field) && Object.hasOwn(copy, field) && hasText(copy[field])) copy[field] = masker(copy[field]);
    };
    mask('idNumber', (v) => maskResidentId(v, { ...options.idNumber, maskChar }));
    mask('mobile', (v) => maskMobile(v, { ...options.mobile, maskChar }));
    mask('landline', (v) => maskLandline(v, { ...options.landline, maskChar }));
    mask('name', (v) => maskName(v, options.name ?? {}, maskChar));
    return copy as T;
  } catch {
    return {} as T;
  }
}
