import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _compactText, _isScientific, _readText } from '../identifiers/_normalize';
import { type ResidentIdInfo, type ResidentIdKind, validateResidentId } from '../identifiers/residentId';
import { recordMessages } from '../locales/recordMessages';
import type { IdTypeCode } from './Person';

/** A number checked against its document type: the compact number, decoded when it is a resident ID. */
export interface _IdNumber {
  number: string;
  residentId?: ResidentIdInfo;
}

/** Options the number rules need. */
export interface _IdNumberOptions {
  asOf?: Date | string;
  locale?: Locale;
  /** Accept 15-digit resident IDs under 居民身份证 / 户口簿 (the 2017 permanent-residence card is always accepted). */
  allowLegacy15?: boolean;
}

/**
 * The rule a number is checked by: an id-type key, or 'resident-family' for a column that asks for a
 * 身份证号码 without a type (单位管理员信息表) and so takes any number of the GB 11643 family.
 */
export type _IdRule = IdTypeCode | 'resident-family';

/** Names of the document types in messages: [Chinese (as the id-type table), English]. */
export const _ID_TYPE_NAMES: Record<_IdRule, readonly [string, string]> = {
  'resident-id': ['居民身份证', 'resident identity card'],
  'hmt-residence-permit': ['港澳台居民居住证', 'residence permit for Hong Kong, Macao and Taiwan residents'],
  'foreign-permanent-residence-id': ['外国人永久居留身份证', 'foreign permanent resident ID card'],
  passport: ['护照', 'passport'],
  'cn-passport': ['中国护照', 'Chinese passport'],
  'foreign-passport': ['外国护照', 'foreign passport'],
  'hkmo-mainland-permit': ['港澳居民来往内地通行证', 'Mainland travel permit for Hong Kong and Macao residents'],
  'tw-mainland-permit': ['台湾居民来往大陆通行证', 'Mainland travel permit for Taiwan residents'],
  'military-officer-id': ['军官证', 'military officer ID'],
  'armed-police-officer-id': ['武警警官证', 'armed police officer ID'],
  'household-register': ['户口簿', 'household register'],
  other: ['其他证件', 'other document'],
  'resident-family': ['居民身份证', 'resident identity card'],
};

const LABEL = { label: '证件号码', labelEn: 'ID number' };

/** The document type a number of the GB 11643 family belongs to. */
export const _FAMILY_TYPE: Record<ResidentIdKind, IdTypeCode> = {
  resident: 'resident-id',
  'hong-kong-permit': 'hmt-residence-permit',
  'macao-permit': 'hmt-residence-permit',
  'taiwan-permit': 'hmt-residence-permit',
  'foreign-permanent': 'foreign-permanent-residence-id',
};

const PERMITS: readonly ResidentIdKind[] = ['hong-kong-permit', 'macao-permit', 'taiwan-permit'];
/** The resident-ID kinds each type of the family accepts (户口簿 shows the holder's 公民身份号码). */
const FAMILY_KINDS: Partial<Record<_IdRule, readonly ResidentIdKind[]>> = {
  'resident-id': ['resident'],
  'household-register': ['resident'],
  'hmt-residence-permit': PERMITS,
  'foreign-permanent-residence-id': ['foreign-permanent'],
  // Spelled out: a spread would keep this table in every bundle of the single-file build.
  'resident-family': ['resident', 'hong-kong-permit', 'macao-permit', 'taiwan-permit', 'foreign-permanent'],
};

// After NFKC, so full-width brackets and dots are covered: 'P.1234567', 'H12345678(01)', 'E 1234 5678'.
const SEPARATORS = /[-‐‑‒–—−_.·/()[\]]/g;
// Chinese passports (出入境管理局 numbering): E + 8 digits (2012 e-passport), E + letter (no I, O) + 7 digits
// (from 2017-04-05), G + 8 digits and 14/15 + 7 digits (older ordinary passports), P/PE (公务普通), S/SE
// (公务), D/DE (外交), K + 8 digits (HKSAR), MA/MB… + 7 digits (Macao SAR).
const CN_PASSPORT =
  /^(?:E(?:\d{8}|[A-HJ-NP-Z]\d{7})|G\d{8}|1[45]\d{7}|[PD]E?\d{7}|S(?:E\d{7}|\d{7,8})|K\d{8}|M[A-Z]\d{7})$/;
// Both a 回乡证 (H + 8 digits) and, it seems, newer HKSAR passports: only a doubt under 中国护照.
const HK_AMBIGUOUS = /^H\d{8}$/;
// 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) + 8 digits; cards before 2013 add a 2-digit issue count.
const HKMO_PERMIT = /^[HM]\d{8}(?:\d{2})?$/;
// 台湾居民来往大陆通行证: 8 digits (2015 card); older booklets add an issue count (2 digits or letters).
const TW_PERMIT = /^\d{8}(?:\d{2}|[A-Z]{1,2}|[A-Z]\d)?$/;
const TW_PERMIT_CARD = /^\d{8}$/;
// Passports of other countries: ICAO 9303 numbers are up to 9 characters in the MRZ, longer in the optional
// data; 5–17 letters and digits takes every real one.
const ANY_PASSPORT = /^[A-Z0-9]{5,17}$/;
const PR_2017 = /^[A-Z]{3}\d{12}$/;
// 军官证 / 警官证 numbers are printed in many shapes (南字第0012345号, 武警字123456): letters, digits, Han characters.
const OFFICER_BAD = /[^\p{Script=Han}A-Z0-9()\-·]/u;
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const OFFICER_MAX = 30;
const OTHER_MAX = 50;

/** The GB 11643 family kind of an 18-character number that validates, else undefined. */
function familyKind(text: string, asOf: Date | string | undefined): ResidentIdKind | undefined {
  if (text.length !== 18) return undefined;
  const result = validateResidentId(text, asOf === undefined ? {} : { asOf });
  return result.ok ? result.value.kind : undefined;
}

/** The document type a compact number clearly belongs to, judged by its shape alone. */
function detect(text: string, asOf: Date | string | undefined): IdTypeCode | undefined {
  const kind = familyKind(text, asOf);
  if (kind) return _FAMILY_TYPE[kind];
  if (PR_2017.test(text)) return 'foreign-permanent-residence-id';
  if (HKMO_PERMIT.test(text)) return 'hkmo-mainland-permit';
  if (CN_PASSPORT.test(text)) return 'cn-passport';
  if (TW_PERMIT_CARD.test(text)) return 'tw-mainland-permit';
  return undefined;
}

function mismatch(issues: _IssueCollector, rule: _IdRule, looksLike: IdTypeCode, doubtful: boolean): void {
  const [idType, idTypeEn] = _ID_TYPE_NAMES[rule];
  const [like, likeEn] = _ID_TYPE_NAMES[looksLike];
  const params = { idType, idTypeEn, looksLike: like, looksLikeEn: likeEn, ...(doubtful ? { doubtful } : {}) };
  if (doubtful) issues.warn('id_type_mismatch', params);
  else issues.error('id_type_mismatch', params);
}

function checkFamily(
  rule: _IdRule,
  input: unknown,
  kinds: readonly ResidentIdKind[],
  options: _IdNumberOptions,
): Result<_IdNumber> {
  const allowLegacy15 = rule === 'foreign-permanent-residence-id' || options.allowLegacy15 === true;
  const result = validateResidentId(input, {
    allowLegacy15,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const issues = new _IssueCollector(LABEL, [recordMessages], options.locale);
  if (result.ok) {
    const info = result.value;
    if (kinds.includes(info.kind))
      return { ok: true, value: { number: info.number, residentId: info }, warnings: result.warnings };
    mismatch(issues, rule, _FAMILY_TYPE[info.kind], false);
    return issues.fail();
  }
  const read = _readText(input);
  const looksLike = read.ok ? detect(_compactText(read.text, SEPARATORS), options.asOf) : undefined;
  // A number of this very type that failed (a 2017 permanent-residence card with a wrong date) keeps its own issues.
  if (looksLike === undefined || kinds.some((kind) => _FAMILY_TYPE[kind] === looksLike)) return result;
  mismatch(issues, rule, looksLike, false);
  return issues.fail<_IdNumber>();
}

function alnumIssue(issues: _IssueCollector, text: string): Result<_IdNumber> {
  if (/[^A-Z0-9]/.test(text)) {
    return issues
      .error('invalid_format', { reason: '只能包含字母和数字', reasonEn: 'only letters and digits are allowed' })
      .fail();
  }
  return issues.error('invalid_length', { expected: '5–17', actual: text.length }).fail();
}

function checkPassportLike(rule: IdTypeCode, text: string, options: _IdNumberOptions, issues: _IssueCollector) {
  const kind = familyKind(text, options.asOf);
  if (kind) {
    mismatch(issues, rule, _FAMILY_TYPE[kind], false);
    return issues.fail<_IdNumber>();
  }
  const ok = issues.result<_IdNumber>({ number: text });
  if (rule === 'foreign-passport') return ANY_PASSPORT.test(text) ? ok : alnumIssue(issues, text);
  // 护照 alone cannot tell a Chinese from a foreign passport: any passport-shaped number passes.
  if (rule === 'passport') return ANY_PASSPORT.test(text) ? ok : alnumIssue(issues, text);
  // 中国护照: a known series passes; another type's number fails; other letters and digits are only doubtful.
  if (CN_PASSPORT.test(text)) return ok;
  if (HK_AMBIGUOUS.test(text)) {
    mismatch(issues, rule, 'hkmo-mainland-permit', true);
    return issues.result<_IdNumber>({ number: text });
  }
  const looksLike = detect(text, options.asOf);
  if (looksLike) {
    mismatch(issues, rule, looksLike, false);
    return issues.fail<_IdNumber>();
  }
  if (!ANY_PASSPORT.test(text)) return alnumIssue(issues, text);
  issues.warn('invalid_format', {
    reason: '不是已知的中国护照号码格式（E、EA–EZ、G、P、S、D 等开头），请核实',
    reasonEn: 'not a known Chinese passport series (E, EA–EZ, G, P, S, D …); please check',
  });
  return issues.result<_IdNumber>({ number: text });
}

function checkPermit(rule: IdTypeCode, text: string, options: _IdNumberOptions, issues: _IssueCollector) {
  const hkmo = rule === 'hkmo-mainland-permit';
  if ((hkmo ? HKMO_PERMIT : TW_PERMIT).test(text)) return issues.result<_IdNumber>({ number: text });
  const looksLike = detect(text, options.asOf);
  if (looksLike && looksLike !== rule) {
    mismatch(issues, rule, looksLike, false);
    return issues.fail<_IdNumber>();
  }
  const reason = hkmo
    ? {
        reason: '应为 H（香港）或 M（澳门）加 8 位数字，2013 年以前的证件为 10 位数字',
        reasonEn: 'expected H (Hong Kong) or M (Macao) and 8 digits, 10 digits on cards issued before 2013',
      }
    : {
        reason: '应为 8 位数字，旧版证件另有 2 位换证次数',
        reasonEn: 'expected 8 digits, on older permits followed by a 2-character issue count',
      };
  return issues.error('invalid_format', reason).fail<_IdNumber>();
}

function checkText(rule: IdTypeCode, text: string, options: _IdNumberOptions, issues: _IssueCollector) {
  const officer = rule !== 'other';
  const value = officer
    ? text.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
    : text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const max = officer ? OFFICER_MAX : OTHER_MAX;
  const length = Array.from(value).length;
  if (length > max) return issues.error('too_long', { max, actual: length }).fail<_IdNumber>();
  const bad = (officer ? OFFICER_BAD : CONTROL).exec(value);
  if (bad) {
    return issues
      .error('invalid_format', {
        reason: `不应含有字符“${bad[0]}”`,
        reasonEn: `it must not contain "${bad[0]}"`,
      })
      .fail<_IdNumber>();
  }
  // A 公民身份号码 under 军官证 may be what the clerk meant to choose, or the new cards may carry it: a doubt.
  const kind = officer ? familyKind(value, options.asOf) : undefined;
  if (kind) mismatch(issues, rule, _FAMILY_TYPE[kind], true);
  return issues.result<_IdNumber>({ number: value });
}

/**
 * Checks a document number under its type's rule. A number that fails its own rule but clearly belongs to
 * another type (a passport number under 居民身份证, a valid 公民身份号码 under 护照) gets `id_type_mismatch`
 * instead of the rule's own issues; one that fits no type at all gets the rule's own issues.
 */
export function _checkIdNumber(rule: _IdRule, input: unknown, options: _IdNumberOptions): Result<_IdNumber> {
  const kinds = FAMILY_KINDS[rule];
  if (kinds) return checkFamily(rule, input, kinds, options);
  const issues = new _IssueCollector(LABEL, [recordMessages], options.locale);
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const type = rule as IdTypeCode;
  if (type === 'military-officer-id' || type === 'armed-police-officer-id' || type === 'other') {
    return checkText(type, read.text, options, issues);
  }
  const text = _compactText(read.text, SEPARATORS);
  if (_isScientific(text)) return issues.error('spreadsheet_number', { scientific: true }).fail();
  if (type === 'hkmo-mainland-permit' || type === 'tw-mainland-permit') return checkPermit(type, text, options, issues);
  return checkPassportLike(type, text, options, issues);
}

/**
 * The type a number of the GB 11643 family names when the form left 证件类型 blank: the family member it
 * validates as, or 居民身份证 for any number shaped like one (so its own issues are reported); undefined for
 * other numbers, whose type cannot be guessed.
 */
export function _inferIdType(input: unknown, asOf: Date | string | undefined): IdTypeCode | undefined {
  const read = _readText(input);
  // Not text at all (a number a spreadsheet rounded, an object): the resident ID rule reports why.
  if (!read.ok) return 'resident-id';
  const text = _compactText(read.text, SEPARATORS);
  if (text.length !== 18 && !(text.length === 15 && (/^\d{15}$/.test(text) || PR_2017.test(text)))) {
    return _isScientific(text) ? 'resident-id' : undefined;
  }
  const result = validateResidentId(text, { allowLegacy15: true, ...(asOf === undefined ? {} : { asOf }) });
  return result.ok ? _FAMILY_TYPE[result.value.kind] : 'resident-id';
}
