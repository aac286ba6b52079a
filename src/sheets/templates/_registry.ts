import type { SheetTemplate } from '../SheetTemplate';
import type { TemplateId } from '../TemplateId';
import type { TemplateRecords } from '../TemplateRecords';
import { partyMemberSummaryTemplate } from './partyMemberSummary';
import { unitAdminTemplate } from './unitAdmin';
import { unitInfoTemplate } from './unitInfo';
import { unitUsersTemplate } from './unitUsers';

/** Every template by id. */
export const _TEMPLATES: { [K in TemplateId]: SheetTemplate<TemplateRecords[K]> } = {
  'unit-admin': unitAdminTemplate,
  'unit-info': unitInfoTemplate,
  'unit-users': unitUsersTemplate,
  'party-member-summary': partyMemberSummaryTemplate,
};
