import { _codeField } from '../codes/_codeField';
import {
  TABLE_EDUCATION,
  TABLE_ETHNICITY,
  TABLE_JOB_POST,
  TABLE_PARTY_MEMBER_CATEGORY,
  TABLE_PARTY_MEMBERSHIP_STATUS,
  TABLE_SEX,
} from '../codes/generated/codeTables';
import type { Result } from '../errors/Result';
import { ValidationError } from '../errors/ValidationError';
import { _asOfYmd } from '../identifiers/_calendar';
import { validateLandline } from '../identifiers/landline';
import { validateMobile } from '../identifiers/mobile';
import { validateResidentId } from '../identifiers/residentId';
import { partyMessages } from '../locales/partyMessages';
import { phoneMessages } from '../locales/phoneMessages';
import { recordMessages } from '../locales/recordMessages';
import { _checkIdentity } from '../people/_checkIdentity';
import { type _FieldLabel, _isBlank, _RecordReader } from '../people/_RecordReader';
import type { RecordOptions } from '../people/RecordOptions';
import { validateDate } from '../people/validateDate';
import { validatePersonName } from '../people/validatePersonName';
import { validateText } from '../people/validateText';
import { _checkMemberDates } from './_checkMemberDates';
import { _checkStudentAge } from './_checkStudentAge';
import { _fullYears, _ymd } from './_elapsed';
import { _MEMBER_LABELS as L } from './_partyLabels';
import { _relabel } from './_relabel';
import { _validateYesNo } from './_validateYesNo';
import type { PartyMember } from './PartyMember';

const CATALOGS = [partyMessages, recordMessages];

/**
 * Validates one 党员基本信息采集表 record and returns it normalised. Values are taken as people write them:
 * codes or names for coded fields (汉 / 汉族 / 01, 男 / 1, 大学 / 21, 正式党员 / 正式), dates in the usual
 * shapes (1990-01-01, 1990/1/1, 1990年1月1日, 19900101; 失去联系日期 as a month: 2020-03, 2020年3月), 是/否,
 * true/false or 1/0 for the two yes/no items (empty means 否), phones with separators. Rules, besides each
 * field's own (学历 and 工作岗位 must be selectable codes, dates not after `asOf`):
 * - 出生日期 and 性别 agree with the ID number (`birth_date_mismatch`, `sex_mismatch`); a foreigner's permanent
 *   residence card is not a 公民身份号码 (`id_type_mismatch`).
 * - joined at 18 or later (`joined_under_age`); 转为正式党员日期 for full members only, not before joining
 *   (`invalid_full_member_date`, `missing_full_member_date`); a probationary member more than 24 months
 *   after joining (one year, extended by at most one) is a warning (`probation_overdue`).
 * - 失联 needs 失去联系日期, not before joining (`missing_lost_contact_date`, `invalid_date`); 流动 needs
 *   外出流向 (`missing_floating_destination`).
 * - 联系电话: a mobile or a landline number, and 家庭住址, unless the member has lost contact.
 * - a student 工作岗位 at an implausible age (warning `implausible_student_age`).
 * Issues carry the path to the field. Never throws.
 *
 * @example
 * validatePartyMember({
 *   name: '张三', sex: '男', ethnicity: '汉', idNumber: '430602199001011235', birthDate: '1990年1月1日',
 *   education: '大学', category: '正式党员', branch: '机关第一党支部', joinedDate: '2012-06-01',
 *   fullMemberDate: '2013-06-01', jobPost: '公务员', mobile: '138 1234 5678', address: '湖南省岳阳市岳阳楼区某某路 1 号',
 *   membershipStatus: '正常', lostContact: '否', floating: '否',
 * }, { asOf: '2026-11-25' });
 * // { ok: true, value: { …, sex: '1', ethnicity: '01', education: '21', category: 'full', jobPost: '011',
 * //   mobile: '13812345678', membershipStatus: 'normal', lostContact: false, floating: false }, warnings: [] }
 * validatePartyMember({ …, category: '正式党员', fullMemberDate: '' }).issues[0].message
 * // '正式党员应填写转为正式党员日期'
 */
export function validatePartyMember(input: unknown, options: RecordOptions = {}): Result<PartyMember> {
  const reader = new _RecordReader(input, CATALOGS, options, L.record);
  if (!reader.readable) return reader.result<PartyMember>(undefined as never);
  const locale = reader.locale;
  const asOf = options.asOf === undefined ? {} : { asOf: options.asOf };
  const date =
    (label: _FieldLabel, precision: 'day' | 'month' = 'day') =>
    (v: unknown) =>
      validateDate(v, { ...asOf, locale, precision, ...label });
  const text = (label: _FieldLabel, maxLength: number) => (v: unknown) =>
    validateText(v, { locale, maxLength, ...label });

  const name = reader.field('name', L.name, (v) => validatePersonName(v, { locale }), true);
  const sex = reader.field('sex', L.sex, _codeField(TABLE_SEX, L.sex, locale), true);
  const ethnicity = reader.field('ethnicity', L.ethnicity, _codeField(TABLE_ETHNICITY, L.ethnicity, locale), true);
  const idInfo = reader.field('idNumber', L.idNumber, (v) => validateResidentId(v, { ...asOf, locale }), true);
  const birthDate = reader.field('birthDate', L.birthDate, date(L.birthDate), true);
  const education = reader.field('education', L.education, _codeField(TABLE_EDUCATION, L.education, locale), true);
  const category = reader.field(
    'category',
    L.category,
    _codeField(TABLE_PARTY_MEMBER_CATEGORY, L.category, locale),
    true,
  );
  const branch = reader.field('branch', L.branch, text(L.branch, 100), true);
  const joinedDate = reader.field('joinedDate', L.joinedDate, date(L.joinedDate), true);
  const fullMemberDate = reader.field('fullMemberDate', L.fullMemberDate, date(L.fullMemberDate), false);
  const jobPost = reader.field('jobPost', L.jobPost, _codeField(TABLE_JOB_POST, L.jobPost, locale), true);
  const lostContact = reader.field(
    'lostContact',
    L.lostContact,
    (v) => _validateYesNo(v, L.lostContact, locale),
    false,
  );
  const reachable = lostContact !== true;
  const mobile = reader.field('mobile', L.mobile, (v) => validateMobile(v, { locale }), false);
  const landline = reader.field(
    'landline',
    L.landline,
    (v) => _relabel(validateLandline(v, { locale }), L.landline, locale, [phoneMessages]),
    false,
  );
  // A lost-contact member's phone and address may be unknown: that is why contact was lost.
  if (reachable && _isBlank(reader.raw('mobile')) && _isBlank(reader.raw('landline'))) {
    reader.error('required', ['mobile'], { ...L.phone });
  }
  const address = reader.field('address', L.address, text(L.address, 200), reachable);
  const membershipStatus = reader.field(
    'membershipStatus',
    L.membershipStatus,
    _codeField(TABLE_PARTY_MEMBERSHIP_STATUS, L.membershipStatus, locale),
    true,
  );
  const lostContactDate = reader.field('lostContactDate', L.lostContactDate, date(L.lostContactDate, 'month'), false);
  const floating = reader.field('floating', L.floating, (v) => _validateYesNo(v, L.floating, locale), false);
  const destination = reader.field(
    'floatingDestination',
    L.floatingDestination,
    text(L.floatingDestination, 100),
    false,
  );

  if (idInfo?.kind === 'foreign-permanent') {
    reader.error('id_type_mismatch', ['idNumber'], {
      idType: '居民身份证',
      idTypeEn: 'resident identity card',
      looksLike: '外国人永久居留身份证',
      looksLikeEn: 'foreign permanent resident ID card',
    });
  }
  _checkIdentity(reader, { idInfo, sexCode: sex, birthDate }, { sex: 'sex', birthDate: 'birthDate' });
  const birth = idInfo?.birthDate ?? birthDate;
  const asOfYmd = _asOfYmd(options.asOf);
  _checkMemberDates(reader, {
    category,
    birthDate: birth,
    joinedDate,
    fullMemberDate,
    fullMemberDateBlank: _isBlank(reader.raw('fullMemberDate')),
    lostContactDate,
    asOfYmd,
  });
  if (lostContact === true && _isBlank(reader.raw('lostContactDate'))) {
    reader.error('missing_lost_contact_date', ['lostContactDate']);
  }
  if (floating === true && _isBlank(reader.raw('floatingDestination'))) {
    reader.error('missing_floating_destination', ['floatingDestination']);
  }
  _checkStudentAge(reader, jobPost, birth === undefined ? undefined : _fullYears(_ymd(birth), asOfYmd));

  if (reader.hasErrors) return reader.result<PartyMember>(undefined as never);
  // No errors: every required field was read.
  const member: PartyMember = {
    name: name!,
    sex: sex!,
    ethnicity: ethnicity!,
    idNumber: idInfo!.number,
    birthDate: birthDate!,
    education: education!,
    category: category!,
    branch: branch!,
    joinedDate: joinedDate!,
    jobPost: jobPost!,
    membershipStatus: membershipStatus!,
    lostContact: lostContact ?? false,
    floating: floating ?? false,
  };
  if (fullMemberDate !== undefined) member.fullMemberDate = fullMemberDate;
  if (mobile !== undefined) member.mobile = mobile.number;
  if (landline !== undefined) member.landline = landline.formatted;
  if (address !== undefined) member.address = address;
  if (lostContactDate !== undefined) member.lostContactDate = lostContactDate;
  if (destination !== undefined) member.floatingDestination = destination;
  return reader.result(member);
}

/**
 * True when the record has no errors (warnings allowed). Never throws.
 *
 * @example
 * isValidPartyMember({ name: '张三' }) // false: the other items are missing
 */
export function isValidPartyMember(input: unknown, options?: RecordOptions): boolean {
  return validatePartyMember(input, options).ok;
}

/**
 * Returns the normalised record or throws a `ValidationError` carrying the issues.
 *
 * @example
 * assertPartyMember(record, { asOf: '2026-11-25' }).category // 'full'
 */
export function assertPartyMember(input: unknown, options?: RecordOptions): PartyMember {
  const result = validatePartyMember(input, options);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
