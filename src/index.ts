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
export { maskLandline } from './identifiers/maskLandline';
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
export { type MaskPartyMemberOptions, maskPartyMember } from './party/maskPartyMember';
export type { PartyMember } from './party/PartyMember';
export type { PartyOrg, PartyOrgUnit, PartyOrgUnitRelation } from './party/PartyOrg';
export { assertPartyMember, isValidPartyMember, validatePartyMember } from './party/validatePartyMember';
export { assertPartyOrg, isValidPartyOrg, validatePartyOrg } from './party/validatePartyOrg';
export { checkRoster, type RosterOptions, type RosterRecord, type RosterReport } from './people/checkRoster';
export { type KeepCounts, type MaskablePersonField, type MaskPersonOptions, maskPerson } from './people/maskPerson';
export type { IdTypeCode, Person, SexCode } from './people/Person';
export type { RecordOptions } from './people/RecordOptions';
export type { UnitAdmin } from './people/UnitAdmin';
export { type DateOptions, validateDate } from './people/validateDate';
export {
  assertIdDocument,
  type IdDocument,
  type IdDocumentOptions,
  isValidIdDocument,
  validateIdDocument,
} from './people/validateIdDocument';
export { assertPerson, isValidPerson, type PersonOptions, validatePerson } from './people/validatePerson';
export { type PersonNameOptions, validatePersonName } from './people/validatePersonName';
export { type TextOptions, validateText } from './people/validateText';
export { assertUnitAdmin, isValidUnitAdmin, validateUnitAdmin } from './people/validateUnitAdmin';
export type {
  ApprovalDocument,
  ApprovalDocumentOptions,
  CountChange,
  DocumentNumber,
  FunctionDefinition,
  FunctionRef,
  SanDingChange,
  SanDingChangeType,
  SanDingHistory,
} from './sanding/ApprovalDocument';
export type {
  DepartmentFields,
  DepartmentInfo,
  DepartmentInfoOptions,
  DepartmentUnit,
  DepartmentUnitRelation,
} from './sanding/DepartmentInfo';
export type { PowerCategory, PowerItem, SanDingListOptions } from './sanding/PowerItem';
export { type DocumentNumberOptions, parseDocumentNumber } from './sanding/parseDocumentNumber';
export type { ResponsibilityItem } from './sanding/ResponsibilityItem';
export {
  type ReconcileSanDingOptions,
  reconcileSanDing,
  type SanDingDifference,
  type SanDingReconciliation,
} from './sanding/reconcileSanDing';
export {
  type FunctionTransfer,
  type ReconcileTransfersOptions,
  reconcileTransfers,
  type TransferReconciliation,
} from './sanding/reconcileTransfers';
export type { SanDingFunction, SanDingOrgan, SanDingState } from './sanding/SanDingState';
export { type SanDingAsOfOptions, sanDingAsOf } from './sanding/sanDingAsOf';
export {
  assertApprovalDocument,
  isValidApprovalDocument,
  validateApprovalDocument,
} from './sanding/validateApprovalDocument';
export { assertDepartmentInfo, isValidDepartmentInfo, validateDepartmentInfo } from './sanding/validateDepartmentInfo';
export { assertPowerItem, isValidPowerItem, validatePowerItem } from './sanding/validatePowerItem';
export { validatePowerList } from './sanding/validatePowerList';
export {
  assertResponsibilityItem,
  isValidResponsibilityItem,
  validateResponsibilityItem,
} from './sanding/validateResponsibilityItem';
export { validateResponsibilityList } from './sanding/validateResponsibilityList';
export { assertSanDingHistory, isValidSanDingHistory, validateSanDingHistory } from './sanding/validateSanDingHistory';
export { type CodeSchemaOptions, codeSchema } from './schemas/codeSchema';
export { orgCodeSchema, residentIdSchema, usccSchema } from './schemas/identifierSchemas';
export { type PartySchemaOptions, partyMemberSchema, partyOrgSchema } from './schemas/partySchemas';
export {
  type PersonFieldSchemaOptions,
  type PersonSchemaOptions,
  personFieldSchemas,
  personSchema,
  unitAdminFieldSchemas,
  unitAdminSchema,
} from './schemas/personSchemas';
export { landlineSchema, mobileSchema, type PhoneSchemaOptions, postalCodeSchema } from './schemas/phoneSchemas';
export {
  approvalDocumentSchema,
  departmentInfoSchema,
  powerItemSchema,
  responsibilityItemSchema,
  type SanDingListSchemaOptions,
  type SanDingSchemaOptions,
  sanDingHistorySchema,
} from './schemas/sanDingSchemas';
export type {
  ConfirmationDiff,
  ConfirmationDiffKind,
  ConfirmationRow,
  ConfirmationSection,
  ConfirmationTable,
  ConfirmationVariant,
  DeclaredConfirmationRow,
  DeclaredConfirmationSection,
  DeclaredConfirmationTable,
  ReconcileConfirmationResult,
} from './stats/Confirmation';
export { type ConfirmationTableOptions, confirmationTable, UNASSIGNED_ROW_NAME } from './stats/confirmationTable';
export { type CountHeadcountOptions, countHeadcount, headcountOf } from './stats/countHeadcount';
export type {
  DeclaredSubtotal,
  EstablishmentCounts,
  EstablishmentRecord,
  EstablishmentRecordOptions,
  EstablishmentRosterEntry,
  EstablishmentType,
  UnitLevelCode,
  UnitSystemCode,
} from './stats/EstablishmentRecord';
export type {
  EstablishmentFigures,
  EstablishmentRollup,
  EstablishmentUnit,
  NamedCounts,
} from './stats/EstablishmentRollup';
export type {
  EstablishmentTable,
  EstablishmentTableColumn,
  EstablishmentTableRow,
  TabulateOptions,
} from './stats/EstablishmentTable';
export type { Headcount, HeadcountWarning, NodeHeadcount, UnresolvedPerson } from './stats/Headcount';
export { type MergeRollupsOptions, mergeRollups } from './stats/mergeRollups';
export { reconcileConfirmation } from './stats/reconcileConfirmation';
export { type RollupEstablishmentOptions, rollupEstablishment } from './stats/rollupEstablishment';
export {
  type InspectionSample,
  type InspectionSampleGroup,
  type SampleForInspectionOptions,
  sampleForInspection,
} from './stats/sampleForInspection';
export {
  type InspectionEntry,
  type InspectionFigures,
  type InspectionSummary,
  type InspectionUnitSummary,
  type SummarizeInspectionOptions,
  summarizeInspection,
} from './stats/summarizeInspection';
export { tabulateAdministrativeUnits } from './stats/tabulateAdministrativeUnits';
export { tabulateByLevelAndSystem } from './stats/tabulateByLevelAndSystem';
export { tabulatePublicInstitutions } from './stats/tabulatePublicInstitutions';
export { tabulateUnitEstablishment } from './stats/tabulateUnitEstablishment';
export { tabulateWorkers } from './stats/tabulateWorkers';
export {
  assertEstablishmentRecord,
  isValidEstablishmentRecord,
  validateEstablishmentRecord,
} from './stats/validateEstablishmentRecord';
export {
  type BuildUnitTreeOptions,
  type BuildUnitTreeResult,
  buildUnitTree,
  type UnitRow,
} from './units/buildUnitTree';
export { exportNestedUnits, type NestedUnit } from './units/exportNestedUnits';
export { exportUnitRows, type UnitRowExport } from './units/exportUnitRows';
export { getAncestors } from './units/getAncestors';
export { getChildren } from './units/getChildren';
export { getUnit } from './units/getUnit';
export { formatUnitPath, parseUnitPath, type UnitPath, type UnitPathOptions } from './units/parseUnitPath';
export { type ResolveUnitPathOptions, resolveUnitPath } from './units/resolveUnitPath';
export type { UnitKind, UnitNode, UnitTree } from './units/UnitTree';
export { type WalkUnitsOptions, walkUnits } from './units/walkUnits';
