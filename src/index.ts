// Public API of cn-orgdata (root entry). Flat named exports only.

export type { CodeEntry } from './codes/CodeEntry';
export { type CodeOf, type CodeTableId, isCodeTableId } from './codes/CodeTableId';
export type { CodeTableCompleteness, CodeTableInfo } from './codes/CodeTableInfo';
export { findCode } from './codes/findCode';
export { getCodeTable, listCodeTables } from './codes/getCodeTable';
export { isRegionCode } from './codes/isRegionCode';
export { type ListCodesOptions, listCodes } from './codes/listCodes';
export { lookupCode } from './codes/lookupCode';
export { lookupRegion } from './codes/lookupRegion';
export {
  type EducationMapping,
  type EducationRelation,
  type EducationTableId,
  mapEducationCode,
} from './codes/mapEducationCode';
export type {
  LookupRegionOptions,
  RegionCode,
  RegionLevel,
  RegionOverlay,
  RegionRecord,
  RegionSuccessor,
} from './codes/RegionRecord';
export { assertCode, isValidCode, type ValidateCodeOptions, validateCode } from './codes/validateCode';
export { createIssue, renderMessage } from './errors/createIssue';
export type { Issue, Locale, MessageOptions, PathSegment, Severity } from './errors/Issue';
export { ISSUE_CODES, type IssueCode } from './errors/issueCodes';
export type { Failure, Ok, Result } from './errors/Result';
export { ValidationError } from './errors/ValidationError';
export { convertResidentId15To18 } from './identifiers/convertResidentId15To18';
export {
  assertLandline,
  compactLandline,
  formatLandline,
  isValidLandline,
  type LandlineInfo,
  type LandlineOptions,
  validateLandline,
} from './identifiers/landline';
export { maskMobile } from './identifiers/maskMobile';
export { type MaskOptions, maskResidentId } from './identifiers/maskResidentId';
export {
  assertMobile,
  compactMobile,
  formatMobile,
  isValidMobile,
  type MobileInfo,
  type MobileOptions,
  validateMobile,
} from './identifiers/mobile';
export {
  assertOrgCode,
  compactOrgCode,
  formatOrgCode,
  isValidOrgCode,
  type OrgCodeInfo,
  type OrgCodeOptions,
  validateOrgCode,
} from './identifiers/orgCode';
export {
  assertPostalCode,
  compactPostalCode,
  formatPostalCode,
  isValidPostalCode,
  type PostalCodeInfo,
  type PostalCodeOptions,
  validatePostalCode,
} from './identifiers/postalCode';
export {
  assertResidentId,
  compactResidentId,
  formatResidentId,
  isValidResidentId,
  type RegionNameLookup,
  type ResidentIdInfo,
  type ResidentIdKind,
  type ResidentIdOptions,
  type Sex,
  validateResidentId,
} from './identifiers/residentId';
export {
  assertUscc,
  compactUscc,
  formatUscc,
  isValidUscc,
  type UsccInfo,
  type UsccOptions,
  validateUscc,
} from './identifiers/uscc';
export { type CodeSchemaOptions, codeSchema } from './schemas/codeSchema';
export { orgCodeSchema, residentIdSchema, usccSchema } from './schemas/identifierSchemas';
export { landlineSchema, mobileSchema, type PhoneSchemaOptions, postalCodeSchema } from './schemas/phoneSchemas';
