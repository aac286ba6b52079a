import type { PartyMember, Person, UnitAdmin } from 'cn-orgdata';
import type { UnitInfoRecord } from './templates/unitInfo';

/**
 * The record type each template produces (and `writeTemplate` takes).
 *
 * @example
 * type Row = TemplateRecords['unit-users']; // Person
 */
export interface TemplateRecords {
  'unit-admin': UnitAdmin;
  'unit-info': UnitInfoRecord;
  'unit-users': Person;
  'party-member-summary': PartyMember;
}
