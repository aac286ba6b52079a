// Public API of cn-orgdata/sheets: the only code that knows a workbook. Flat named exports only.

export type { ConfirmationSheet, ConfirmationSheetRow, ConfirmationSheetSection } from './ConfirmationSheet';
export { getTemplate } from './getTemplate';
export { type LocateIssuesOptions, locateIssues } from './locateIssues';
export type { ReadWorkbookResult, ReadWorkbookStats, RejectedRow, SheetRecord } from './ReadWorkbookResult';
export { type ReadWorkbookOptions, readWorkbook } from './readWorkbook';
export type { SheetIssue } from './SheetIssue';
export type {
  SheetsCell,
  SheetsRange,
  SheetsReadOptions,
  SheetsWorkBook,
  SheetsWorkSheet,
  SheetsWriteOptions,
  SheetsXlsx,
} from './SheetsXlsx';
export type {
  SheetBlock,
  SheetCellType,
  SheetChoice,
  SheetColumn,
  SheetRowGroup,
  SheetSections,
  SheetTemplate,
  SheetValidateOptions,
} from './SheetTemplate';
export { isTemplateId, TEMPLATE_IDS, type TemplateId } from './TemplateId';
export type { TemplateRecords } from './TemplateRecords';
export type { UnitInfoRecord } from './templates/unitInfo';
export { type WriteConfirmationTableOptions, writeConfirmationTable } from './writeConfirmationTable';
export { type WriteReportOptions, writeReport } from './writeReport';
export { type WriteStatisticsTableOptions, writeStatisticsTable } from './writeStatisticsTable';
export { INSTRUCTIONS_SHEET, type WriteTemplateOptions, writeTemplate } from './writeTemplate';
