import type * as z from 'zod';
import type { PartyMember } from '../party/PartyMember';
import type { PartyOrg } from '../party/PartyOrg';
import { validatePartyMember } from '../party/validatePartyMember';
import { validatePartyOrg } from '../party/validatePartyOrg';
import type { RecordOptions } from '../people/RecordOptions';
import { _validatorSchema } from './_validatorSchema';

/** Options of the party record schemas: those of the validators except the path, which zod supplies. */
export type PartySchemaOptions = Omit<RecordOptions, 'path'>;

/**
 * zod schema for a 党组织和所在单位基本信息采集表 record (`validatePartyOrg`); outputs the normalised `PartyOrg`.
 * Issues carry the field's path and our message (Chinese by default). A Standard Schema, so form libraries
 * take it as it is.
 *
 * @example
 * partyOrgSchema().parse({ name: '中共某某局机关支部委员会', secretary: '张三', contact: '李四',
 *   contactPhone: '13812345678', category: '党支部', unitRelation: '与上级党组织相同' }).category // '631'
 * partyOrgSchema().safeParse({ …, unitRelation: '法人单位', units: [] }).error?.issues[0]
 * // { code: 'custom', path: ['units'], message: '法人单位应填写一个所在单位，实为 0 个', params: { issueCode: 'invalid_unit_count', … } }
 */
export function partyOrgSchema(options: PartySchemaOptions = {}): z.ZodType<PartyOrg, unknown> {
  return _validatorSchema(validatePartyOrg, options);
}

/**
 * zod schema for a 党员基本信息采集表 record (`validatePartyMember`); outputs the normalised `PartyMember`.
 * Pass `asOf` to pin "today" (future dates, the overdue-probation warning).
 *
 * @example
 * const result = partyMemberSchema({ locale: 'en' }).safeParse({ …, category: '正式党员', fullMemberDate: '' });
 * result.error?.issues[0] // { path: ['fullMemberDate'], message: 'a full member needs the full-membership date', … }
 * await partyMemberSchema()['~standard'].validate(row) // { value: PartyMember } or { issues: [{ message, path }] }
 */
export function partyMemberSchema(options: PartySchemaOptions = {}): z.ZodType<PartyMember, unknown> {
  return _validatorSchema(validatePartyMember, options);
}
