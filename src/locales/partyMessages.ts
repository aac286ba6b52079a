import type { MessageCatalog, MessageParams } from './MessageDictionary';

/** '631 党支部' when the code is known, else the name. */
const coded = (p: MessageParams, name: string, code: string): string =>
  p[code] === undefined ? String(p[name]) : `${String(p[code])} ${String(p[name])}`;

/** Messages of the party member and party organisation rules. Split by domain so a validator bundles only the messages it can report. */
export const partyMessages = {
  'zh-CN': {
    joined_under_age: (p) => `加入党组织日期 ${String(p.joined)} 时未满 18 周岁（出生日期 ${String(p.birthDate)}）`,
    invalid_full_member_date: (p) =>
      p.reason === 'probationary'
        ? '预备党员不应填写转为正式党员日期'
        : p.reason === 'short-probation'
          ? `转为正式党员日期 ${String(p.fullMember)} 距加入党组织日期 ${String(p.joined)} 不足一年（预备期为一年），请核实`
          : p.reason === 'long-probation'
            ? `转为正式党员日期 ${String(p.fullMember)} 距加入党组织日期 ${String(p.joined)} 超过两年（预备期一年，延长不超过一年），请核实`
            : `转为正式党员日期 ${String(p.fullMember)} 早于加入党组织日期 ${String(p.joined)}`,
    missing_full_member_date: () => '正式党员应填写转为正式党员日期',
    probation_overdue: (p) =>
      `预备党员自 ${String(p.joined)} 入党，${p.asOf === undefined ? '' : `至 ${String(p.asOf)} `}已满 ${String(p.months)} 个月（预备期一年，延长不超过一年），请核实是否已转正或延长预备期`,
    missing_lost_contact_date: () => '失联党员应填写失去联系日期（年月）',
    missing_floating_destination: () => '流动党员应填写外出流向',
    implausible_student_age: (p) =>
      `工作岗位为“${String(p.post)}”，但年龄为 ${String(p.age)} 岁${p.min === undefined ? '' : `（通常在 ${String(p.min)}–${String(p.max)} 岁之间）`}，请核实`,
    party_org_category_mismatch: (p) =>
      p.relation === undefined
        ? `组织类别“${coded(p, 'category', 'categoryCode')}”与单位建立党组织情况“${coded(p, 'unitStatus', 'unitStatusCode')}”不一致，请核实`
        : `组织类别“${coded(p, 'category', 'categoryCode')}”与党组织所在单位情况“${String(p.relation)}”不一致（联合党支部对应联合支部），请核实`,
    invalid_unit_count: (p) =>
      p.relation === 'same-as-parent'
        ? `党组织所在单位情况为“与上级党组织相同”时不填写所在单位，实填 ${String(p.actual)} 个`
        : p.relation === 'joint'
          ? `联合支部应填写两个及以上所在单位，实为 ${String(p.actual)} 个`
          : `法人单位应填写一个所在单位，实为 ${String(p.actual)} 个`,
  },
  en: {
    joined_under_age: (p) => `joined the party on ${String(p.joined)} before turning 18 (born ${String(p.birthDate)})`,
    invalid_full_member_date: (p) =>
      p.reason === 'probationary'
        ? 'a probationary member has no full-membership date'
        : p.reason === 'short-probation'
          ? `full-membership date ${String(p.fullMember)} is less than a year after joining on ${String(p.joined)} (probation lasts one year); please check`
          : p.reason === 'long-probation'
            ? `full-membership date ${String(p.fullMember)} is more than two years after joining on ${String(p.joined)} (one year, extended by at most one); please check`
            : `full-membership date ${String(p.fullMember)} is before the joining date ${String(p.joined)}`,
    missing_full_member_date: () => 'a full member needs the full-membership date',
    probation_overdue: (p) =>
      `probationary member since ${String(p.joined)}: ${String(p.months)} months${p.asOf === undefined ? '' : ` by ${String(p.asOf)}`}, longer than the one-year probation extended by at most one year; check whether it ended or was extended`,
    missing_lost_contact_date: () => 'a lost-contact member needs the month contact was lost',
    missing_floating_destination: () => 'a floating member needs the destination',
    implausible_student_age: (p) =>
      `job post "${coded(p, 'post', 'postCode')}" (a student post) but age ${String(p.age)}${p.min === undefined ? '' : ` (usually ${String(p.min)}–${String(p.max)})`}; please check`,
    party_org_category_mismatch: (p) =>
      p.relation === undefined
        ? `organisation category "${coded(p, 'category', 'categoryCode')}" does not match the unit's party organisation status "${coded(p, 'unitStatus', 'unitStatusCode')}"; please check`
        : `organisation category "${coded(p, 'category', 'categoryCode')}" does not match the unit relation "${String(p.relationCode ?? p.relation)}" (a joint branch goes with relation 'joint'); please check`,
    invalid_unit_count: (p) =>
      p.relation === 'same-as-parent'
        ? `no unit block when the organisation is in the same unit as its parent, got ${String(p.actual)}`
        : p.relation === 'joint'
          ? `a joint branch needs two or more units, got ${String(p.actual)}`
          : `a legal-entity organisation needs exactly one unit, got ${String(p.actual)}`,
  },
} satisfies MessageCatalog<
  | 'joined_under_age'
  | 'invalid_full_member_date'
  | 'missing_full_member_date'
  | 'probation_overdue'
  | 'missing_lost_contact_date'
  | 'missing_floating_destination'
  | 'implausible_student_age'
  | 'party_org_category_mismatch'
  | 'invalid_unit_count'
>;
