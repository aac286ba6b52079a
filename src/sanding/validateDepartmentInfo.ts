import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { validateMobile } from '../identifiers/mobile';
import { validatePostalCode } from '../identifiers/postalCode';
import { validateUscc } from '../identifiers/uscc';
import { phoneMessages } from '../locales/phoneMessages';
import { recordMessages } from '../locales/recordMessages';
import { _readArray } from '../party/_readArray';
import { _relabel } from '../party/_relabel';
import { _validateContactPhone } from '../party/_validateContactPhone';
import { type _FieldLabel, _isBlank, _RecordReader } from '../people/_RecordReader';
import { validatePersonName } from '../people/validatePersonName';
import { validateText } from '../people/validateText';
import { _SANDING_CATALOGS, _DEPARTMENT_LABELS as L } from './_sanDingLabels';
import type {
  DepartmentFields,
  DepartmentInfo,
  DepartmentInfoOptions,
  DepartmentUnit,
  DepartmentUnitRelation,
} from './DepartmentInfo';

const RELATIONS: Record<string, DepartmentUnitRelation> = {
  'second-tier': 'second-tier',
  二层单位: 'second-tier',
  二层: 'second-tier',
  subordinate: 'subordinate',
  下属单位: 'subordinate',
  下属: 'subordinate',
  所属单位: 'subordinate',
  nameplate: 'nameplate',
  挂牌单位: 'nameplate',
  挂牌机构: 'nameplate',
  挂牌: 'nameplate',
};

const OPTIONAL_KEYS = [
  'uscc',
  'legalRepresentative',
  'responsiblePerson',
  'officePhone',
  'mobile',
  'address',
  'postalCode',
] as const;

/** Each field's validator, valued as the normalised text. */
function validators(locale: Locale): Record<keyof DepartmentFields, (v: unknown) => Result<string>> {
  const person = (label: _FieldLabel) => (v: unknown) =>
    _relabel(validatePersonName(v, { locale }), label, locale, [recordMessages]);
  const text = (label: _FieldLabel, maxLength: number) => (v: unknown) =>
    validateText(v, { locale, maxLength, ...label });
  return {
    name: text(L.name, 100),
    uscc: (v) => {
      const r = validateUscc(v, { locale });
      return r.ok ? { ...r, value: r.value.code } : r;
    },
    legalRepresentative: person(L.legalRepresentative),
    responsiblePerson: person(L.responsiblePerson),
    officePhone: (v) => _validateContactPhone(v, L.officePhone, locale),
    mobile: (v) => {
      const r = validateMobile(v, { locale });
      return _relabel(r.ok ? { ...r, value: r.value.number } : r, L.mobile, locale, [phoneMessages]);
    },
    address: text(L.address, 200),
    postalCode: (v) => {
      const r = validatePostalCode(v, { locale });
      return r.ok ? { ...r, value: r.value.code } : r;
    },
  };
}

/** Reads the common fields; all required unless `onlyName` (a 挂牌单位). */
function readFields(reader: _RecordReader, onlyName: boolean): Partial<DepartmentFields> {
  const check = validators(reader.locale);
  const fields: Partial<DepartmentFields> = {};
  const name = reader.field('name', L.name, check.name, true);
  if (name !== undefined) fields.name = name;
  for (const key of OPTIONAL_KEYS) {
    const value = reader.field(key, L[key], check[key], !onlyName);
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

function readUnits(reader: _RecordReader, options: DepartmentInfoOptions): DepartmentUnit[] {
  const raw = reader.raw('units');
  if (_isBlank(raw)) return [];
  const elements = _readArray(raw);
  if (!elements) {
    reader.error('invalid_type', ['units'], { ...L.units, received: typeof raw });
    return [];
  }
  return elements.map((element, index) => {
    const path = [...(options.path ?? []), 'units', index];
    const unitReader = new _RecordReader(element, _SANDING_CATALOGS, { ...options, path }, L.unit);
    const rawRelation = unitReader.raw('relation');
    const relation =
      typeof rawRelation === 'string' ? RELATIONS[rawRelation.normalize('NFKC').replace(/\s+/g, '')] : undefined;
    if (unitReader.readable && relation === undefined) {
      if (_isBlank(rawRelation)) unitReader.error('required', ['relation'], { ...L.relation });
      else {
        unitReader.error('invalid_format', ['relation'], {
          ...L.relation,
          reason: '应为“二层单位”“下属单位”或“挂牌单位”',
          reasonEn: 'expected second-tier, subordinate or nameplate',
        });
      }
    }
    const fields = unitReader.readable ? readFields(unitReader, relation === 'nameplate') : {};
    reader.issues.push(...unitReader.issues);
    return { ...fields, relation: relation ?? 'subordinate' } as DepartmentUnit;
  });
}

/** Names and codes must not repeat: a unit listed twice, two units with one 统一社会信用代码. */
function checkDuplicates(reader: _RecordReader, department: Partial<DepartmentFields>, units: DepartmentUnit[]) {
  const names = new Map<string, number>();
  const codes = new Map<string, number>();
  if (department.name !== undefined) names.set(department.name, 0);
  if (department.uscc !== undefined) codes.set(department.uscc, 0);
  units.forEach((unit, index) => {
    const row = index + 1;
    const check = (seen: Map<string, number>, key: 'name' | 'uscc', label: _FieldLabel) => {
      const value = unit[key];
      if (value === undefined) return;
      const other = seen.get(value);
      if (other === undefined) seen.set(value, row);
      else {
        reader.error('duplicate_entry', ['units', index, key], {
          ...label,
          value,
          row: row + 1,
          otherRow: other + 1,
        });
      }
    };
    check(names, 'name', L.unitName);
    // A 挂牌单位 may well carry its host's code.
    if (unit.relation !== 'nameplate') check(codes, 'uscc', L.uscc);
  });
}

/**
 * Validates a department cover sheet (部门基本信息) and returns it normalised: 主管部门名称 (`name`), 统一社会信用代码
 * (`uscc`, GB 32100), 法人代表姓名 (`legalRepresentative`), 负责人 (`responsiblePerson`) with 办公电话
 * (`officePhone`, a landline such as 0730-1234567; a mobile number is accepted) and 手机号码 (`mobile`), 单位地址
 * (`address`), 邮政编码 (`postalCode`), all required; and `units`: its 二层单位 / 下属单位 / 挂牌单位 (`relation`,
 * by name or code) with the same fields — required too, except for a 挂牌单位, which shares the host's body
 * and staff and needs only its name. A unit name or (outside 挂牌单位) a code given twice is
 * `duplicate_entry` (rows count the department as 1, its units from 2). Issues carry paths such as
 * `['units', 1, 'mobile']`. Never throws.
 *
 * @example
 * validateDepartmentInfo({
 *   name: '示例县民政局', uscc: '11430000MB00000195', legalRepresentative: '张三', responsiblePerson: '李四',
 *   officePhone: '0730 1234567', mobile: '138-1234-5678', address: '示例县示例路 1 号', postalCode: '414000',
 *   units: [{ relation: '挂牌单位', name: '示例县老龄工作委员会办公室' }],
 * }); // { ok: true, value: { …, officePhone: '0730-1234567', mobile: '13812345678',
 * //   units: [{ relation: 'nameplate', name: '示例县老龄工作委员会办公室' }] }, warnings: [] }
 */
export function validateDepartmentInfo(input: unknown, options: DepartmentInfoOptions = {}): Result<DepartmentInfo> {
  const reader = new _RecordReader(input, _SANDING_CATALOGS, options, L.record);
  if (!reader.readable) return reader.result<DepartmentInfo>(undefined as never);
  const fields = readFields(reader, false);
  const units = readUnits(reader, options);
  checkDuplicates(reader, fields, units);
  return reader.result<DepartmentInfo>({ ...(fields as Required<DepartmentFields>), units });
}

/**
 * True when the cover sheet has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidDepartmentInfo({ name: '示例县民政局' }) // false: uscc … required
 */
export function isValidDepartmentInfo(input: unknown, options?: DepartmentInfoOptions): boolean {
  return validateDepartmentInfo(input, options).ok;
}

/**
 * Returns the normalised cover sheet or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertDepartmentInfo(sheet).units[0].relation // 'nameplate'
 */
export function assertDepartmentInfo(input: unknown, options?: DepartmentInfoOptions): DepartmentInfo {
  const result = validateDepartmentInfo(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
