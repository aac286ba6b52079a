import type { SheetTemplate } from '../SheetTemplate';
import type { TemplateId } from '../TemplateId';
import type { TemplateRecords } from '../TemplateRecords';
import { confirmationCountyTemplate, confirmationTownshipTemplate } from './confirmation';
import { departmentInfoTemplate } from './departmentInfo';
import { establishmentTemplate } from './establishment';
import { partyMemberSummaryTemplate } from './partyMemberSummary';
import { partyOrgSummaryTemplate } from './partyOrgSummary';
import { powerListTemplate } from './powerList';
import { responsibilityListTemplate } from './responsibilityList';
import { unitAdminTemplate } from './unitAdmin';
import { unitInfoTemplate } from './unitInfo';
import { unitUsersTemplate } from './unitUsers';

/** Every template by id. */
export const _TEMPLATES: { [K in TemplateId]: SheetTemplate<TemplateRecords[K]> } = {
  'unit-admin': unitAdminTemplate,
  'unit-info': unitInfoTemplate,
  'unit-users': unitUsersTemplate,
  'confirmation-county': confirmationCountyTemplate,
  'confirmation-township': confirmationTownshipTemplate,
  'party-org-summary': partyOrgSummaryTemplate,
  'party-member-summary': partyMemberSummaryTemplate,
  establishment: establishmentTemplate,
  'department-info': departmentInfoTemplate,
  'power-list': powerListTemplate,
  'responsibility-list': responsibilityListTemplate,
};
