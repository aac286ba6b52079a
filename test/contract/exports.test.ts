import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';

// The public API of the root entry, pinned: adding an export is a deliberate change to this list,
// removing or renaming one breaks users.
const EXPORTS = [
  'ISSUE_CODES',
  'ValidationError',
  'assertCode',
  'assertEstablishmentRecord',
  'assertIdDocument',
  'assertLandline',
  'assertMobile',
  'assertOrgCode',
  'assertPartyMember',
  'assertPartyOrg',
  'assertPerson',
  'assertPostalCode',
  'assertResidentId',
  'assertUnitAdmin',
  'assertUscc',
  'buildUnitTree',
  'checkRoster',
  'codeSchema',
  'compactLandline',
  'compactMobile',
  'compactOrgCode',
  'compactPostalCode',
  'compactResidentId',
  'compactUscc',
  'convertResidentId15To18',
  'createIssue',
  'exportNestedUnits',
  'exportUnitRows',
  'findCode',
  'formatLandline',
  'formatMobile',
  'formatOrgCode',
  'formatPostalCode',
  'formatResidentId',
  'formatUnitPath',
  'formatUscc',
  'getAncestors',
  'getChildren',
  'getCodeTable',
  'getUnit',
  'isCodeTableId',
  'isRegionCode',
  'isValidCode',
  'isValidEstablishmentRecord',
  'isValidIdDocument',
  'isValidLandline',
  'isValidMobile',
  'isValidOrgCode',
  'isValidPartyMember',
  'isValidPartyOrg',
  'isValidPerson',
  'isValidPostalCode',
  'isValidResidentId',
  'isValidUnitAdmin',
  'isValidUscc',
  'landlineSchema',
  'listCodeTables',
  'listCodes',
  'lookupCode',
  'lookupRegion',
  'mapEducationCode',
  'maskLandline',
  'maskMobile',
  'maskPartyMember',
  'maskPerson',
  'maskResidentId',
  'mergeRollups',
  'mobileSchema',
  'orgCodeSchema',
  'parseUnitPath',
  'partyMemberSchema',
  'partyOrgSchema',
  'personFieldSchemas',
  'personSchema',
  'postalCodeSchema',
  'renderMessage',
  'residentIdSchema',
  'resolveUnitPath',
  'rollupEstablishment',
  'sampleForInspection',
  'summarizeInspection',
  'tabulateAdministrativeUnits',
  'tabulateByLevelAndSystem',
  'tabulatePublicInstitutions',
  'tabulateUnitEstablishment',
  'tabulateWorkers',
  'unitAdminFieldSchemas',
  'unitAdminSchema',
  'usccSchema',
  'validateCode',
  'validateDate',
  'validateEstablishmentRecord',
  'validateIdDocument',
  'validateLandline',
  'validateMobile',
  'validateOrgCode',
  'validatePartyMember',
  'validatePartyOrg',
  'validatePerson',
  'validatePersonName',
  'validatePostalCode',
  'validateResidentId',
  'validateText',
  'validateUnitAdmin',
  'validateUscc',
  'walkUnits',
];

describe('public exports', () => {
  it('are exactly the pinned list', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTS].sort());
  });

  it('follow the naming convention: flat, verb-first functions, no default export', () => {
    expect('default' in api).toBe(false);
    // Names an issue fixed as a contract, nouns rather than verbs.
    const fixedNames = new Set(['confirmationTable', 'sanDingAsOf']);
    for (const [name, value] of Object.entries(api)) {
      if (typeof value === 'function' && !/^[A-Z]/.test(name) && !fixedNames.has(name)) {
        expect(name).toMatch(
          /^(validate|isValid|assert|compact|format|mask|convert|lookup|find|list|get|map|is|create|render|check|build|resolve|parse|walk|export|tabulate|merge|sample|summarize|rollup|count|reconcile|headcount)[A-Z]|Schemas?$/,
        );
      }
    }
  });

  it('give every identifier the five functions', () => {
    for (const id of ['ResidentId', 'Uscc', 'OrgCode', 'Mobile', 'Landline', 'PostalCode']) {
      for (const verb of ['compact', 'validate', 'isValid', 'format', 'assert']) {
        expect(typeof (api as Record<string, unknown>)[verb + id], verb + id).toBe('function');
      }
    }
  });
});
