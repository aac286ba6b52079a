import type { CodeOf } from '../codes/CodeTableId';
import { _formatYmd } from '../identifiers/_calendar';
import type { _RecordReader } from '../people/_RecordReader';
import { _fullMonths, _fullYears, _ymd } from './_elapsed';

/** The longest probation: one year, extended by at most one more (党章第七条). */
export const _PROBATION_LIMIT_MONTHS = 24;
// The one-year probation dates from the 1956 constitution; earlier 候补期 lasted from half a year to two years.
const ONE_YEAR_PROBATION_SINCE = 19_560_926;
// A full year less one month: dates recorded as the day before, or 29 February, must not be flagged.
const SHORTEST_PROBATION_MONTHS = 11;

/** The dated facts of a member record, each undefined when missing or invalid. */
export interface _MemberDates {
  category: CodeOf<'party-member-category'> | undefined;
  /** 'YYYY-MM-DD', from the ID number when it is valid, else as declared. */
  birthDate: string | undefined;
  joinedDate: string | undefined;
  fullMemberDate: string | undefined;
  /** Whether the 转为正式党员日期 cell was left empty (an invalid date is not missing). */
  fullMemberDateBlank: boolean;
  /** 'YYYY-MM'. */
  lostContactDate: string | undefined;
  asOfYmd: number;
}

/**
 * The date rules of the 党员基本信息采集表: joined at 18 or later (`joined_under_age`; the 18th birthday
 * itself counts), 转为正式党员日期 only for full members and not before joining (`invalid_full_member_date`,
 * `missing_full_member_date`; a probation shorter than 11 months or longer than 24 is a warning with reason
 * 'short-probation' / 'long-probation', for members who joined under the one-year rule), a probationary
 * member past 24 months (`probation_overdue`), and contact not lost before joining.
 */
export function _checkMemberDates(reader: _RecordReader, facts: _MemberDates): void {
  const { category, birthDate, joinedDate, fullMemberDate, lostContactDate, asOfYmd } = facts;
  const joined = joinedDate === undefined ? undefined : _ymd(joinedDate);
  if (joined !== undefined && birthDate !== undefined) {
    const age = _fullYears(_ymd(birthDate), joined);
    if (age < 18) reader.error('joined_under_age', ['joinedDate'], { joined: joinedDate, birthDate, age });
  }
  if (category === 'probationary') {
    if (fullMemberDate !== undefined) {
      reader.error('invalid_full_member_date', ['fullMemberDate'], {
        reason: 'probationary',
        fullMember: fullMemberDate,
      });
    }
    if (joined !== undefined) {
      const months = _fullMonths(joined, asOfYmd);
      if (months > _PROBATION_LIMIT_MONTHS) {
        reader.warn('probation_overdue', ['category'], {
          joined: joinedDate,
          months,
          limit: _PROBATION_LIMIT_MONTHS,
          asOf: _formatYmd(asOfYmd),
        });
      }
    }
  } else if (category === 'full') {
    if (facts.fullMemberDateBlank) reader.error('missing_full_member_date', ['fullMemberDate']);
    if (fullMemberDate !== undefined && joined !== undefined) {
      const full = _ymd(fullMemberDate);
      const months = _fullMonths(joined, full);
      const params = { joined: joinedDate, fullMember: fullMemberDate, months };
      if (full < joined) {
        reader.error('invalid_full_member_date', ['fullMemberDate'], { ...params, reason: 'before-joined' });
      } else if (joined >= ONE_YEAR_PROBATION_SINCE && months < SHORTEST_PROBATION_MONTHS) {
        reader.warn('invalid_full_member_date', ['fullMemberDate'], { ...params, reason: 'short-probation' });
      } else if (joined >= ONE_YEAR_PROBATION_SINCE && months > _PROBATION_LIMIT_MONTHS) {
        reader.warn('invalid_full_member_date', ['fullMemberDate'], { ...params, reason: 'long-probation' });
      }
    }
  }
  // Contact is lost by a member: not in a month before the one of joining.
  if (lostContactDate !== undefined && joinedDate !== undefined && lostContactDate < joinedDate.slice(0, 7)) {
    reader.error('invalid_date', ['lostContactDate'], {
      label: '失去联系日期',
      labelEn: 'date contact was lost',
      value: lostContactDate,
      precision: 'month',
      reason: 'before-joined',
      joined: joinedDate,
    });
  }
}
