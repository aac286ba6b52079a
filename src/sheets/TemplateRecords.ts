import type {
  DepartmentInfo,
  EstablishmentRecord,
  PartyMember,
  PartyOrg,
  Person,
  PowerItem,
  ResponsibilityItem,
  UnitAdmin,
} from 'cn-orgdata';
import type { ConfirmationSheet } from './ConfirmationSheet';
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
  'confirmation-county': ConfirmationSheet;
  'confirmation-township': ConfirmationSheet;
  'party-org-summary': PartyOrg;
  'party-member-summary': PartyMember;
  establishment: EstablishmentRecord;
  'department-info': DepartmentInfo;
  'power-list': PowerItem;
  'responsibility-list': ResponsibilityItem;
}
