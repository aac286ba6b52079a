import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';

// The public API of the root entry, pinned: adding an export is a deliberate change to this list,
// removing or renaming one breaks users.
const EXPORTS = [
  'ISSUE_CODES',
  'ValidationError',
  'assertCode',
  'assertLandline',
  'assertMobile',
  'assertOrgCode',
  'assertPostalCode',
  'assertResidentId',
  'assertUscc',
  'codeSchema',
  'compactLandline',
  'compactMobile',
  'compactOrgCode',
  'compactPostalCode',
  'compactResidentId',
  'compactUscc',
  'convertResidentId15To18',
  'createIssue',
  'findCode',
  'formatLandline',
  'formatMobile',
  'formatOrgCode',
  'formatPostalCode',
  'formatResidentId',
  'formatUscc',
  'getCodeTable',
  'isCodeTableId',
  'isRegionCode',
  'isValidCode',
  'isValidLandline',
  'isValidMobile',
  'isValidOrgCode',
  'isValidPostalCode',
  'isValidResidentId',
  'isValidUscc',
  'landlineSchema',
  'listCodeTables',
  'listCodes',
  'lookupCode',
  'lookupRegion',
  'mapEducationCode',
  'maskMobile',
  'maskResidentId',
  'mobileSchema',
  'orgCodeSchema',
  'postalCodeSchema',
  'renderMessage',
  'residentIdSchema',
  'usccSchema',
  'validateCode',
  'validateLandline',
  'validateMobile',
  'validateOrgCode',
  'validatePostalCode',
  'validateResidentId',
  'validateUscc',
];

describe('public exports', () => {
  it('are exactly the pinned list', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTS].sort());
  });

  it('follow the naming convention: flat, verb-first functions, no default export', () => {
    expect('default' in api).toBe(false);
    for (const [name, value] of Object.entries(api)) {
      if (typeof value === 'function' && !/^[A-Z]/.test(name)) {
        expect(name).toMatch(
          /^(validate|isValid|assert|compact|format|mask|convert|lookup|find|list|get|map|is|create|render)[A-Z]|Schema$/,
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
