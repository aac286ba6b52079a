import { _codeField } from '../codes/_codeField';
import {
  TABLE_PARTY_ORG_CATEGORY,
  TABLE_PARTY_ORG_UNIT_RELATION,
  TABLE_UNIT_NATURE,
  TABLE_UNIT_PARTY_ORG_STATUS,
} from '../codes/generated/codeTables';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { partyMessages } from '../locales/partyMessages';
import { recordMessages } from '../locales/recordMessages';
import { _isBlank, _RecordReader } from '../people/_RecordReader';
import type { RecordOptions } from '../people/RecordOptions';
import { validatePersonName } from '../people/validatePersonName';
import { validateText } from '../people/validateText';
import { _checkOrgCategory } from './_checkOrgCategory';
import { _ORG_LABELS as L } from './_partyLabels';
import { _readArray } from './_readArray';
import { _relabel } from './_relabel';
import { _validateContactPhone } from './_validateContactPhone';
import { _validateUnitCode } from './_validateUnitCode';
import type { PartyOrg, PartyOrgUnit } from './PartyOrg';

const CATALOGS = [partyMessages, recordMessages];
const UNIT_KEYS = ['name', 'nature', 'partyOrgStatus', 'code'] as const;

/** A unit entry left wholly empty (a form shows the block even when it does not apply): not a unit. */
function isBlankUnit(value: unknown): boolean {
  if (_isBlank(value)) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  try {
    const record = value as Record<string, unknown>;
    return UNIT_KEYS.every((key) => !Object.hasOwn(record, key) || _isBlank(record[key]));
  } catch {
    return false;
  }
}

/**
 * Reads the 所在单位 block: each non-empty entry validated under ['units', i] (empty entries stay out);
 * undefined when the field is no array at all (reported).
 */
function readUnits(reader: _RecordReader, options: RecordOptions) {
  const locale = reader.locale;
  const raw = reader.raw('units');
  const units: { index: number; unit: Partial<PartyOrgUnit> }[] = [];
  if (_isBlank(raw)) return units;
  const elements = _readArray(raw);
  if (!elements) {
    reader.error('invalid_type', ['units'], { ...L.units, received: typeof raw });
    return undefined;
  }
  elements.forEach((element, index) => {
    if (isBlankUnit(element)) return;
    const unitReader = new _RecordReader(
      element,
      CATALOGS,
      { ...options, path: [...(options.path ?? []), 'units', index] },
      L.unit,
    );
    const unit: Partial<PartyOrgUnit> = {};
    if (unitReader.readable) {
      const name = unitReader.field(
        'name',
        L.unitName,
        (v) => validateText(v, { locale, maxLength: 100, ...L.unitName }),
        true,
      );
      const nature = unitReader.field(
        'nature',
        L.unitNature,
        _codeField(TABLE_UNIT_NATURE, L.unitNature, locale),
        true,
      );
      const status = unitReader.field(
        'partyOrgStatus',
        L.unitPartyOrgStatus,
        _codeField(TABLE_UNIT_PARTY_ORG_STATUS, L.unitPartyOrgStatus, locale),
        true,
      );
      const unitCode = unitReader.field('code', L.unitCode, (v) => _validateUnitCode(v, locale), true);
      if (name !== undefined) unit.name = name;
      if (nature !== undefined) unit.nature = nature;
      if (status !== undefined) unit.partyOrgStatus = status;
      if (unitCode !== undefined) Object.assign(unit, unitCode);
    }
    reader.issues.push(...unitReader.issues);
    units.push({ index, unit });
  });
  return units;
}

/**
 * Validates one 党组织和所在单位基本信息采集表 record and returns it normalised. Values are taken as people
 * write them (codes or names: '党支部' or '631', '法人单位' or 'legal-entity'; phones with separators; the
 * unit code with or without its hyphen). Rules, besides each field's own:
 * - 所在单位 block (`invalid_unit_count`, at `units`): relation 与上级党组织相同 → no unit; 法人单位 → exactly
 *   one; 联合支部 → two or more. Entries left wholly empty are not counted.
 * - 党组织所在单位代码: a 统一社会信用代码 (18 characters) or a 组织机构代码 (9, or 10 with the hyphen).
 * - 组织类别 against the units (warning `party_org_category_mismatch`): a 党支部 in a unit marked 建立党委的,
 *   a 联合党支部 whose relation is not 联合支部 …
 * Issues carry the path to the field (`['units', 0, 'code']`). Never throws.
 *
 * @example
 * validatePartyOrg({
 *   name: '中共某某局机关支部委员会', secretary: '张三', contact: '李四', contactPhone: '0730-1234567',
 *   category: '党支部', unitRelation: '法人单位',
 *   units: [{ name: '某某局', nature: '机关', partyOrgStatus: '建立党支部的', code: '114306001234567889' }],
 * }); // { ok: true, value: { …, category: '631', unitRelation: 'legal-entity', units: [{ …, nature: '4', partyOrgStatus: '13', codeType: 'uscc' }] } }
 * validatePartyOrg({ …, unitRelation: '联合支部', units: [oneUnit] }).issues[0].message
 * // '联合支部应填写两个及以上所在单位，实为 1 个'
 */
export function validatePartyOrg(input: unknown, options: RecordOptions = {}): Result<PartyOrg> {
  const reader = new _RecordReader(input, CATALOGS, options, L.record);
  if (!reader.readable) return reader.result<PartyOrg>(undefined as never);
  const locale = reader.locale;
  const personName = (label: { label: string; labelEn: string }) => (v: unknown) =>
    _relabel(validatePersonName(v, { locale }), label, locale, [recordMessages]);

  const name = reader.field('name', L.name, (v) => validateText(v, { locale, maxLength: 100, ...L.name }), true);
  const secretary = reader.field('secretary', L.secretary, personName(L.secretary), true);
  const contact = reader.field('contact', L.contact, personName(L.contact), true);
  const contactPhone = reader.field(
    'contactPhone',
    L.contactPhone,
    (v) => _validateContactPhone(v, L.contactPhone, locale),
    true,
  );
  const category = reader.field('category', L.category, _codeField(TABLE_PARTY_ORG_CATEGORY, L.category, locale), true);
  const relation = reader.field(
    'unitRelation',
    L.unitRelation,
    _codeField(TABLE_PARTY_ORG_UNIT_RELATION, L.unitRelation, locale),
    true,
  );
  const units = readUnits(reader, options);

  if (relation !== undefined && units !== undefined) {
    const actual = units.length;
    const fits =
      relation === 'same-as-parent' ? actual === 0 : relation === 'legal-entity' ? actual === 1 : actual >= 2;
    if (!fits) reader.error('invalid_unit_count', ['units'], { relation, actual });
  }
  _checkOrgCategory(
    reader,
    category,
    relation,
    (units ?? []).map(({ index, unit }) => ({ index, status: unit.partyOrgStatus })),
  );

  if (reader.hasErrors) return reader.result<PartyOrg>(undefined as never);
  // No errors: every required field was read.
  return reader.result<PartyOrg>({
    name: name!,
    secretary: secretary!,
    contact: contact!,
    contactPhone: contactPhone!,
    category: category!,
    unitRelation: relation!,
    units: (units ?? []).map(({ unit }) => unit as PartyOrgUnit),
  });
}

/**
 * True when the record has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidPartyOrg({ name: '中共某某局机关支部委员会', unitRelation: '与上级党组织相同' }) // false: secretary … missing
 */
export function isValidPartyOrg(input: unknown, options?: RecordOptions): boolean {
  return validatePartyOrg(input, options).ok;
}

/**
 * Returns the normalised record or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertPartyOrg(record).category // '631'
 */
export function assertPartyOrg(input: unknown, options?: RecordOptions): PartyOrg {
  const result = validatePartyOrg(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
